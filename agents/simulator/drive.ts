import type { SystemAct, UserAct } from "../dialogue/acts.ts";
import type { EpisodeResult } from "./user.ts";

/** One conversation with a system, however it is reached (in-process engine, WebSocket client). */
export interface Conversation {
  send(act: UserAct): SystemAct;
}

export interface AsyncConversation {
  send(act: UserAct): Promise<SystemAct>;
}

type User = Generator<UserAct, EpisodeResult, SystemAct>;

/** Plays a simulated user against a synchronous conversation until the episode ends. */
export function drive(user: User, conversation: Conversation): EpisodeResult {
  let step = user.next(undefined as unknown as SystemAct);
  while (!step.done) step = user.next(conversation.send(step.value));
  return step.value;
}

/** The same against a conversation that answers asynchronously (a remote server). */
export async function driveAsync(user: User, conversation: AsyncConversation): Promise<EpisodeResult> {
  let step = user.next(undefined as unknown as SystemAct);
  while (!step.done) step = user.next(await conversation.send(step.value));
  return step.value;
}
