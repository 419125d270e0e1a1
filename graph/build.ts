import { SPLIT_NAMES, type DatasetFormat, type Graph, type Interactions } from "./types.ts";
import { buildCsr, emptyCsr, transpose } from "./csr.ts";
import type { EdgeList } from "./growable.ts";

/** What an importer hands over: dense ids, edge lists and sorted interactions. */
export interface GraphParts {
  format: DatasetFormat;
  name: string;
  sources: Record<string, string>;
  hasTimestamps: boolean;
  hasRatings: boolean;
  nUsers: number;
  nItems: number;
  nAttributes: number;
  typeNames: string[];
  /** attribute -> type */
  attrTypes: EdgeList;
  itemAttrs: EdgeList;
  friends?: EdgeList;
  likes?: EdgeList;
  /** Already in the contract's order (see `sortInteractions`). */
  interactions: Interactions;
  itemTitle: string[];
  attrName: string[];
  itemKey: string[];
  userKey: string[];
  itemText?: string[];
  itemYear?: Int16Array;
}

export function assembleGraph(p: GraphParts): Graph {
  const attrTypes = buildCsr(p.nAttributes, p.attrTypes.src.view(), p.attrTypes.dst.view());
  const itemAttrs = buildCsr(p.nItems, p.itemAttrs.src.view(), p.itemAttrs.dst.view());
  const ix = p.interactions;
  const trainUsers = new Int32Array(ix.user.length);
  const trainItems = new Int32Array(ix.user.length);
  let nTrain = 0;
  const splitCounts = new Array<number>(SPLIT_NAMES.length).fill(0);
  for (let i = 0; i < ix.user.length; i++) {
    splitCounts[ix.split[i]]++;
    if (ix.split[i] !== 0) continue;
    trainUsers[nTrain] = ix.user[i];
    trainItems[nTrain++] = ix.item[i];
  }
  const userItems = buildCsr(p.nUsers, trainUsers, trainItems, nTrain);
  const splits: Record<string, number> = {};
  SPLIT_NAMES.forEach((name, code) => {
    if (splitCounts[code] > 0) splits[name] = splitCounts[code];
  });
  return {
    manifest: {
      version: 1,
      format: p.format,
      name: p.name,
      createdAt: new Date().toISOString(),
      hasTimestamps: p.hasTimestamps,
      hasRatings: p.hasRatings,
      counts: {
        users: p.nUsers,
        items: p.nItems,
        attributes: p.nAttributes,
        interactions: ix.user.length,
        splits,
      },
      sources: p.sources,
    },
    nUsers: p.nUsers,
    nItems: p.nItems,
    nAttributes: p.nAttributes,
    typeNames: p.typeNames,
    attrTypes,
    typeAttrs: transpose(attrTypes, p.typeNames.length),
    itemAttrs,
    attrItems: transpose(itemAttrs, p.nAttributes),
    userItems,
    itemUsers: transpose(userItems, p.nItems),
    friends: p.friends ? buildCsr(p.nUsers, p.friends.src.view(), p.friends.dst.view()) : emptyCsr(p.nUsers),
    likes: p.likes ? buildCsr(p.nUsers, p.likes.src.view(), p.likes.dst.view()) : emptyCsr(p.nUsers),
    interactions: ix,
    itemTitle: p.itemTitle,
    attrName: p.attrName,
    itemKey: p.itemKey,
    userKey: p.userKey,
    itemText: p.itemText ?? new Array<string>(p.nItems).fill(""),
    ...(p.itemYear ? { itemYear: p.itemYear } : {}),
  };
}
