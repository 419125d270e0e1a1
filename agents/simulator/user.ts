import { row, type Graph } from "../../graph/types.ts";
import { hasAttribute } from "../dialogue/candidates.ts";
import type { SystemAct, UserAct } from "../dialogue/acts.ts";
import type { Random } from "../random.ts";

export interface SimulatedUserOptions {
  /** Probability that each yes/no answer (and each choice option) is flipped. */
  readonly noise: number;
  /** The last turn the user stays for (15 = the full protocol; fewer = an impatient user). */
  readonly maxTurn: number;
  /** After a failed slate, reject one attribute of its top item that the target lacks. */
  readonly critique: boolean;
  /** Probability of answering a question "doesn't matter" instead, whatever the target holds (0 or absent: never). */
  readonly dontCare?: number;
  /**
   * What turn 1 says: one of the target's attributes (the EAR/SCPR protocol, the default), `item`s the user
   * liked (drawn from `history`, never the target), or `both`.
   */
  readonly opening?: Opening;
}

export interface Opening {
  readonly kind: "attribute" | "item" | "both";
  /** The user's own items to name from (their train history). */
  readonly history: Int32Array;
  /** How many to name. */
  readonly items: number;
}

export interface EpisodeResult {
  readonly success: boolean;
  /** Turn of the successful slate, or the last turn played. */
  readonly turn: number;
  /** 1-based position of the target in the successful slate; 0 on failure. */
  readonly rank: number;
}

/**
 * A simulated user with a target item, following the EAR/SCPR/UNICORN protocol: turn 1 states
 * one random attribute of the target (always true); each later turn answers the system's act
 * from the target's attributes, each yes/no flipped with probability `noise`; success is the
 * target in a slate. Written as a generator over acts, so the same user talks to the engine
 * in-process or to a server over any transport: it yields user acts and receives system acts.
 */
export function* simulatedUser(
  g: Graph,
  target: number,
  rng: Random,
  o: SimulatedUserOptions,
): Generator<UserAct, EpisodeResult, SystemAct> {
  let sys = yield openingAct(g, target, rng, o.opening);
  const last = Math.min(o.maxTurn, 15);
  for (let turn = 2; ; turn++) {
    let reply: UserAct;
    switch (sys.kind) {
      case "recommend": {
        const at = sys.items.findIndex((r) => r.item === target);
        if (at >= 0) return { success: true, turn, rank: at + 1 };
        reply = rejectSlate(g, target, sys.items.map((r) => r.item), rng, o.critique);
        break;
      }
      case "ask": {
        const yes = answer(g, target, sys.attribute, rng, o.noise);
        reply = { kind: "inform", accept: yes ? [sys.attribute] : [], reject: yes ? [] : [sys.attribute] };
        if (indifferent(rng, o.dontCare)) reply = { kind: "indifferent", attribute: sys.attribute };
        break;
      }
      case "choice": {
        const accept: number[] = [];
        const reject: number[] = [];
        for (const a of sys.options) (answer(g, target, a, rng, o.noise) ? accept : reject).push(a);
        reply = { kind: "inform", accept, reject };
        if (indifferent(rng, o.dontCare)) reply = { kind: "indifferent", type: sys.type };
        break;
      }
      case "end":
        return { success: false, turn, rank: 0 };
    }
    if (turn >= last) return { success: false, turn, rank: 0 };
    sys = yield reply;
  }
}

/** Turn 1: a random attribute of the target, stated as certain, and/or items drawn from the user's history. */
function openingAct(g: Graph, target: number, rng: Random, o: Opening | undefined): UserAct {
  const kind = o?.kind ?? "attribute";
  const attrs = row(g.itemAttrs, target);
  const accept = kind !== "item" && attrs.length ? [attrs[rng.int(attrs.length)]] : [];
  if (kind === "attribute" || !o) return { kind: "inform", accept, reject: [], stated: true };
  const pool = Array.from(o.history).filter((i) => i !== target);
  const liked: number[] = [];
  while (liked.length < o.items && pool.length > 0) liked.push(pool.splice(rng.int(pool.length), 1)[0]);
  return { kind: "inform-items", liked, disliked: [], mentioned: [], accept, reject: [], stated: true };
}

/** The truth about the target, flipped with probability `noise`. */
function answer(g: Graph, target: number, attr: number, rng: Random, noise: number): boolean {
  const truth = hasAttribute(g, target, attr);
  return noise > 0 && rng.next() < noise ? !truth : truth;
}

/**
 * Drawn after the answer's own draws and only when `dontCare` > 0, so runs without it replay the same
 * streams as before it existed.
 */
function indifferent(rng: Random, dontCare: number | undefined): boolean {
  return dontCare !== undefined && dontCare > 0 && rng.next() < dontCare;
}

function rejectSlate(g: Graph, target: number, items: number[], rng: Random, critique: boolean): UserAct {
  if (!critique || !items.length) return { kind: "reject-slate", items };
  const lacking = Array.from(row(g.itemAttrs, items[0])).filter((a) => !hasAttribute(g, target, a));
  if (!lacking.length) return { kind: "reject-slate", items };
  const attribute = lacking[rng.int(lacking.length)];
  return { kind: "reject-slate", items, critique: { item: items[0], attribute, direction: "less" } };
}
