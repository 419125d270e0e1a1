/** A session held in memory: its dialogue state and the latest act it was told, with its turn queue. */
import type { SystemAct } from "../protocol.ts";
import { TurnQueue } from "./queue.ts";

export interface Live {
  readonly id: string;
  readonly userKey: string | null;
  /** The session's seed: the opening state again, for "start over" and "go back". */
  readonly seed: number;
  state: unknown;
  /** The dialogue inputs the state holds since the opening or the last "start over", oldest first; "go back" drops the last. */
  inputs: unknown[];
  seq: number;
  latest: SystemAct;
  status: "open" | "ended";
  readonly queue: TurnQueue;
  /** Connections holding this session as theirs; it leaves memory when the last one lets go. */
  holders: number;
  /** The state took an input whose turn was not stored (a failed write): rebuild it before the next act. */
  dirty: boolean;
  /** The card last explained and the act (seq) it was asked at: while that act is the latest, "it" means that card (of the latest slate, or of the one still on screen under a question). */
  focus?: { readonly seq: number; readonly item: number };
}

export function newLive(id: string, userKey: string | null, seed: number, state: unknown, seq: number, latest: SystemAct, status: "open" | "ended"): Live {
  return { id, userKey, seed, state, inputs: [], seq, latest, status, queue: new TurnQueue(), holders: 0, dirty: false };
}

export function questionIdOf(act: SystemAct): string | null {
  return act.type === "end" ? null : act.questionId;
}
