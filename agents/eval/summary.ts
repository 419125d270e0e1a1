/**
 * The result file of `pathwise eval --json`: the figures rounded for reading, their intervals, the
 * curve and its band, the turn counts and the settings. `pathwise report` reads these files back, so
 * the format is one zod schema, checked on read.
 */
import { z } from "zod";
import type { EvalResult } from "./runner.ts";
import type { EvalSettings } from "./settings.ts";

const interval = z.tuple([z.number(), z.number()]);

export const EvalSummary = z.object({
  episodes: z.number().int().nonnegative(),
  sr5: z.number(),
  sr10: z.number(),
  sr15: z.number(),
  at: z.number(),
  hdcg: z.number(),
  ci95: z.object({ sr5: interval, sr10: interval, sr15: interval, at: interval, hdcg: interval }),
  seconds: z.number(),
  train_seconds: z.number(),
  workers: z.number(),
  settings: z.record(z.string(), z.unknown()),
  success_by_turn: z.array(z.number()),
  /** Absent in files written before the band existed: the report draws the curve without it. */
  success_by_turn_ci95: z.array(interval).optional(),
  turn_counts: z.array(z.number().int().nonnegative()),
});
export type EvalSummary = z.infer<typeof EvalSummary>;

const round = (x: number) => Number(x.toFixed(4));
const roundPair = ([lo, hi]: readonly [number, number]): [number, number] => [round(lo), round(hi)];

export function evalSummary(result: EvalResult, s: EvalSettings): EvalSummary {
  return {
    episodes: result.episodes,
    sr5: round(result.sr5),
    sr10: round(result.sr10),
    sr15: round(result.sr15),
    at: round(result.at),
    hdcg: round(result.hdcg),
    ci95: {
      sr5: roundPair(result.ci95.sr5),
      sr10: roundPair(result.ci95.sr10),
      sr15: roundPair(result.ci95.sr15),
      at: roundPair(result.ci95.at),
      hdcg: roundPair(result.ci95.hdcg),
    },
    seconds: round(result.seconds),
    train_seconds: round(result.trainSeconds),
    workers: result.workers,
    settings: {
      data: s.data,
      split: s.split,
      policy: s.policy,
      noise: s.noise,
      assumed_noise: s.assumedNoise ?? s.noise,
      seq_weight: s.seqWeight ?? 0,
      multi_choice: s.multiChoice,
      like_edges: s.likeEdges,
      impatient: s.maxTurn < 15 ? s.maxTurn : null,
      critique: s.critique,
      dont_care: s.dontCare ?? 0,
      seed: s.seed,
      limit: s.limit ?? null,
      anonymous: s.anonymous ?? false,
      opening: s.opening ?? "attribute",
      opening_items: (s.opening ?? "attribute") === "attribute" ? null : s.openingItems ?? 2,
    },
    success_by_turn: result.successByTurn.map(round),
    success_by_turn_ci95: result.successByTurnCi95.map(roundPair),
    turn_counts: result.turnCounts,
  };
}

/** A short name for a run: its policy, split, noise and the settings that differ from the protocol's defaults. */
export function runLabel(s: EvalSummary["settings"]): string {
  const parts = [String(s.policy ?? "?"), String(s.split ?? "?"), `noise ${s.noise ?? 0}`];
  if (s.multi_choice) parts.push("multiple choice");
  if (s.critique) parts.push("critique");
  if (s.dont_care) parts.push(`doesn't matter ${s.dont_care}`);
  if (s.impatient) parts.push(`leaves after turn ${s.impatient}`);
  if (s.seq_weight) parts.push(`seq weight ${s.seq_weight}`);
  if (s.like_edges) parts.push("like edges");
  if (s.limit) parts.push(`first ${s.limit} pairs`);
  return parts.join(", ");
}
