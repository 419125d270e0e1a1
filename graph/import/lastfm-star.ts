import path from "node:path";
import { z } from "zod";
import { SPLIT, type Graph, type SplitName } from "../types.ts";
import { assembleGraph } from "../build.ts";
import { EdgeList } from "../growable.ts";
import { InteractionColumns, sortInteractions } from "../interactions.ts";
import { ImportError } from "./errors.ts";
import { intField } from "./fields.ts";
import { readJsonFile, type JsonDocument } from "./json.ts";
import { validateRow } from "./rows.ts";
import { SourceDir, type ImportOptions } from "./source.ts";
import { eachTsvRow } from "./tsv.ts";

/**
 * LastFM* in the SCPR/UNICORN layout (see ../shared/data/README.md): users with friends and liked
 * tags, items (artists) with tags as attributes, the 33 unnamed coarse categories as attribute
 * types, and one file per split. No timestamps, no ratings.
 */

const GRAPH_DIR = "Graph_generate_data";
const SPLIT_DIR = "UI_Interaction_data";
const FILES = {
  users: `${GRAPH_DIR}/user_dict.json`,
  items: `${GRAPH_DIR}/item_dict.json`,
  categories: `${GRAPH_DIR}/fea_large.json`,
  tagMap: `${GRAPH_DIR}/original_tag_map.json`,
  tags: "names/tags.dat",
  artists: "names/artists.dat",
  itemArtist: "names/item_artist.tsv",
} as const;
const SPLIT_FILE = (s: SplitName) => `${SPLIT_DIR}/review_dict_${s}.json`;

export const LASTFM_STAR_FILES: readonly string[] = [...Object.values(FILES), ...(["train", "valid", "test"] as const).map(SPLIT_FILE)];

const id = z.int().nonnegative();
const idKey = z.string().regex(/^(0|[1-9]\d*)$/, "expected a decimal id");
const userDict = z.record(idKey, z.object({ friends: z.array(id), like: z.array(id) }));
const itemDict = z.record(idKey, z.object({ feature_index: z.array(id) }));
const categories = z.record(idKey, z.array(id));
const tagMap = z.record(idKey, id);
const splitDict = z.record(idKey, z.array(id));

const artistRow = z.object({ id: intField, name: z.string() });
const tagRow = z.object({ tagID: intField, tagValue: z.string() });
const itemArtistRow = z.object({
  item_id: intField,
  status: z.enum(["exact", "exact_no_name", "ambiguous"]),
  name: z.string(),
  artist_id: z.string().regex(/^\d*$/, "expected an artist id or nothing"),
  candidates: z.string().regex(/^(\d+(\|\d+)*)?$/, "expected artist ids separated by |"),
});

/** Number of entries of a dict keyed 0..n-1; a gap fails the import at the file. */
function denseCount(doc: JsonDocument<Record<string, unknown>>, what: string): number {
  const n = Object.keys(doc.value).length;
  for (let i = 0; i < n; i++) {
    if (!(String(i) in doc.value)) throw doc.error([], `${what} ids must run 0..${n - 1}; ${i} is missing`);
  }
  return n;
}

function checkIds(doc: JsonDocument<unknown>, at: PropertyKey[], ids: readonly number[], limit: number, what: string): void {
  for (let k = 0; k < ids.length; k++) {
    if (ids[k] >= limit) throw doc.error([...at, k], `${what} ${ids[k]} does not exist (ids run 0..${limit - 1})`);
  }
}

export function importLastfmStar(fromDir: string, opts: ImportOptions = {}): Graph {
  const src = new SourceDir(fromDir, opts.log);
  const usersDoc = readJsonFile(src, FILES.users, userDict);
  const itemsDoc = readJsonFile(src, FILES.items, itemDict);
  const catDoc = readJsonFile(src, FILES.categories, categories);
  const nUsers = denseCount(usersDoc, "user");
  const nItems = denseCount(itemsDoc, "item");
  const nAttributes = denseCount(catDoc, "attribute");

  const attrTypes = new EdgeList();
  let nTypes = 0;
  for (let a = 0; a < nAttributes; a++) {
    for (const c of catDoc.value[a]) {
      attrTypes.push(a, c);
      nTypes = Math.max(nTypes, c + 1);
    }
  }
  const itemAttrs = new EdgeList();
  for (let i = 0; i < nItems; i++) {
    const attrs = itemsDoc.value[i].feature_index;
    checkIds(itemsDoc, [String(i), "feature_index"], attrs, nAttributes, "attribute");
    for (const a of attrs) itemAttrs.push(i, a);
  }
  const friends = new EdgeList();
  const likes = new EdgeList();
  for (let u = 0; u < nUsers; u++) {
    const { friends: fr, like } = usersDoc.value[u];
    checkIds(usersDoc, [String(u), "friends"], fr, nUsers, "user");
    checkIds(usersDoc, [String(u), "like"], like, nAttributes, "attribute");
    for (const f of fr) friends.push(u, f);
    for (const a of like) likes.push(u, a);
  }

  const cols = new InteractionColumns();
  for (const split of ["train", "valid", "test"] as const) {
    const rel = SPLIT_FILE(split);
    if (split !== "train" && !src.has(rel)) continue;
    const doc = readJsonFile(src, rel, splitDict);
    for (const [key, items] of Object.entries(doc.value)) {
      const u = Number(key);
      if (u >= nUsers) throw doc.error([key], `user ${u} does not exist (ids run 0..${nUsers - 1})`);
      checkIds(doc, [key], items, nItems, "item");
      for (const i of items) cols.push(u, i, NaN, NaN, SPLIT[split]);
    }
  }

  const attrName = attributeNames(src, nAttributes);
  const itemTitle = itemNames(src, nItems);
  src.recordPresent(LASTFM_STAR_FILES);
  return assembleGraph({
    format: "lastfm-star",
    name: path.basename(path.resolve(fromDir)),
    sources: src.sources,
    hasTimestamps: false,
    hasRatings: false,
    nUsers,
    nItems,
    nAttributes,
    typeNames: categoryNames(nTypes, attrTypes, itemAttrs, nAttributes, attrName),
    attrTypes,
    itemAttrs,
    friends,
    likes,
    interactions: sortInteractions(cols),
    itemTitle,
    attrName,
    itemKey: Array.from({ length: nItems }, (_, i) => String(i)),
    userKey: Array.from({ length: nUsers }, (_, u) => String(u)),
  });
}

