import { describe, expect, it } from "vitest";
import { withRepairsMade } from "../../agents/language/repairs.ts";
import { tokenize } from "../../agents/language/text.ts";
import { understandWithLexicon } from "../../agents/language/understand-lexicon.ts";
import { movieLens } from "./fixtures.ts";

const repaired = (text: string) => withRepairsMade(text, tokenize(text), () => false);

describe("self-repairs", () => {
  it("cuts the card or comparative taken back and the words that take it back", () => {
    expect(repaired("i'll take 2. hmm no, 4. yeah number 4")).toBe("i'll take 4. yeah number 4");
    expect(repaired("eh the 8th... no no the 9th, I meant the 9th. that's my pick")).toBe("eh the 9th. that's my pick");
    expect(repaired("what is #8 about... sorry I meant #5")).toBe("what is #5");
    expect(repaired("something funnier—no, scarier")).toBe("something scarier");
    expect(repaired("2, make that 4")).toBe("4");
    expect(repaired("3 looks nice. actually no, whats 4 about?")).toBe("whats 4 about?");
  });

  it("leaves lists, negations and apologies that start something else", () => {
    for (const text of ["the 2, 4 and 7", "less romance. no more gore", "loved 1. sorry, I've seen 3", "3? No, I've seen it", "2 or 3, either is fine", "older, and no horror"]) {
      expect(repaired(text)).toBe(text);
    }
  });

  it("reads the repaired message on a slate", () => {
    const { lexicon } = movieLens();
    const shown = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(understandWithLexicon(lexicon, "I'll watch #9... sorry, typo, #6", { shown }).act).toMatchObject({ intent: "answer", ordinal: 6 });
    expect(understandWithLexicon(lexicon, "why number 3? wait, 4. why'd you pick 4?", { shown }).act).toMatchObject({ intent: "explain", ordinal: 4 });
    expect(understandWithLexicon(lexicon, "older—ugh no, NEWER. something more recent", { shown }).act.critique?.direction).toBe("more");
  });
});
