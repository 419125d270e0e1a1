import type { Policy } from "../dialogue/policy.ts";
import { learnedPicker } from "../learning/store.ts";
import { cpr } from "./cpr.ts";
import { learned } from "./learned.ts";
import { maxEntropy } from "./max-entropy.ts";
import { popular } from "./popular.ts";

/** What a policy may read besides the dialogue: the workspace holding learned policies (`learned`). */
export interface PolicyEnv {
  readonly workspace?: string;
}

/** Policies by name, as the CLI and the server configuration spell them. */
const POLICIES: Record<string, (tuning: Readonly<Record<string, number>>, env: PolicyEnv) => Policy> = {
  "max-entropy": (t) => maxEntropy(t),
  cpr: (t) => cpr(t),
  popular: () => popular(),
  learned: (_t, env) => learned(learnedPicker(env.workspace)),
};

export const POLICY_NAMES = Object.keys(POLICIES);

export class UnknownPolicyError extends Error {}

/** A policy by name; `tuning` overrides its options (unknown keys are ignored). */
export function policyByName(name: string, tuning: Readonly<Record<string, number>> = {}, env: PolicyEnv = {}): Policy {
  const make = Object.hasOwn(POLICIES, name) ? POLICIES[name] : undefined;
  if (!make) throw new UnknownPolicyError(`unknown policy "${name}"; choose one of ${POLICY_NAMES.join(", ")}`);
  return make(tuning, env);
}