/** Tag names through original_tag_map.json and names/tags.dat (Latin-1); "tag N" where either is absent. */
function attributeNames(src: SourceDir, nAttributes: number): string[] {
  const names = Array.from({ length: nAttributes }, (_, a) => `tag ${a}`);
  if (!src.has(FILES.tagMap) || !src.has(FILES.tags)) return names;
  const tagMapDoc = readJsonFile(src, FILES.tagMap, tagMap);
  const tagName = new Map<number, string>();
  eachTsvRow(src, FILES.tags, ["tagID", "tagValue"], (row, line) => {
    const r = validateRow(tagRow, row, FILES.tags, line);
    tagName.set(r.tagID, r.tagValue.trim());
  });
  for (const [tagId, a] of Object.entries(tagMapDoc.value)) {
    if (a >= nAttributes) throw tagMapDoc.error([tagId], `attribute ${a} does not exist (ids run 0..${nAttributes - 1})`);
    const name = tagName.get(Number(tagId));
    if (name) names[a] = name;
  }
  return names;
}

/**
 * Artist names from names/item_artist.tsv and names/artists.dat. Items the data cannot tell apart
 * get their candidates' names ("A or B"); artists without a name get "Unknown artist (Last.fm #id)".
 */
function itemNames(src: SourceDir, nItems: number): string[] {
  const names = Array.from({ length: nItems }, (_, i) => `Artist ${i}`);
  if (!src.has(FILES.itemArtist)) return names;
  const artistName = new Map<number, string>();
  if (src.has(FILES.artists)) {
    eachTsvRow(src, FILES.artists, ["id", "name"], (row, line) => {
      const r = validateRow(artistRow, row, FILES.artists, line);
      artistName.set(r.id, r.name.trim());
    });
  }
  const nameOf = (artist: number) => artistName.get(artist) || `Unknown artist (Last.fm #${artist})`;
  eachTsvRow(src, FILES.itemArtist, ["item_id", "artist_id", "name", "status", "candidates"], (row, line) => {
    const r = validateRow(itemArtistRow, row, FILES.itemArtist, line);
    if (r.item_id >= nItems) throw new ImportError(FILES.itemArtist, line, "item_id", `item ${r.item_id} does not exist (ids run 0..${nItems - 1})`);
    if (r.status === "ambiguous") {
      const candidates = r.candidates.split("|").map(Number);
      const named = candidates.filter((a) => artistName.get(a));
      names[r.item_id] = named.length
        ? `${candidates.map(nameOf).join(" or ")} (ambiguous)`
        : `Unknown artist (one of Last.fm #${candidates.join(", #")})`;
    } else {
      names[r.item_id] = r.name.trim() || (r.artist_id ? nameOf(Number(r.artist_id)) : names[r.item_id]);
    }
  });
  return names;
}

/**
 * The coarse categories have no names upstream; each is named by its three attributes found on the
 * most items, which reads well in a multiple-choice question ("rock / indie / alternative").
 */
function categoryNames(nTypes: number, attrTypes: EdgeList, itemAttrs: EdgeList, nAttributes: number, attrName: string[]): string[] {
  const itemCount = new Int32Array(nAttributes);
  const ia = itemAttrs.dst.view();
  for (let e = 0; e < ia.length; e++) itemCount[ia[e]]++;
  const members: number[][] = Array.from({ length: nTypes }, () => []);
  const at = attrTypes.src.view();
  const ty = attrTypes.dst.view();
  for (let e = 0; e < at.length; e++) members[ty[e]].push(at[e]);
  const seen = new Set<string>();
  return members.map((attrs, c) => {
    const top = [...attrs].sort((a, b) => itemCount[b] - itemCount[a] || a - b).slice(0, 3);
    let name = top.length ? top.map((a) => attrName[a]).join(" / ") : `category ${c}`;
    if (seen.has(name)) name = `${name} (${c})`;
    seen.add(name);
    return name;
  });
}
