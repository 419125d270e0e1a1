import { afterAll, describe, expect, it } from "vitest";
import { row } from "../../graph/types.ts";
import { LanguageModel } from "../../agents/language/llm.ts";
import { checkGrounding } from "../../agents/language/grounding.ts";
import { justify } from "../../agents/language/justify.ts";
import type { NarrationResult } from "../../agents/language/justify.ts";
import { Templates } from "../../agents/language/templates.ts";
import type { JustificationFacts } from "../../agents/language/templates.ts";
import { fold, parseTitle, tokens } from "../../agents/language/text.ts";
import { isCommonWord } from "../../agents/language/common-words.ts";
import { Random } from "../../agents/random.ts";
import { HAS_SHARED } from "../shared.ts";
import { attr, item, movieLens, TINY_MODEL } from "./fixtures.ts";

const { graph: g, lexicon } = movieLens();
const templates = new Templates(g);
const toyStory = item(g, "Toy Story (1995)");
const jumanji = item(g, "Jumanji (1995)");
const animation = attr(g, "Animation");
const comedy = attr(g, "Comedy");
const nineties = attr(g, "1990s", "decade");
const children = attr(g, "Children");

async function collect(n: { tokens: AsyncIterable<string>; result: Promise<NarrationResult> }): Promise<{ chunks: string[]; result: NarrationResult }> {
  const chunks: string[] = [];
  for await (const c of n.tokens) chunks.push(c);
  return { chunks, result: await n.result };
}

