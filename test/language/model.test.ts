import { writeFileSync, copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageModel } from "../../agents/language/llm.ts";
import { Understanding, schemaFor } from "../../agents/language/understand.ts";
import { understandWithLexicon } from "../../agents/language/understand-lexicon.ts";
import { readRedial } from "../../agents/language/redial.ts";
import { HAS_SHARED, scratchDir, SKIP_SHARED_REASON } from "../shared.ts";
import { attr, movieLens, REDIAL, TINY_MODEL } from "./fixtures.ts";

const { graph: g, lexicon } = movieLens();

describe("a missing or corrupt model file falls back with one log line", () => {
  const dir = scratchDir("pathwise-lm-");

  async function tryLoad(file: string): Promise<{ ok: boolean; lines: string[]; model: LanguageModel }> {
    const lines: string[] = [];
    const model = new LanguageModel({ modelPath: file, log: (l) => lines.push(l) });
    const ok = await model.ready();
    await model.ready(); // asking again neither retries nor logs again
    return { ok, lines, model };
  }

  it("missing file", async () => {
    const r = await tryLoad(path.join(dir, "absent.gguf"));
    expect(r.ok).toBe(false);
    expect(r.model.state).toBe("unavailable");
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/absent\.gguf: file not found; using the lexicon and templates/);
  });

  it("garbage bytes", async () => {
    const file = path.join(dir, "garbage.gguf");
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) & 0xff)));
    const r = await tryLoad(file);
    expect(r.ok).toBe(false);
    expect(r.lines).toEqual([`language model ${file}: not a GGUF file; using the lexicon and templates`]);
  });

  it("no model configured is not an error and logs nothing", async () => {
    const before = process.env.PATHWISE_MODEL;
    delete process.env.PATHWISE_MODEL;
    const r = await tryLoad(undefined as unknown as string);
    if (before !== undefined) process.env.PATHWISE_MODEL = before;
    expect(r.ok).toBe(false);
    expect(r.lines).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)("a truncated real GGUF (header fine, tensors cut off)", async () => {
    const file = path.join(dir, "truncated.gguf");
    writeFileSync(file, readFileSync(TINY_MODEL).subarray(0, 600_000));
    const r = await tryLoad(file);
    expect(r.ok).toBe(false);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/corrupted or incomplete|failed to load/i);
  });

  it("understanding without a usable model is the lexicon's act", async () => {
    const u = new Understanding(lexicon, new LanguageModel({ modelPath: path.join(dir, "absent.gguf"), log: () => {} }));
    const act = await u.understand("no horror, something funny");
    expect(act).toEqual(understandWithLexicon(lexicon, "no horror, something funny").act);
    expect(act.reject).toEqual([attr(g, "Horror")]);
  });
});

describe.skipIf(!HAS_SHARED)(`the real GGUF in ../shared/models (${HAS_SHARED ? "present" : SKIP_SHARED_REASON})`, () => {
  let model: LanguageModel;
  beforeAll(async () => {
    const dir = scratchDir("pathwise-lm-");
    const file = path.join(dir, "model.gguf");
    copyFileSync(TINY_MODEL, file);
    model = new LanguageModel({ modelPath: file, threads: 1, sequences: 2 });
    expect(await model.ready()).toBe(true);
  });
  afterAll(() => model.dispose());

  it("runs on the CPU with the thread count set explicitly", () => {
    const d = model.describe();
    expect(d.state).toBe("ready");
    if (!d.gpu) expect(d.threads).toBe(1);
    expect(d.sequences).toBe(2);
  });

  it("grammar output parses and names only the turn's vocabulary", async () => {
    const vocab = { items: [["Toy Story (1995)", 0] as const], attrs: [["Comedy", 1] as const, ["Horror", 2] as const] };
    const grammar = await model.llama.createGrammarForJsonSchema(schemaFor(vocab) as never);
    for (const text of ["I loved Toy Story, no horror please", "something funny", "hi"]) {
      const out = await model.withSession((s) => s.prompt(`User: ${text}\nFill the form.`, { grammar, maxTokens: 200, temperature: 0.8, seed: 3 }));
      const parsed = grammar.parse(out) as unknown as Record<string, unknown>;
      expect(["answer", "critique", "request", "chitchat"]).toContain(parsed.intent);
      for (const a of [...(parsed.accept as string[]), ...(parsed.reject as string[])]) expect(["Comedy", "Horror"]).toContain(a);
      for (const m of parsed.items as { title: string }[]) expect(m.title).toBe("Toy Story (1995)");
    }
  });

  it("acts from the model on real ReDial utterances hold only shortlisted catalog ids", async () => {
    const u = new Understanding(lexicon, model, { timeoutMs: 10_000 });
    const utterances = readRedial(REDIAL).flatMap((d) => d.utterances).slice(0, 8);
    for (const { text } of utterances) {
      const { shortlist } = understandWithLexicon(lexicon, text);
      const act = await u.understand(text);
      for (const m of act.items) expect(shortlist.items).toContain(m.itemId);
      for (const a of [...act.accept, ...act.reject]) expect(shortlist.attrs).toContain(a);
      expect(act.accept.filter((a) => act.reject.includes(a))).toEqual([]);
    }
    expect(u.stats.calls).toBe(8);
    expect(u.stats.fallbacks).toBeLessThan(8);
  });

  it("streams tokens", async () => {
    const stream = model.stream("Tell me a story about a cat.", { maxTokens: 40, temperature: 0 });
    const chunks: string[] = [];
    for await (const c of stream) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join("").trim().length).toBeGreaterThan(10);
    expect(["max-tokens", "done"]).toContain(await stream.end);
  });

  it("abort stops the stream early", async () => {
    const controller = new AbortController();
    const stream = model.stream("Tell me a long story.", { maxTokens: 400, signal: controller.signal });
    let n = 0;
    for await (const _ of stream) if (++n === 3) controller.abort();
    expect(await stream.end).toBe("aborted");
    expect(n).toBeLessThan(20);
  });

  it("a timeout ends the stream with what was generated", async () => {
    const stream = model.stream("Tell me a long story.", { maxTokens: 100_000, timeoutMs: 150 });
    const started = performance.now();
    let n = 0;
    for await (const _ of stream) n++;
    expect(await stream.end).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(n).toBeLessThan(100_000);
  });

  it("sessions share the sequence pool: more concurrent requests than sequences all complete", async () => {
    let running = 0;
    let most = 0;
    const runs = Array.from({ length: 5 }, (_, i) =>
      model.withSession(async (s) => {
        most = Math.max(most, ++running);
        try {
          return await s.prompt(`Story ${i}:`, { maxTokens: 8, temperature: 0 });
        } finally {
          running--;
        }
      }),
    );
    const outs = await Promise.all(runs);
    // Two sequences: two generations at a time, never more, and each of the five got text of its own.
    expect(most).toBe(2);
    for (const out of outs) expect(out.trim().length).toBeGreaterThan(0);
  });
});
