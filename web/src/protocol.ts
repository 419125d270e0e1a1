/** The chat protocol as the widget sees it (docs/protocol.md); the widget knows nothing else of the server. */

/** Items and attributes are dense integer ids; question ids are opaque strings. */
export type Id = number;

export interface Named {
  id: Id;
  name: string;
  type?: string;
}

/** One step of the graph walk that led to an item; `relation` links it to the step before. */
export interface PathStep {
  kind: string;
  id: Id | null;
  name: string;
  relation?: string;
}

export interface RecommendedItem {
  id: Id;
  title: string;
  attributes: Named[];
  justification: string;
  path: PathStep[];
}

/** Act frames carry `seq`; after a reconnect they may come again with `replay: true` and no tokens. */
export type ServerFrame =
  | {
      type: "session";
      sessionId: string;
      resumed: boolean;
      lastSeq: number;
      /** The proven user, or null: the conversation is anonymous. */
      userId: string | null;
      identity: "proven" | "anonymous";
      status: "open" | "ended";
    }
  | {
      type: "question";
      seq: number;
      questionId: string;
      /** open: answered by typing; yesno: one attribute; choice: any subset of `options`. */
      kind: "open" | "yesno" | "choice";
      attribute?: Named;
      attributeType?: string;
      options?: Named[];
      text: string;
      replay?: boolean;
    }
  | { type: "recommendations"; seq: number; questionId: string; items: RecommendedItem[]; text: string; replay?: boolean }
  | { type: "end"; seq: number; reason: "accepted" | "exhausted" | "left"; text: string; replay?: boolean }
  | { type: "token"; seq: number; text: string }
  | { type: "done"; seq: number; re?: string }
  | { type: "ack"; of: string; re?: string }
  | { type: "pong"; time: number; re?: string }
  | { type: "error"; code: string; message: string; re?: string };

export type ClientFrame = { id?: string } & (
  | { type: "hello"; sessionId?: string; userId?: string; userToken?: string; lastSeq?: number }
  | { type: "message"; text: string }
  | { type: "answer"; questionId: string; accept: Id[]; reject: Id[] }
  | { type: "critique"; itemId: Id; attributeId: Id; direction: "less" | "more" }
  | { type: "feedback"; itemId: Id; liked: boolean }
  | { type: "ping" }
);

/** Parses one frame; anything that is not an object with a string `type` is dropped rather than trusted. */
export function parseFrame(data: unknown): ServerFrame | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const frame: unknown = JSON.parse(data);
    if (frame && typeof frame === "object" && typeof (frame as { type?: unknown }).type === "string") {
      return frame as ServerFrame;
    }
  } catch {
    // a malformed frame is ignored: the next good one still renders
  }
  return undefined;
}
