import type { DialogueContext } from "./context.ts";
import type { DialogueState } from "./state.ts";

/** What a policy chooses; `turn()` turns it into a system act. */
export type Decision =
  | { readonly kind: "ask"; readonly attribute: number }
  | { readonly kind: "choice"; readonly type: number; readonly options: readonly number[] }
  /** Recommend; `items` is the policy's own slate, otherwise the top of the belief. */
  | { readonly kind: "recommend"; readonly items?: Int32Array };

/**
 * A conversation policy: reads the dialogue state (candidates with their beliefs, answers so
 * far, turn) and chooses the next action. It never mutates the state.
 */
export interface Policy {
  readonly name: string;
  decide(ctx: DialogueContext, state: DialogueState): Decision;
}
