import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { Csr, Graph, Manifest } from "./types.ts";

/**
 * A workspace on disk: `manifest.json` (the Manifest plus a table of contents), `graph.bin` (every
 * typed array back to back, 8-byte aligned, little-endian as the host) and `names.json` (display
 * names and source keys). Loading is one read plus views, no parsing of numbers.
 */

export const MANIFEST_FILE = "manifest.json";
export const GRAPH_FILE = "graph.bin";
export const NAMES_FILE = "names.json";

type ArrayType = "int32" | "float32" | "float64" | "uint8" | "int16";
type TypedArray = Int32Array | Float32Array | Float64Array | Uint8Array | Int16Array;

interface TocEntry {
  name: string;
  type: ArrayType;
  /** Byte offset in graph.bin. */
  offset: number;
  /** Number of elements. */
  length: number;
}

/** manifest.json as written: the Manifest plus where each array lies in graph.bin. */
interface StoredManifest extends Manifest {
  arrays: TocEntry[];
}

interface Names {
  typeNames: string[];
  itemTitle: string[];
  attrName: string[];
  itemKey: string[];
  userKey: string[];
  itemText: string[];
}

const CSR_FIELDS = ["attrTypes", "typeAttrs", "itemAttrs", "attrItems", "userItems", "itemUsers", "friends", "likes"] as const;

export class WorkspaceError extends Error {}

function arrayType(a: TypedArray): ArrayType {
  if (a instanceof Int32Array) return "int32";
  if (a instanceof Float32Array) return "float32";
  if (a instanceof Float64Array) return "float64";
  if (a instanceof Int16Array) return "int16";
  return "uint8";
}

function graphArrays(g: Graph): [string, TypedArray][] {
  const out: [string, TypedArray][] = [];
  for (const f of CSR_FIELDS) {
    out.push([`${f}.offsets`, g[f].offsets], [`${f}.ids`, g[f].ids]);
  }
  const ix = g.interactions;
  out.push(
    ["interactions.user", ix.user],
    ["interactions.item", ix.item],
    ["interactions.rating", ix.rating],
    ["interactions.time", ix.time],
    ["interactions.split", ix.split],
  );
  if (g.itemYear) out.push(["itemYear", g.itemYear]);
  return out;
}

