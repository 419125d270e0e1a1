import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { Lexicon } from "../../agents/language/lexicon.ts";
import { PhraseTrie } from "../../agents/language/phrase-trie.ts";
import { tokens } from "../../agents/language/text.ts";
import { TypoIndex } from "../../agents/language/typo-index.ts";
import { Vocabulary } from "../../agents/language/vocabulary.ts";
import { tinyGraph } from "../dialogue/tiny-graph.ts";
import { movieLens } from "./fixtures.ts";

describe("vocabulary", () => {
  it("interns folded words and finds a word with one letter left out", () => {
    const v = new Vocabulary();
    const words = ["matrix", "inception", "matrx", "a", ""];
    const ids = words.map((w) => v.add(w));
    expect(ids).toEqual([0, 1, 2, 3, 4]);
    expect(v.add("inception")).toBe(1);
    expect(words.map((w) => v.find(w))).toEqual(ids);
    expect(ids.map((id) => v.word(id))).toEqual(words);
    expect(v.find("matri")).toBe(-1);
    expect(v.find("matrix", 4)).toBe(2); // "matrx"
    expect(v.find("xa", 0)).toBe(3);
    expect(v.find("inceptio")).toBe(-1);
    expect(() => v.add("café")).toThrow(/not a folded word/);
  });

  it("keeps every word through its table's growth", () => {
    const v = new Vocabulary();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    for (const w of words) v.add(w);
    v.trim();
    expect(v.size).toBe(words.length);
    expect(words.every((w, i) => v.find(w) === i && v.word(i) === w)).toBe(true);
  });
});

describe("phrase trie", () => {
  it("finds edges by (node, word) and lists a node's children in the order they were added", () => {
    const t = new PhraseTrie();
    const ab = t.addPath([7, 3]);
    const ac = t.addPath([7, 5]);
    const aa = t.addPath([7, 1]);
    expect(t.addPath([7, 3])).toBe(ab);
    const a = t.child(0, 7);
    expect(t.walk([7, 5])).toBe(ac);
    expect(t.walk([7, 9])).toBe(-1);
    expect(t.walk([9, 7, 5], 1)).toBe(ac);
    const children: number[] = [];
    for (let c = t.firstChild(a); c >= 0; c = t.nextSibling(c)) children.push(c);
    expect(children).toEqual([ab, ac, aa]);
    expect(t.phrase(ab)).toBe(-1);
    t.setPhrase(ab, 4);
    t.trim();
    expect(t.phrase(ab)).toBe(4);
    expect(t.child(a, 1)).toBe(aa);
  });

  it("keeps every edge through its table's growth", () => {
    const t = new PhraseTrie();
    const ends = Array.from({ length: 5_000 }, (_, i) => t.addPath([i % 17, i]));
    expect(t.size).toBe(1 + 17 + 5_000);
    expect(ends.every((node, i) => t.walk([i % 17, i]) === node)).toBe(true);
  });
});

describe("typo index", () => {
  const v = new Vocabulary();
  const typos = new TypoIndex(v);
  for (const w of ["interstellar", "shawshank", "exorcist", "about", "abbot"]) typos.add(v.add(w), w);
  typos.drop(v.add("about"));
  typos.build();
  const near = (w: string) => typos.near(w).map((id) => v.word(id));

  it("finds words one deletion, insertion, substitution or swap away, and nothing further", () => {
    expect(near("intersteller")).toEqual(["interstellar"]); // substitution
    expect(near("intersetllar")).toEqual(["interstellar"]); // swap
    expect(near("shawsank")).toEqual(["shawshank"]); // deletion
    expect(near("excorcist")).toEqual(["exorcist"]); // insertion
    expect(near("exorcism")).toEqual(["exorcist"]);
    expect(near("exarcism")).toEqual([]); // two away
  });

  it("finds a long word by its consonants when its vowels are wrong, two at a time too, with its first letter", () => {
    expect(near("interstaller")).toEqual(["interstellar"]); // e and a swapped across "ll"
    expect(near("intarstellor")).toEqual(["interstellar"]);
    expect(near("antirstellar")).toEqual([]); // the first letter differs
    expect(near("exorcosm")).toEqual([]); // a consonant is wrong too
    expect(near("shawshonk")).toEqual(["shawshank"]); // one away: found as before
  });

  it("finds nothing through a dropped key (the lexicon drops everyday words as keys)", () => {
    expect(near("abouts")).toEqual([]); // only through the key "about"
    expect(near("abbots")).toEqual(["abbot"]); // through the key "abbot"
  });
});

describe("lexicon", () => {
  it("indexes a title with a word an object's prototype has", () => {
    expect(tokens("The Constructor")).toEqual(["the", "constructor"]);
    const base = tinyGraph({ items: [[0], [0]], attrTypes: [[0]], typeNames: ["genre"], users: [[0, 1]] });
    const lx = new Lexicon({ ...base, itemTitle: ["The Constructor (2010)", "toString Theory (2001)"], attrName: ["drama"] });
    expect(lx.resolveTitle("The Constructor (2010)")).toBe(0);
    expect(lx.match("I loved toString Theory").spans.map((s) => s.items)).toEqual([[1]]);
  });

  it("is held in array buffers: building MovieLens-small's adds almost nothing to the heap a collection walks", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { graph } = movieLens();
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const lx = new Lexicon(graph);
    const grown = heap() - before;
    expect(lx.match("I loved The Matrix").spans).toHaveLength(1);
    // A map and an object per phrase held about 19 MB here; the flat index holds about 2 MB of array buffers.
    expect(grown).toBeLessThan(2_000_000);
  });
});