describe("templates", () => {
  const none = { lifted: [], unmet: [] };
  const seeds = Array.from({ length: 24 }, (_, i) => i);
  const distinct = (f: (seed: number) => string) => new Set(seeds.map(f)).size;

  it("vary their phrasing for every act, and a seed always gives the same words", () => {
    const facts: JustificationFacts = { item: toyStory, attributes: [animation, comedy, nineties], similarUsers: 4, historyItems: [jumanji] };
    expect(distinct((s) => templates.questionYesNo(comedy, s))).toBeGreaterThanOrEqual(4);
    expect(distinct((s) => templates.questionChoice(0, [comedy, animation, attr(g, "Horror")], s))).toBeGreaterThanOrEqual(3);
    expect(distinct((s) => templates.recommendation(facts, s))).toBeGreaterThanOrEqual(4);
    expect(distinct((s) => templates.critiqueReply({ attribute: comedy, direction: "less" }, none, s))).toBeGreaterThanOrEqual(3);
    expect(distinct((s) => templates.critiqueReply({ attribute: comedy, direction: "more" }, none, s))).toBeGreaterThanOrEqual(3);
    // No hidden state: another instance, asked in the opposite order, gives each seed the same words.
    const forward = seeds.map((s) => templates.recommendation(facts, s));
    const other = new Templates(g);
    expect([...seeds].reverse().map((s) => other.recommendation(facts, s)).reverse()).toEqual(forward);
  });

  it("read naturally: the title as people say it, the strongest attributes first, each type phrased its own way", () => {
    const facts: JustificationFacts = { item: toyStory, attributes: [comedy, animation, nineties], similarUsers: 0, historyItems: [] };
    for (let s = 0; s < 12; s++) {
      const text = templates.recommendation(facts, s);
      expect(text).toContain("Toy Story (1995)");
      expect(text).toContain("a comedy and animated film from the 1990s");
      expect(text).toMatch(/^[A-Z].*[.!?]$/);
      expect(templates.questionYesNo(nineties, s)).toMatch(/(something|films) from the 1990s/);
      expect(templates.questionYesNo(children, s)).toMatch(/a children's film|children's films/);
      expect(templates.critiqueReply({ attribute: nineties, direction: "less" }, none, s)).not.toMatch(/less 1990s/i);
    }
    expect(templates.questionYesNo(animation, 1)).toMatch(/animated film/);
    expect(templates.title(item(g, "Mighty Ducks, The (1992)"))).toBe("The Mighty Ducks (1992)");
    expect(templates.title(item(g, "Jungle2Jungle (a.k.a. Jungle 2 Jungle) (1997)"))).toBe("Jungle2Jungle (1997)");
    expect(templates.slateIntro(10, [comedy, children, nineties], 0)).toMatch(/ comedy and children's films from the 1990s\b/);
  });

  it("say what a critique did: what it dropped, what it keeps out or asks for, and what it could not do", () => {
    const eighties = attr(g, "1980s", "decade");
    const earlier = ["1970s", "1960s"].map((d) => attr(g, d, "decade"));
    for (let s = 0; s < 6; s++) {
      expect(templates.critiqueReply({ attribute: children, direction: "less" }, { lifted: [children], unmet: [] }, s)).toBe("Dropping Children: no more children's films.");
      // A decade kept out reads as one: "nothing from the 1990s", never "no more the 1990s".
      expect(templates.critiqueReply({ attribute: nineties, direction: "less" }, { lifted: [nineties], unmet: [] }, s)).toBe("Dropping the 1990s: nothing from the 1990s.");
      expect(templates.critiqueReply({ attribute: nineties, direction: "less" }, { lifted: [], unmet: [] }, s)).not.toMatch(/no more the/);
      expect(templates.critiqueReply({ attribute: children, direction: "less" }, { lifted: [], unmet: [children] }, s)).toMatch(/^Nothing else is left without children's films, so some of these still have it\.$/);
      expect(templates.critiqueReply({ attribute: eighties, direction: "more", also: earlier }, { lifted: [nineties], unmet: [] }, s)).toMatch(/^Dropping the 1990s\. .*[Ss]omething from the 1980s or earlier/);
      expect(templates.critiqueReply({ attribute: eighties, direction: "more" }, { lifted: [], unmet: [eighties] }, s)).toMatch(/^I have nothing left that fits with more from the 1980s/);
    }
  });

  it("give each card its own reason and leave what was asked to the slate's intro alone", () => {
    const fun = attr(g, "fun", "tag");
    const asked = [comedy, nineties];
    const reasons = new Set<string>();
    for (let s = 0; s < 12; s++) {
      const apart = templates.recommendation({ item: toyStory, attributes: [...asked, fun], asked, distinct: [fun], similarUsers: 0, historyItems: [] }, s);
      expect(apart).toMatch(/the only one here tagged “fun”/);
      expect(apart).not.toMatch(/comedy|1990s/i);
      reasons.add(apart);
      const liked = templates.recommendation({ item: toyStory, attributes: [...asked, children], asked, distinct: [children], similarUsers: 3, historyItems: [jumanji] }, s);
      expect(liked).toContain("Jumanji (1995)");
      expect(liked).toContain("the only children's film here");
      expect(liked).toContain("3 people with taste like yours liked it.");
      expect(liked).not.toMatch(/comedy|1990s/i);
      // With nothing particular to say, the card says it has what was asked, without listing it again.
      const plain = templates.recommendation({ item: toyStory, attributes: asked, asked, distinct: [], similarUsers: 0, historyItems: [] }, s);
      expect(plain).toMatch(/^Toy Story \(1995\) (has everything|ticks every box|matches all)/);
      expect(plain).not.toMatch(/comedy|1990s/i);
    }
    expect(reasons.size).toBeGreaterThanOrEqual(3);
  });
});

describe("grounding check", () => {
  const allowed = { items: new Set([toyStory, jumanji]), attrs: new Set([animation, comedy]) };
  const check = (t: string) => checkGrounding(lexicon, t, allowed);

  it("passes text naming only the path's facts", () => {
    expect(check("Toy Story is a funny Animation film, much like Jumanji.")).toEqual({ problems: [], onTopic: true });
  });

  it("flags catalog items and attributes off the path, invented names and quoted names", () => {
    expect(check("Toy Story is like The Matrix.").problems).toContain("Matrix, The (1999)");
    expect(check("Toy Story is a Horror film from the 1980s.").problems).toEqual(expect.arrayContaining(["Horror", "1980s"]));
    expect(check("Toy Story is great, like Frobnitz Returns Again.").problems).toContain("Frobnitz Returns Again");
    expect(check('Fans of "the glass onion" will love Toy Story.').problems).toContain("the glass onion");
    expect(check("Once upon a time there was a girl named Lily.")).toMatchObject({ onTopic: false });
  });
});

/** Folded catalog titles worth scanning for: several words, or one unusual word. */
const titleKeys = Array.from({ length: g.nItems }, (_, i) => {
  const t = tokens(parseTitle(g.itemTitle[i]).main);
  if (t.length === 0 || /^\d+$/.test(t.join(""))) return null;
  if (t.length === 1 && (isCommonWord(t[0]) || t[0].length < 4)) return null;
  if (t.length >= 2 && t.every((w) => isCommonWord(w) || w.length < 3)) return null;
  return ` ${t.join(" ")} `;
});

/** Independent of the lexicon: every catalog title and genre or decade name found by plain substring search. */
function namedInText(text: string, allowedItems: readonly number[], allowedAttrs: readonly number[]): string[] {
  let folded = ` ${tokens(text).join(" ")} `;
  for (const i of allowedItems) {
    for (const name of [templates.title(i), g.itemTitle[i], parseTitle(g.itemTitle[i]).main]) folded = folded.replaceAll(` ${tokens(name).join(" ")} `, " ");
  }
  for (const a of allowedAttrs) folded = folded.replaceAll(` ${fold(g.attrName[a])} `, " ");
  const found: string[] = [];
  titleKeys.forEach((key, i) => {
    if (key !== null && folded.includes(key)) found.push(g.itemTitle[i]);
  });
  for (let a = 0; a < g.nAttributes; a++) {
    const type = g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]];
    if (type !== "genre" && type !== "decade") continue;
    if (folded.includes(` ${fold(g.attrName[a])} `)) found.push(g.attrName[a]);
  }
  return found;
}

