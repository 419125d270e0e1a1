/** A stored session, its turns and the asides said on them as the REST transcript: parsed acts, ISO 8601 times. */
import type { AsideRecord, SessionRecord, TurnRecord } from "../db/store.ts";
import type { ExplanationAct, SystemAct } from "../protocol.ts";

export interface Transcript {
  session: { id: string; userId: string | null; status: "open" | "ended"; lastSeq: number; policy: string; language: string; createdAt: string; updatedAt: string };
  turns: { seq: number; clientAct: unknown; act: SystemAct; at: string; asides: { clientAct: unknown; act: ExplanationAct; at: string }[] }[];
}

export function transcript(session: SessionRecord, turns: readonly TurnRecord[], asides: readonly AsideRecord[]): Transcript {
  return {
    session: {
      id: session.id,
      userId: session.userKey,
      status: session.status,
      lastSeq: session.lastSeq,
      policy: session.policy,
      language: session.language,
      createdAt: new Date(session.createdAt).toISOString(),
      updatedAt: new Date(session.updatedAt).toISOString(),
    },
    turns: turns.map((t) => ({
      seq: t.seq,
      clientAct: t.clientAct === null ? null : JSON.parse(t.clientAct),
      act: JSON.parse(t.systemAct) as SystemAct,
      at: new Date(t.createdAt).toISOString(),
      asides: asides
        .filter((a) => a.seq === t.seq)
        .map((a) => ({ clientAct: JSON.parse(a.clientAct), act: JSON.parse(a.systemAct) as ExplanationAct, at: new Date(a.createdAt).toISOString() })),
    })),
  };
}
