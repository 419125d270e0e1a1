import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { writeWorkspace } from "../../graph/workspace.ts";
import { parseRedialLine, readRedial, spokenName, type RedialDialogue } from "../../agents/language/redial.ts";
import { evaluateNlu } from "../../agents/language/nlu-eval.ts";
import { understandWithLexicon } from "../../agents/language/understand-lexicon.ts";
import { HAS_SHARED, ROOT, scratchDir, SKIP_SHARED_REASON } from "../shared.ts";
import { item, movieLens, REDIAL } from "./fixtures.ts";

const run = promisify(execFile);
const { graph: g, lexicon } = movieLens();

describe("ReDial names and catalog titles", () => {
  it("turns @ids into the names people typed, without the year", () => {
    const d = parseRedialLine(
      JSON.stringify({
        conversationId: "1",
        initiatorWorkerId: 5,
        movieMentions: { "11": "Police Academy  (1984)", "12": "American Pie " },
        initiatorQuestions: { "11": { suggested: 0, seen: 1, liked: 1 }, "12": { suggested: 0, seen: 1, liked: 0 } },
        messages: [
          { text: "I liked @11 but not @12", senderWorkerId: 5 },
          { text: "try @11", senderWorkerId: 6 },
        ],
      }),
      1,
    );
    expect(d.utterances).toEqual([{ conversationId: "1", text: "I liked Police Academy but not American Pie", mentions: ["11", "12"] }]);
    expect(d.seekerLiked).toEqual({ "11": true, "12": false });
    expect(spokenName("Police Academy 2: Their First Assignment (1985)")).toBe("Police Academy 2: Their First Assignment");
    expect(() => parseRedialLine("{not json", 3)).toThrow(/line 3: not JSON/);
  });

  it("resolves ReDial names to catalog items by folded title, article, alternative title, series head and year", () => {
    const r = (name: string) => {
      const i = lexicon.resolveTitle(name);
      return i === null ? null : g.itemTitle[i];
    };
    expect(r("The Matrix (1999)")).toBe("Matrix, The (1999)");
    expect(r("Matrix (1999)")).toBe("Matrix, The (1999)");
    expect(r("Police Academy  (1984)")).toBe("Police Academy (1984)");
    expect(r("Se7en (1995)")).toBe("Seven (a.k.a. Se7en) (1995)");
    expect(r("Star Wars (1977)")).toBe("Star Wars: Episode IV - A New Hope (1977)");
    expect(r("Avengers: Infinity War (2018)")).toBe("Avengers: Infinity War - Part I (2018)");
    expect(r("Halloween (2007)")).toBe("Halloween (2007)");
    expect(r("Halloween (1978)")).toBe("Halloween (1978)");
    expect(r("Black Panther (2018)")).toBe("Black Panther (2017)"); // release years differ by one between sources
    expect(r("Halloween (1990)")).toBeNull();
    expect(r("Star Wars")).toBeNull(); // without a year only a full title counts
    expect(r("Toy Story")).toBe("Toy Story (1995)");
    expect(r("Nothing Like This Title (2001)")).toBeNull();
  });
});

describe.skipIf(!HAS_SHARED)(`ReDial seeker utterances (${HAS_SHARED ? "../shared present" : SKIP_SHARED_REASON})`, () => {
  // Read in beforeAll, not while collecting, so that a checkout without ../shared skips instead of failing.
  let dialogues: RedialDialogue[];
  beforeAll(() => {
    dialogues = readRedial(REDIAL);
  });

  it("reads the 900 shared dialogues", () => {
    expect(dialogues).toHaveLength(900);
    expect(dialogues[0].utterances[0].text).toBe("Hi I am looking for a movie like Super Troopers");
  });

  it("finds the movies seekers mention with the lexicon alone (first 300 dialogues)", async () => {
    const r = await evaluateNlu(lexicon, (t) => understandWithLexicon(lexicon, t).act, dialogues.slice(0, 300), "lexicon");
    expect(r.resolvable_share).toBeGreaterThan(0.8);
    expect(r.mention_recall).toBeGreaterThan(0.85);
    expect(r.mention_precision).toBeGreaterThan(0.8);
    expect(r.liked_accuracy).toBeGreaterThan(0.9);
    expect(r.ci95.mention_recall[0]).toBeLessThanOrEqual(r.mention_recall);
    expect(r.ci95.mention_recall[1]).toBeGreaterThanOrEqual(r.mention_recall);
  });

  it("reads real seeker sentences right", () => {
    const superTroopers = item(g, "Super Troopers (2001)");
    expect(understandWithLexicon(lexicon, dialogues[0].utterances[0].text).act.items).toEqual([{ itemId: superTroopers, liked: true, wanted: true }]); // "a movie like X" asks for more of X
    const text = "I haven't seen The Proposal but saw Knocked Up and didn't like that.";
    const act = understandWithLexicon(lexicon, text).act;
    expect(act.items.map((m) => g.itemTitle[m.itemId])).toEqual(["Proposal, The (2009)", "Knocked Up (2007)"]);
    expect(act.items[0].liked).toBeNull();
  });

  it("`pathwise nlu-eval` writes the JSON result, and refuses bad input with one line", async () => {
    const dir = scratchDir("pathwise-nlu-");
    const ws = path.join(dir, "ws");
    writeWorkspace(ws, g);
    const out = path.join(dir, "nlu.json");
    const bin = path.join(ROOT, "bin", "pathwise.js");
    await run(process.execPath, [bin, "nlu-eval", "--data", ws, "--dialogues", REDIAL, "--limit", "400", "--json", out], { cwd: ROOT });
    const json = JSON.parse(readFileSync(out, "utf8"));
    for (const key of ["mention_recall", "mention_precision", "liked_accuracy", "resolvable_share", "utterances", "seconds"]) expect(typeof json[key]).toBe("number");
    expect(json.utterances).toBe(400);
    expect(json.mode).toBe("lexicon");

    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, '{"messages": []}\n');
    const failure = await run(process.execPath, [bin, "nlu-eval", "--data", ws, "--dialogues", bad], { cwd: ROOT }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split("\n").at(-1)).toMatch(/^pathwise: .*bad\.jsonl: line 1: not a ReDial dialogue/);
  });
});
