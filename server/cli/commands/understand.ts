import { createInterface } from "node:readline";
import type { Command } from "commander";
import { z } from "zod";
import type { TurnContext, UserAct } from "../../../agents/language/act.ts";
import { Lexicon } from "../../../agents/language/lexicon.ts";
import type { LanguageModel } from "../../../agents/language/llm.ts";
import { Understanding } from "../../../agents/language/understand.ts";
import { Catalog } from "../../catalog.ts";
import { loadWorkspace } from "../args.ts";
import { CliError, log } from "../output.ts";

interface UnderstandOptions {
  data: string;
  model?: string;
  threads?: string;
}

const Id = z.number().int().nonnegative();
/** One input line: a message and, optionally, what the turn asked or showed (agents/language/act.ts `TurnContext`). */
const Line = z.strictObject({
  text: z.string().min(1).max(2000),
  context: z
    .strictObject({
      question: z
        .discriminatedUnion("kind", [
          z.strictObject({ kind: z.literal("yesno"), attributeId: Id }),
          z.strictObject({ kind: z.literal("choice"), attributeIds: z.array(Id).min(1).max(64) }),
        ])
        .optional(),
      shown: z.array(Id).max(64).optional(),
    })
    .optional(),
});

export function understandCommand(program: Command): void {
  program
    .command("understand")
    .description("Read one JSON object per line on stdin ({ text, context? }) and write what was understood, one JSON line each, on stdout")
    .requiredOption("--data <workdir>", "workspace written by `pathwise import` (its titles and attributes are the vocabulary)")
    .option("--model <path>", "GGUF model choosing among the lexicon's shortlist (default: lexicon alone)")
    .option("--threads <n>", "CPU threads for the model")
    .action(async (opts: UnderstandOptions) => {
      const graph = loadWorkspace(opts.data);
      const catalog = new Catalog(graph);
      const lexicon = new Lexicon(graph);
      let model: LanguageModel | null = null;
      if (opts.model) {
        // node-llama-cpp loads only when a model is asked for.
        const { LanguageModel } = await import("../../../agents/language/llm.ts");
        const threads = opts.threads === undefined ? undefined : Number(opts.threads);
        if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw new CliError(`--threads must be a positive integer, got "${opts.threads}"`);
        model = new LanguageModel({ modelPath: opts.model, threads, sequences: 1, log: (line) => log.warn(line) });
        if (!(await model.ready())) throw new CliError(`model ${opts.model} could not be loaded (see the log line above)`);
      }
      const understanding = new Understanding(lexicon, model);
      let n = 0;
      for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        n++;
        let out: object;
        try {
          const line = parseLine(catalog, text);
          const context: TurnContext = line.context ?? {};
          const act = model ? await understanding.understand(line.text, context) : understanding.quick(line.text, context);
          out = described(catalog, act);
        } catch (err) {
          if (!(err instanceof LineError)) throw err;
          out = { error: { line: n, message: err.message } };
        }
        process.stdout.write(`${JSON.stringify(out)}\n`);
      }
      await model?.dispose();
      log.info({ lines: n }, "understood");
    });
}

class LineError extends Error {}

function parseLine(catalog: Catalog, text: string): z.infer<typeof Line> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LineError("not JSON");
  }
  const parsed = Line.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LineError(`${issue.path.join(".") || "line"}: ${issue.message}`);
  }
  const q = parsed.data.context?.question;
  const attrs = q ? (q.kind === "yesno" ? [q.attributeId] : q.attributeIds) : [];
  for (const a of attrs) if (!catalog.hasAttribute(a)) throw new LineError(`no attribute ${a} in this catalog`);
  for (const i of parsed.data.context?.shown ?? []) if (!catalog.hasItem(i)) throw new LineError(`no item ${i} in this catalog`);
  return parsed.data;
}

/** The act in names: attributes as `{ id, name, type }`, items with key, title and opinion. */
function described(catalog: Catalog, act: UserAct): object {
  const g = catalog.graph;
  const opinion = (m: UserAct["items"][number]) => (m.unseen ? "unseen" : m.liked === true ? "liked" : m.liked === false ? "disliked" : "mentioned");
  return {
    intent: act.intent,
    accepted: act.accept.map((a) => catalog.attribute(a)),
    rejected: act.reject.map((a) => catalog.attribute(a)),
    items: act.items.map((m) => ({ id: m.itemId, key: g.itemKey[m.itemId], title: g.itemTitle[m.itemId], opinion: opinion(m) })),
    ...(act.critique && {
      critique: {
        itemId: act.critique.itemId,
        attribute: catalog.attribute(act.critique.attributeId),
        direction: act.critique.direction,
        ...(act.critique.also && { also: act.critique.also.map((a) => catalog.attribute(a)) }),
      },
    }),
    ...(act.ordinal !== undefined && { ordinal: act.ordinal }),
  };
}
