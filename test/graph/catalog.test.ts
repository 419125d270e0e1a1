import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MOVIELENS_SMALL } from "../shared.ts";
import { importCatalog } from "../../graph/import/catalog.ts";
import { ImportError, importToWorkspace } from "../../graph/import/index.ts";
import { importMovielens } from "../../graph/import/movielens.ts";
import { SPLIT, row } from "../../graph/types.ts";
import { loadGraph } from "../../graph/workspace.ts";
import { tempDir } from "./helpers.ts";

const root = tempDir("catalog");

function catalogDir(name: string, items: unknown[] | string, interactions?: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "items.jsonl"), typeof items === "string" ? items : items.map((i) => JSON.stringify(i)).join("\n") + "\n");
  if (interactions !== undefined) writeFileSync(path.join(dir, "interactions.csv"), interactions);
  return dir;
}

const shoes = [
  { id: "sku-1", title: "Trail runner", text: "Light, for wet trails.", attributes: { brand: "Acme", colour: ["red", "black"] } },
  { id: "sku-2", title: "City sneaker", attributes: { brand: "Acme", colour: "white" } },
  { id: 3, title: "Boot", attributes: { brand: "Bolt", use: "red" } },
  { id: "sku-4", title: "Sandal" },
];

describe("catalog import", () => {
  it("reads typed attributes, text and interactions; splits by time without a split column", () => {
    const g = importCatalog(
      catalogDir(
        "timed",
        shoes,
        'user,item,rating,timestamp\n"Doe, J",sku-1,5,2024-05-03T00:00:00Z\n"Doe, J",sku-2,4,1714521600\n"Doe, J",3,5,1714608000\n"Doe, J",sku-4,2,1714694400\nu2,sku-1,5,100\n',
      ),
    );
    expect(g.manifest.counts).toEqual({ users: 2, items: 4, attributes: 6, interactions: 5, splits: { train: 3, valid: 1, test: 1 } });
    expect(g.typeNames).toEqual(["brand", "colour", "use"]);
    expect(g.itemKey).toEqual(["sku-1", "sku-2", "3", "sku-4"]);
    expect(g.itemText[0]).toBe("Light, for wet trails.");
    expect([...row(g.itemAttrs, 0)].map((a) => `${g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]]}:${g.attrName[a]}`)).toEqual([
      "brand:Acme",
      "colour:red",
      "colour:black",
    ]);
    // "red" as a colour and "red" as a use are different attributes.
    expect(g.attrName.filter((n) => n === "red").length).toBe(2);
    // Doe's positives by time: sku-2 (May 1), 3 (May 2), sku-1 (May 3) -> valid 3, test sku-1.
    const doe = g.userKey.indexOf("Doe, J");
    const splitOf = (item: string) => {
      const ix = g.interactions;
      for (let i = 0; i < ix.user.length; i++) if (ix.user[i] === doe && g.itemKey[ix.item[i]] === item) return ix.split[i];
      return -1;
    };
    expect([splitOf("sku-1"), splitOf("3"), splitOf("sku-2"), splitOf("sku-4")]).toEqual([SPLIT.test, SPLIT.valid, SPLIT.train, SPLIT.train]);
  });

  it("honours an explicit split column, and imports a catalog without interactions", () => {
    const g = importCatalog(catalogDir("split", shoes, "split,item,user\ntest,sku-1,a\ntrain,sku-2,a\nvalid,3,a\n"));
    expect(g.manifest.counts.splits).toEqual({ train: 1, valid: 1, test: 1 });
    expect(g.manifest.hasTimestamps).toBe(false);
    expect(importCatalog(catalogDir("bare", shoes)).manifest.counts).toMatchObject({ users: 0, items: 4, interactions: 0 });
  });

  it("round-trips a real catalog converted from MovieLens-small through a workspace", () => {
    const ml = importMovielens(MOVIELENS_SMALL);
    const items = ml.itemKey.map((key, i) => ({
      id: key,
      title: ml.itemTitle[i],
      attributes: Object.fromEntries(
        ml.typeNames.map((t, ti) => [t, [...row(ml.itemAttrs, i)].filter((a) => row(ml.attrTypes, a)[0] === ti).map((a) => ml.attrName[a])]).filter(([, v]) => v.length > 0),
      ),
    }));
    const ix = ml.interactions;
    const lines = ["user,item,rating,timestamp,split"];
    for (let i = 0; i < ix.user.length; i++) lines.push(`${ml.userKey[ix.user[i]]},${ml.itemKey[ix.item[i]]},${ix.rating[i]},${ix.time[i]},${["train", "valid", "test"][ix.split[i]]}`);
    const out = path.join(root, "ml-ws");
    importToWorkspace("catalog", catalogDir("ml", items, lines.join("\n") + "\n"), out);
    const g = loadGraph(out);
    expect(g.manifest.counts).toMatchObject({ users: 610, items: 9742, interactions: 100836, attributes: ml.nAttributes, splits: ml.manifest.counts.splits });
    expect(g.attrItems.ids.length).toBe(ml.attrItems.ids.length);
  });

  it("fails on a bad row naming file, line and field, writing nothing", () => {
    const cases: [string, unknown[] | string, string | undefined, string, number, string][] = [
      ["bad-json", `${JSON.stringify(shoes[0])}\n{"id": "x", "title": }\n`, undefined, "items.jsonl", 2, ""],
      ["extra-field", [shoes[0], { id: "x", title: "X", price: 3 }], undefined, "items.jsonl", 2, "price"],
      ["empty-attr", [shoes[0], { id: "x", title: "X", attributes: { colour: ["red", ""] } }], undefined, "items.jsonl", 2, "attributes.colour[1]"],
      ["dup-id", [shoes[0], shoes[0]], undefined, "items.jsonl", 2, "id"],
      ["unknown-item", shoes, "user,item\na,sku-1\na,sku-9\n", "interactions.csv", 3, "item"],
      ["bad-time", shoes, "user,item,timestamp\na,sku-1,yesterday\n", "interactions.csv", 2, "timestamp"],
      ["bad-split", shoes, "user,item,split\na,sku-1,dev\n", "interactions.csv", 2, "split"],
      ["bad-column", shoes, "user,item,score\na,sku-1,3\n", "interactions.csv", 1, "score"],
      ["open-quote", shoes, 'user,item\n"a,sku-1\na,sku-2\n', "interactions.csv", 2, ""],
    ];
    for (const [name, items, interactions, file, line, field] of cases) {
      const out = path.join(root, `${name}-ws`);
      let error: unknown;
      try {
        importToWorkspace("catalog", catalogDir(name, items, interactions), out);
      } catch (err) {
        error = err;
      }
      expect(error, name).toBeInstanceOf(ImportError);
      const e = error as ImportError;
      expect([e.file, e.line], name).toEqual([file, line]);
      if (field) expect(e.field, name).toBe(field);
      expect(existsSync(out), name).toBe(false);
    }
  });
});
