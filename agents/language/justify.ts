import type { Lexicon } from "./lexicon.ts";
import type { LanguageModel } from "./llm.ts";
import { checkGrounding } from "./grounding.ts";
import type { Allowed } from "./grounding.ts";
import type { JustificationFacts, Templates } from "./templates.ts";

/**
 * A justification as a token stream. With a model, the prompt carries only the path's facts and
 * every sentence is checked before it is released: a sentence naming anything off the path (or
 * a first sentence naming nothing on it) stops generation, and if nothing was released yet the
 * template is sent instead. Without a model, or after a timeout with nothing released, the
 * template streams word by word.
 */
export interface Narration {
  readonly tokens: AsyncIterable<string>;
  /** Settles when the stream ends: the full text sent and where it came from. */
  readonly result: Promise<NarrationResult>;
}

export interface NarrationResult {
  readonly text: string;
  readonly source: "model" | "template";
  /** Why the model's text was not used, when it was not. */
  readonly fallback?: "no-model" | "ungrounded" | "off-topic" | "timeout" | "error" | "empty";
  readonly aborted: boolean;
}

export interface JustifyParts {
  readonly lexicon: Lexicon;
  readonly templates: Templates;
  readonly model: LanguageModel | null;
}

export interface JustifyOptions {
  readonly seed: number;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxTokens?: number;
  readonly temperature?: number;
}

export function allowedBy(f: JustificationFacts): Allowed {
  return { items: new Set([f.item, ...f.historyItems]), attrs: new Set(f.attributes) };
}

/** The prompt: the facts and nothing else from the catalog. */
export function justificationPrompt(templates: Templates, lexicon: Lexicon, f: JustificationFacts): string {
  const title = templates.title(f.item);
  const facts = [
    ...f.attributes.map((a) => `- ${title} is ${lexicon.catalog.attrName[a]} (${templates.typeOf(a) || "attribute"}).`),
    ...(f.similarUsers > 0 ? [`- ${f.similarUsers} people with taste like the user's liked it.`] : []),
    ...(f.historyItems.length > 0 ? [`- The user enjoyed ${f.historyItems.map((i) => templates.title(i)).join(" and ")}.`] : []),
  ];
  return (
    `Write one or two short sentences telling the user why they may enjoy ${title}. ` +
    `Use only these facts and name no other title, person or attribute:\n${facts.join("\n")}`
  );
}

export function justify(parts: JustifyParts, facts: JustificationFacts, options: JustifyOptions): Narration {
  const template = parts.templates.recommendation(facts, options.seed);
  let resolve!: (r: NarrationResult) => void;
  const result = new Promise<NarrationResult>((r) => (resolve = r));
  let settled = false;
  const settle = (r: NarrationResult) => {
    if (!settled) (settled = true), resolve(r);
  };
  async function* tokens(): AsyncGenerator<string> {
    const sent: string[] = [];
    try {
      for await (const piece of run(parts, facts, options, template, settle)) {
        sent.push(piece);
        yield piece;
      }
    } finally {
      // A reader that stops early still gets a result; `run`'s own cleanup stops the model.
      settle({ text: sent.join(""), source: "model", aborted: true });
    }
  }
  return { tokens: tokens(), result };
}

async function* run(
  parts: JustifyParts,
  facts: JustificationFacts,
  options: JustifyOptions,
  template: string,
  settle: (r: NarrationResult) => void,
): AsyncGenerator<string> {
  const { signal } = options;
  const fallback = async function* (why: NarrationResult["fallback"]) {
    let sent = "";
    for (const piece of words(template)) {
      if (signal?.aborted) break;
      sent += piece;
      yield piece;
    }
    settle({ text: sent, source: "template", fallback: why, aborted: signal?.aborted ?? false });
  };
  if (!parts.model || !(await parts.model.ready())) return yield* fallback("no-model");

  const allowed = allowedBy(facts);
  const stream = parts.model.stream(justificationPrompt(parts.templates, parts.lexicon, facts), {
    signal,
    timeoutMs: options.timeoutMs ?? 8000,
    maxTokens: options.maxTokens ?? 80,
    temperature: options.temperature ?? 0.3,
    seed: options.seed,
  });
  let sent = "";
  let pending: string[] = [];
  let why: NarrationResult["fallback"] | undefined;
  const release = function* (final: boolean) {
    const text = pending.join("");
    if (!text.trim()) return;
    const g = checkGrounding(parts.lexicon, sent + text, allowed);
    if (g.problems.length > 0) why = "ungrounded";
    else if (!g.onTopic && (final || sent === "")) why = "off-topic";
    if (why) return;
    for (const piece of pending) {
      sent += piece;
      yield piece;
    }
    pending = [];
  };
  try {
    for await (const chunk of stream) {
      pending.push(chunk);
      if (/[.!?](\s|$)/.test(chunk)) {
        yield* release(false);
        if (why) break;
      }
    }
  } finally {
    // Also when the reader stops early: the sequence goes back to the pool.
    stream.stop();
  }
  const end = await stream.end;
  if (signal?.aborted) return settle({ text: sent, source: "model", aborted: true });
  // A reply cut by the token cap or the clock ends mid-sentence: only whole checked sentences count then.
  if (!why && end === "done") yield* release(true);
  if (!why && end === "error") why = "error";
  if (!why && sent.trim() === "") why = end === "timeout" ? "timeout" : "empty";
  if (why && sent === "") return yield* fallback(why);
  settle({ text: sent, source: "model", fallback: why, aborted: false });
}

/** Splits a text into word-sized pieces with their trailing spaces, as a model would stream it. */
function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}