function writeFileDurably(file: string, chunks: Uint8Array[]): void {
  const fd = openSync(file, "w");
  try {
    for (const c of chunks) {
      let written = 0;
      while (written < c.length) written += writeSync(fd, c, written, c.length - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeGraphFiles(dir: string, g: Graph): void {
  const toc: TocEntry[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const [name, a] of graphArrays(g)) {
    const pad = (8 - (offset % 8)) % 8;
    if (pad) chunks.push(new Uint8Array(pad));
    offset += pad;
    toc.push({ name, type: arrayType(a), offset, length: a.length });
    chunks.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    offset += a.byteLength;
  }
  writeFileDurably(path.join(dir, GRAPH_FILE), chunks);
  const names: Names = {
    typeNames: [...g.typeNames],
    itemTitle: [...g.itemTitle],
    attrName: [...g.attrName],
    itemKey: [...g.itemKey],
    userKey: [...g.userKey],
    itemText: [...g.itemText],
  };
  writeFileDurably(path.join(dir, NAMES_FILE), [Buffer.from(JSON.stringify(names))]);
  const stored: StoredManifest = { ...g.manifest, arrays: toc };
  writeFileDurably(path.join(dir, MANIFEST_FILE), [Buffer.from(JSON.stringify(stored, null, 2) + "\n")]);
}

/** True when `dir` holds a workspace manifest. */
export function isWorkspace(dir: string): boolean {
  return existsSync(path.join(dir, MANIFEST_FILE));
}

/** Throws unless `outDir` is absent, empty or a workspace, i.e. something an import may replace. */
export function assertWorkspaceTarget(outDir: string): void {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new WorkspaceError(`${outDir} exists and is not a directory`);
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !isWorkspace(outDir)) {
    throw new WorkspaceError(`${outDir} exists and is not a pathwise workspace; refusing to overwrite it`);
  }
}

/**
 * Writes `g` as a workspace at `outDir`, all or nothing: everything goes into a temporary
 * directory beside the target, which is renamed into place only once complete. An existing
 * workspace there is replaced (its trained models and indexes go with it, since they describe the
 * old graph); any other non-empty directory is refused rather than deleted.
 */
export function writeWorkspace(outDir: string, g: Graph): void {
  assertWorkspaceTarget(outDir);
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  mkdirSync(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const tmp = path.join(parent, `.${path.basename(target)}.tmp-${tag}`);
  mkdirSync(tmp);
  try {
    writeGraphFiles(tmp, g);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  if (!existsSync(target) || readdirSync(target).length === 0) {
    try {
      renameSync(tmp, target);
      return;
    } catch (err) {
      // Another process created the target meanwhile: fall through and replace it.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST") {
        rmSync(tmp, { recursive: true, force: true });
        throw err;
      }
    }
  }
  const old = path.join(parent, `.${path.basename(target)}.old-${tag}`);
  renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (err) {
    renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Reads a workspace's manifest (without the table of contents). */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new WorkspaceError(`${dir} is not a pathwise workspace (no ${MANIFEST_FILE}); run \`pathwise import\` first`);
  let stored: StoredManifest;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as StoredManifest;
  } catch (err) {
    throw new WorkspaceError(`${file}: ${(err as Error).message}`);
  }
  if (stored.version !== 1 || !Array.isArray(stored.arrays)) {
    throw new WorkspaceError(`${file}: unsupported workspace version ${String(stored.version)}; re-run \`pathwise import\``);
  }
  return stored;
}

const CTORS = {
  int32: Int32Array,
  float32: Float32Array,
  float64: Float64Array,
  uint8: Uint8Array,
  int16: Int16Array,
} as const;

/** Loads the graph of a workspace written by `pathwise import`. Arrays are views on one buffer. */
export function loadGraph(dir: string): Graph {
  const stored = readManifest(dir) as StoredManifest;
  const { arrays: toc, ...manifest } = stored;
  let bin = readFileSync(path.join(dir, GRAPH_FILE));
  if (bin.byteOffset % 8 !== 0) bin = Buffer.from(bin);
  const arrays = new Map<string, TypedArray>();
  for (const e of toc) {
    const ctor = CTORS[e.type];
    const end = e.offset + e.length * ctor.BYTES_PER_ELEMENT;
    if (!ctor || e.offset % 8 !== 0 || end > bin.byteLength) {
      throw new WorkspaceError(`${dir}/${GRAPH_FILE}: array ${e.name} lies outside the file; the workspace is damaged, re-run \`pathwise import\``);
    }
    arrays.set(e.name, new ctor(bin.buffer, bin.byteOffset + e.offset, e.length));
  }
  const get = <T extends TypedArray>(name: string, ctor: new (...args: never[]) => T): T => {
    const a = arrays.get(name);
    if (!(a instanceof ctor)) throw new WorkspaceError(`${dir}/${GRAPH_FILE}: array ${name} missing; re-run \`pathwise import\``);
    return a;
  };
  const c = manifest.counts;
  const rows: Record<(typeof CSR_FIELDS)[number], number> = {
    attrTypes: c.attributes,
    typeAttrs: -1,
    itemAttrs: c.items,
    attrItems: c.attributes,
    userItems: c.users,
    itemUsers: c.items,
    friends: c.users,
    likes: c.users,
  };
  const csr = (f: (typeof CSR_FIELDS)[number]): Csr => {
    const offsets = get(`${f}.offsets`, Int32Array);
    const ids = get(`${f}.ids`, Int32Array);
    if ((rows[f] >= 0 && offsets.length !== rows[f] + 1) || offsets[offsets.length - 1] !== ids.length) {
      throw new WorkspaceError(`${dir}/${GRAPH_FILE}: ${f} does not match the manifest's counts; re-run \`pathwise import\``);
    }
    return { offsets, ids };
  };
  const names = JSON.parse(readFileSync(path.join(dir, NAMES_FILE), "utf8")) as Names;
  const itemYear = arrays.get("itemYear");
  return {
    manifest,
    nUsers: c.users,
    nItems: c.items,
    nAttributes: c.attributes,
    typeNames: names.typeNames,
    attrTypes: csr("attrTypes"),
    typeAttrs: csr("typeAttrs"),
    itemAttrs: csr("itemAttrs"),
    attrItems: csr("attrItems"),
    userItems: csr("userItems"),
    itemUsers: csr("itemUsers"),
    friends: csr("friends"),
    likes: csr("likes"),
    interactions: {
      user: get("interactions.user", Int32Array),
      item: get("interactions.item", Int32Array),
      rating: get("interactions.rating", Float32Array),
      time: get("interactions.time", Float64Array),
      split: get("interactions.split", Uint8Array),
    },
    itemTitle: names.itemTitle,
    attrName: names.attrName,
    itemKey: uninterned(names.itemKey),
    userKey: uninterned(names.userKey),
    itemText: names.itemText,
    ...(itemYear instanceof Int16Array ? { itemYear } : {}),
  };
}

/**
 * The same strings, out of V8's string table: JSON.parse interns every string value of up to ten characters
 * ("sku-512906", "u158205", a short title), and every full collection walks that table twice (as a root, then to
 * clear it). A million interned item keys made about 20 of a 1M-item server's 27-44 ms pauses. Split from one
 * joined string, the copies are ordinary strings; a list holding the separator is kept as it is.
 */
function uninterned(list: string[]): string[] {
  if (list.length === 0) return list;
  const copy = list.join(SEPARATOR).split(SEPARATOR);
  return copy.length === list.length ? copy : list;
}

const SEPARATOR = "\u0000";
