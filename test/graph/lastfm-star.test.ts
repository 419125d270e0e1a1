import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { HAS_SHARED, SKIP_SHARED_REASON, shared } from "../shared.ts";
import { importLastfmStar } from "../../graph/import/lastfm-star.ts";
import { SPLIT, degree, row, type Graph } from "../../graph/types.ts";

const DIR = shared("data", "lastfm-star");

describe.skipIf(!HAS_SHARED)(`LastFM* import (${HAS_SHARED ? "real data" : SKIP_SHARED_REASON})`, () => {
  // Imported in beforeAll, not while collecting, so that a checkout without ../shared skips instead of failing.
  let g: Graph;
  beforeAll(() => {
    g = importLastfmStar(DIR);
  });
  const json = (rel: string) => JSON.parse(readFileSync(`${DIR}/${rel}`, "utf8")) as Record<string, unknown>;

  it("has the benchmark's counts", () => {
    expect(g.manifest.counts).toMatchObject({
      users: 1801,
      items: 7432,
      attributes: 8438,
      interactions: 52910 + 11891,
      splits: { train: 52910, valid: 11891 },
    });
    expect(g.itemAttrs.ids.length).toBe(94446);
    expect(g.friends.ids.length).toBe(23958);
    expect(g.likes.ids.length).toBe(33120);
    expect(g.typeNames.length).toBe(33);
    let untyped = 0;
    for (let a = 0; a < g.nAttributes; a++) if (degree(g.attrTypes, a) === 0) untyped++;
    expect(untyped).toBe(490);
  });

  it("keeps each split's pairs exactly as the source files list them", () => {
    for (const split of ["train", "valid"] as const) {
      const source = json(`UI_Interaction_data/review_dict_${split}.json`) as Record<string, number[]>;
      const got = new Map<number, number[]>();
      const ix = g.interactions;
      for (let i = 0; i < ix.user.length; i++) {
        if (ix.split[i] !== SPLIT[split]) continue;
        if (!got.has(ix.user[i])) got.set(ix.user[i], []);
        got.get(ix.user[i])!.push(ix.item[i]);
      }
      expect(got.size).toBe(Object.keys(source).length);
      for (const [u, items] of Object.entries(source)) expect(got.get(Number(u))).toEqual(items);
    }
    // Models learn from train only.
    const train = json("UI_Interaction_data/review_dict_train.json") as Record<string, number[]>;
    expect([...row(g.userItems, 7)]).toEqual([...new Set(train["7"])].sort((a, b) => a - b));
  });

  it("keeps friend edges symmetric and likes apart from item attributes", () => {
    let unreciprocated = 0;
    for (let u = 0; u < g.nUsers; u++) for (const f of row(g.friends, u)) if (!row(g.friends, f).includes(u)) unreciprocated++;
    expect(unreciprocated).toBe(0);
    const users = json("Graph_generate_data/user_dict.json") as Record<string, { like: number[] }>;
    expect([...row(g.likes, 0)]).toEqual([...users["0"].like].sort((a, b) => a - b));
  });

  it("names attributes from Latin-1 tags.dat and artists from names/", () => {
    const tagMap = json("Graph_generate_data/original_tag_map.json") as Record<string, number>;
    const latin1 = readFileSync(`${DIR}/names/tags.dat`).toString("latin1").split("\n");
    const accented = latin1.filter((l) => /[^\x00-\x7f]/.test(l)).map((l) => l.split("\t")).filter((f) => f[0] in tagMap);
    expect(accented.length).toBeGreaterThan(0);
    for (const [tagId, name] of accented) expect(g.attrName[tagMap[tagId]]).toBe(name.trim());
    expect(g.attrName).toContain("die Ärzte");
    expect(g.attrName.filter((n) => n.includes("\ufffd"))).toEqual([]);
    const tsv = readFileSync(`${DIR}/names/item_artist.tsv`, "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t"));
    const exact = tsv.find((r) => r[3] === "exact")!;
    expect(g.itemTitle[Number(exact[0])]).toBe(exact[2]);
    for (const r of tsv.filter((r) => r[3] !== "exact")) {
      expect(g.itemTitle[Number(r[0])]).toMatch(/\S/);
      expect(g.itemTitle[Number(r[0])]).not.toMatch(/^Artist \d+$/);
    }
  });

  it("makes each coarse category's members its attributes", () => {
    const cats = json("Graph_generate_data/fea_large.json") as Record<string, number[]>;
    for (const a of [0, 1, 100, 8437]) expect([...row(g.attrTypes, a)]).toEqual([...cats[String(a)]].sort((x, y) => x - y));
    // The category side, counted by hand from fea_large.json: 43,115 memberships; category 32, the smallest, has 150.
    expect(g.typeAttrs.ids.length).toBe(43115);
    expect(degree(g.typeAttrs, 32)).toBe(150);
    expect([...row(g.typeAttrs, 32)].slice(0, 12)).toEqual([314, 316, 318, 623, 624, 809, 1478, 1479, 1480, 1481, 1503, 1524]);
  });
});
