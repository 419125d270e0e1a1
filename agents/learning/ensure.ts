import type { Graph } from "../../graph/types.ts";
import { learnedFile, loadLearned, saveLearned } from "./store.ts";
import { trainPolicy, type TrainPolicyOptions, type TrainedPolicy } from "./train.ts";

/**
 * The learned policy for a question form, trained across flip rates and saved first when the
 * workspace has none usable for `noise` (neither a net for that exact rate nor the general one).
 */
export async function ensureLearned(
  g: Graph,
  options: TrainPolicyOptions & { noise?: number },
): Promise<{ trained: TrainedPolicy | null }> {
  const { workspace, questions, noise } = options;
  const exact = noise === undefined ? null : loadLearned(workspace, learnedFile(questions, noise), g);
  if (exact || loadLearned(workspace, learnedFile(questions), g)) return { trained: null };
  const trained = await trainPolicy(options);
  saveLearned(workspace, learnedFile(questions), trained.net, trained.info);
  return { trained };
}
