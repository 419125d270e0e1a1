import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { row } from "../../graph/types.ts";
import { LanguageModel } from "../../agents/language/llm.ts";
import { Understanding } from "../../agents/language/understand.ts";
import { checkGrounding } from "../../agents/language/grounding.ts";
import { allowedBy, justify } from "../../agents/language/justify.ts";
import { Templates } from "../../agents/language/templates.ts";
import { attr, item, movieLens } from "./fixtures.ts";

/**
 * Answer quality needs a real instruction-tuned GGUF (none can be downloaded here): set
 * PATHWISE_TEST_MODEL=/path/to/model.gguf to run these.
 */
const MODEL = process.env.PATHWISE_TEST_MODEL;
const title = MODEL ? `answer quality with ${MODEL}` : "answer quality (skipped: set PATHWISE_TEST_MODEL to an instruct GGUF to run)";

describe.skipIf(!MODEL)(title, () => {
  const { graph: g, lexicon } = movieLens();
  let model: LanguageModel;
  beforeAll(async () => {
    model = new LanguageModel({ modelPath: MODEL });
    expect(await model.ready()).toBe(true);
  }, 120_000);
  afterAll(() => model.dispose());

  it("understands accepted and rejected genres and liked titles", async () => {
    const u = new Understanding(lexicon, model, { timeoutMs: 60_000 });
    const a = await u.understand("I love sci-fi, but please no horror");
    expect(a.source).toBe("model");
    expect(a.accept).toContain(attr(g, "Sci-Fi"));
    expect(a.reject).toContain(attr(g, "Horror"));
    const b = await u.understand("I really loved The Matrix");
    expect(b.items).toContainEqual({ itemId: item(g, "Matrix, The (1999)"), liked: true });
  }, 180_000);

  it("writes grounded justifications most of the time", async () => {
    const templates = new Templates(g);
    let fromModel = 0;
    for (const title of ["Toy Story (1995)", "Heat (1995)", "Matrix, The (1999)", "Fargo (1996)", "Alien (1979)"]) {
      const i = item(g, title);
      const facts = { item: i, attributes: Array.from(row(g.itemAttrs, i)).slice(0, 2), similarUsers: 5, historyItems: [] };
      const n = justify({ lexicon, templates, model }, facts, { seed: 1, timeoutMs: 60_000 });
      for await (const _ of n.tokens);
      const r = await n.result;
      if (r.source === "model") fromModel++;
      expect(checkGrounding(lexicon, r.text, allowedBy(facts)).problems).toEqual([]);
    }
    expect(fromModel).toBeGreaterThanOrEqual(3);
  }, 300_000);
});
