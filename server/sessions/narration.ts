/**
 * Narration: an act's utterance streamed as text pieces (a model's tokens, or the template text in
 * one piece), and the act revised in the store when the narrated text differs from the text it was
 * stored with, so a resume or transcript shows what the client was told. It runs in the session's
 * queue right after the act was decided, so the state it narrates from is the act's own.
 */
import type { Engine } from "../engine.ts";
import type { Store } from "../db/store.ts";
import type { Live } from "./live.ts";
import type { StoredAct } from "./turn-log.ts";

/** Receives narrated text pieces of the act numbered `seq`. */
export type OnToken = (text: string, seq: number) => void;

export async function narrate(engine: Engine, store: Store, live: Live, result: StoredAct, onToken?: OnToken): Promise<StoredAct> {
  let text = "";
  for await (const piece of engine.narrate(live.state, result.act)) {
    text += piece;
    onToken?.(piece, result.seq);
  }
  if (text === "" || text === result.act.text) return result;
  const act = { ...result.act, text };
  const json = JSON.stringify(act);
  live.latest = act;
  await store.reviseAct(live.id, result.seq, json);
  return { seq: result.seq, act, json };
}
