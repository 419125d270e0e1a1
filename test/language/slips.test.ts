import { describe, expect, it } from "vitest";
import { SlipCorrector } from "../../agents/language/slips.ts";
import { understandWithLexicon } from "../../agents/language/understand-lexicon.ts";
import { movieLens } from "./fixtures.ts";

const { graph: g, lexicon } = movieLens();

describe("keyboard slips in reply words", () => {
  const c = new SlipCorrector(new Set(["second", "undo", "uno", "older", "old", "number", "numero", "care", "crap", "less", "lets", "none"]));

  it("reads a word one slip off as the one word it can be, preferring swapped letters, then the same last letter", () => {
    expect(c.correct("secnd")).toBe("second");
    expect(c.correct("udno")).toBe("undo");
    expect(c.correct("crae")).toBe("care");
    expect(c.correct("oldr")).toBe("older");
    expect(c.correct("numer")).toBe("number");
    expect(c.correct("non")).toBe("none");
  });

  it("leaves a tie, an everyday word, a known word and anything shorter than three letters alone", () => {
    expect(c.correct("les")).toBeNull();
    expect(c.correct("bet")).toBeNull();
    expect(c.correct("second")).toBeNull();
    expect(c.correct("wy")).toBeNull();
  });

  it("corrects replies, never titles or names, and says what it read", () => {
    const act = understandWithLexicon(lexicon, "dosent matter", { question: { kind: "yesno", attributeId: 4 } }).act;
    expect(act).toMatchObject({ intent: "indifferent", read: "doesnt matter" });
    expect(understandWithLexicon(lexicon, "the thrid one pleaes", { shown: [1, 2, 3] }).act).toMatchObject({ intent: "answer", ordinal: 3 });
    // "Ricky" is a name mid-sentence, not "picky"; a film's title is as the catalog has it.
    expect(understandWithLexicon(lexicon, "So I've seen Ricky Bobby").act.read).toBeUndefined();
    const titled = understandWithLexicon(lexicon, "I loved Inceptoin").act;
    expect(titled.items.map((m) => g.itemTitle[m.itemId])).toEqual(["Inception (2010)"]);
  });
});
