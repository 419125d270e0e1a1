import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Graph } from "../../graph/types.ts";
import type { NetPicker, PolicyNet } from "../policies/learned.ts";
import { modelsDir } from "../ranking/preference-store.ts";
import { INPUTS } from "./features.ts";
import { paramCount, type NetShape } from "./network.ts";

/** Bumped whenever the features change (2: beliefs carry the attribute profile): a stored net is only valid for the features it was trained on. */
export const FEATURES_VERSION = 2;

/** What a stored policy was trained on, and how it did on the validation split. */
export interface LearnedInfo {
  readonly questions: "yesno" | "choice";
  readonly noises: readonly number[];
  readonly seed: number;
  readonly epochs: number;
  /** The epoch whose parameters were kept (0 = the untrained policy), chosen on valid. */
  readonly bestEpoch: number;
  readonly episodes: number;
  readonly seconds: number;
  /** Per flip rate, on the validation subset used for selection. */
  readonly valid: readonly { noise: number; sr15: number; at: number; reward: number }[];
  readonly graphCreatedAt: string;
}

interface Stored {
  version: number;
  shape: NetShape;
  params: number[];
  info: LearnedInfo;
}

export class LearnedPolicyError extends Error {}

/** `learned-yesno.json`, `learned-choice.json`, or a single-flip-rate variant `learned-yesno-p0.1.json`. */
export function learnedFile(questions: "yesno" | "choice", noise?: number): string {
  return `learned-${questions}${noise === undefined ? "" : `-p${noise}`}.json`;
}

/** Writes the policy, renamed into place so a crash never leaves half a file. */
export function saveLearned(workspace: string, file: string, net: PolicyNet, info: LearnedInfo): void {
  const dir = modelsDir(workspace);
  mkdirSync(dir, { recursive: true });
  const stored: Stored = { version: FEATURES_VERSION, shape: net.shape, params: Array.from(net.params), info };
  writeFileSync(path.join(dir, `${file}.tmp`), JSON.stringify(stored) + "\n");
  renameSync(path.join(dir, `${file}.tmp`), path.join(dir, file));
}

/** The stored policy, or null when it is missing, damaged, stale (another import) or for other features. */
export function loadLearned(workspace: string, file: string, g?: Graph): { net: PolicyNet; info: LearnedInfo } | null {
  const p = path.join(modelsDir(workspace), file);
  if (!existsSync(p)) return null;
  let s: Stored;
  try {
    s = JSON.parse(readFileSync(p, "utf8")) as Stored;
  } catch {
    return null;
  }
  if (s.version !== FEATURES_VERSION || s.shape?.inputs !== INPUTS || !Array.isArray(s.params) || s.params.length !== paramCount(s.shape)) return null;
  if (g && s.info?.graphCreatedAt !== g.manifest.createdAt) return null;
  return { net: { shape: s.shape, params: Float64Array.from(s.params) }, info: s.info };
}

/**
 * Nets from the workspace, picked per conversation: one trained for the exact flip rate the
 * belief assumes when there is one, otherwise the one trained across flip rates. Loaded on
 * first use; a missing one is an error naming the command that trains it.
 */
export function learnedPicker(workspace: string | undefined, g?: Graph): NetPicker {
  const cache = new Map<string, PolicyNet | null>();
  const get = (dir: string, file: string) => {
    if (!cache.has(file)) cache.set(file, loadLearned(dir, file, g)?.net ?? null);
    return cache.get(file)!;
  };
  return (questions, noise) => {
    if (!workspace) throw new LearnedPolicyError("the learned policy reads its network from a workspace, and none was given");
    const net = get(workspace, learnedFile(questions, noise)) ?? get(workspace, learnedFile(questions));
    if (!net) throw new LearnedPolicyError(`${workspace}: no learned ${questions} policy in models/; run \`pathwise train-policy --data ${workspace}${questions === "choice" ? " --multi-choice" : ""}\``);
    return net;
  };
}