function randomFacts(rng: Random): JustificationFacts {
  for (;;) {
    const i = rng.int(g.nItems);
    const attrs = Array.from(row(g.itemAttrs, i));
    if (attrs.length === 0) continue;
    rng.shuffle(attrs as unknown as Int32Array);
    const history = rng.next() < 0.4 ? [rng.int(g.nItems)].filter((h) => h !== i) : [];
    return { item: i, attributes: attrs.slice(0, 1 + rng.int(3)), similarUsers: rng.int(3) === 0 ? 0 : 1 + rng.int(40), historyItems: history };
  }
}

describe("justifications over many items name nothing outside their facts", () => {
  let model: LanguageModel | null = null;
  afterAll(() => model?.dispose());

  async function holds(n: number, seed: number, withModel: boolean) {
    const rng = new Random(seed);
    const sources = { model: 0, template: 0 };
    const fallbacks = new Set<string>();
    for (let k = 0; k < n; k++) {
      const facts = randomFacts(rng);
      const { chunks, result } = await collect(justify({ lexicon, templates, model: withModel ? model : null }, facts, { seed: k, temperature: 0.9, maxTokens: 40 }));
      sources[result.source]++;
      if (result.fallback) fallbacks.add(result.fallback);
      expect(chunks.join("")).toBe(result.text);
      expect(result.text.length).toBeGreaterThan(10);
      expect(checkGrounding(lexicon, result.text, { items: new Set([facts.item, ...facts.historyItems]), attrs: new Set(facts.attributes) }).problems).toEqual([]);
      expect(namedInText(result.text, [facts.item, ...facts.historyItems], facts.attributes), result.text).toEqual([]);
    }
    return { sources, fallbacks };
  }

  it("holds for 300 template replies", async () => {
    const { sources, fallbacks } = await holds(300, 2024, false);
    expect(sources).toEqual({ model: 0, template: 300 });
    expect([...fallbacks]).toEqual(["no-model"]);
  });

  it.skipIf(!HAS_SHARED)("holds for 15 replies with the model in ../shared/models (its stories are rejected, templates go out)", async () => {
    model = new LanguageModel({ modelPath: TINY_MODEL, threads: 1 });
    expect(await model.ready()).toBe(true);
    const { sources, fallbacks } = await holds(15, 7, true);
    // A 260k-parameter story model writes about Lily, not the item: every reply was checked and refused.
    expect(sources).toEqual({ model: 0, template: 15 });
    expect(fallbacks.has("no-model")).toBe(false);
  });
});

describe("streaming, abort and timeout", () => {
  const facts: JustificationFacts = { item: toyStory, attributes: [animation, comedy], similarUsers: 2, historyItems: [] };

  it("streams a template word by word without a model", async () => {
    const { chunks, result } = await collect(justify({ lexicon, templates, model: null }, facts, { seed: 1 }));
    expect(chunks.length).toBeGreaterThan(5);
    expect(result).toMatchObject({ source: "template", fallback: "no-model", aborted: false });
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    const n = justify({ lexicon, templates, model: null }, facts, { seed: 1, signal: controller.signal });
    const chunks: string[] = [];
    for await (const c of n.tokens) {
      chunks.push(c);
      if (chunks.length === 2) controller.abort();
    }
    expect(chunks).toHaveLength(2);
    expect((await n.result).aborted).toBe(true);
  });

  it.skipIf(!HAS_SHARED)("a reader that stops early still gets a result, and the model's sequence is free again", async () => {
    const model = new LanguageModel({ modelPath: TINY_MODEL, threads: 1, sequences: 1 });
    const n = justify({ lexicon, templates, model }, facts, { seed: 2 });
    for await (const _ of n.tokens) break;
    expect((await n.result).text.length).toBeGreaterThan(0);
    const next = await model.withSession((s) => s.prompt("Once", { maxTokens: 4, temperature: 0 }), AbortSignal.timeout(10_000));
    expect(typeof next).toBe("string");
    await model.dispose();
  });

  it.skipIf(!HAS_SHARED)("falls back to the template when the model runs out of time", async () => {
    // The model's one sequence is busy until the justification has given up: its clock runs out while it waits.
    const model = new LanguageModel({ modelPath: TINY_MODEL, threads: 1, sequences: 1 });
    expect(await model.ready()).toBe(true);
    let free!: () => void;
    const busy = model.withSession(() => new Promise<void>((resolve) => (free = resolve)));
    const { result } = await collect(justify({ lexicon, templates, model }, facts, { seed: 1, timeoutMs: 200 }));
    free();
    await busy;
    await model.dispose();
    expect(result.source).toBe("template");
    expect(result.fallback).toBe("timeout");
    expect(result.text).toContain("Toy Story (1995)");
  });
});
