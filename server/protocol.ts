/**
 * The wire vocabulary shared by REST and the WebSocket chat (`docs/protocol.md` documents it).
 * Acts are what the conversation engine says; frames wrap them with a sequence number. Every
 * inbound shape is a strict zod schema: unknown fields are refused rather than ignored.
 */
import { z } from "zod";

export const PROTOCOL_VERSION = 1;

const Id = z.number().int().nonnegative().max(2 ** 31 - 1);
const ClientRef = z.string().max(64).optional();
const Attributes = z.array(Id).max(64);
const Items = z.array(Id).max(64);

export const AttributeRef = z.object({ id: Id, name: z.string(), type: z.string() });
export type AttributeRef = z.infer<typeof AttributeRef>;

/** One step of the graph walk that led to an item, from the user's side to the item. */
export const PathStep = z.object({
  /** similar-items: `id` and `name` are an item the user said they liked, which this one resembles (or shares the relation's attribute with). */
  kind: z.enum(["user", "attribute", "item", "similar-items"]),
  id: z.number().int().nullable(),
  name: z.string(),
  /** How this step links to the previous one, e.g. "you said yes to", "also liked by". */
  relation: z.string(),
});
export type PathStep = z.infer<typeof PathStep>;

export const ItemCard = z.object({
  id: Id,
  key: z.string(),
  title: z.string(),
  attributes: z.array(AttributeRef),
  justification: z.string(),
  path: z.array(PathStep),
});
export type ItemCard = z.infer<typeof ItemCard>;

// ---- system acts (what the engine says) ----

/**
 * What the engine took from the user's free-text message, so a client can show it back as removable chips:
 * removing an accepted attribute is a `critique` "less", a rejected one "more".
 */
export const Understood = z.object({
  accepted: z.array(AttributeRef),
  rejected: z.array(AttributeRef),
  items: z.array(z.object({ id: Id, title: z.string(), opinion: z.enum(["liked", "disliked", "mentioned"]) })),
});
export type Understood = z.infer<typeof Understood>;

export const QuestionAct = z.object({
  type: z.literal("question"),
  questionId: z.string(),
  /** open: free text or any attribute ids; yesno: one attribute; choice: up to 4 options of one type. */
  kind: z.enum(["open", "yesno", "choice"]),
  attribute: AttributeRef.optional(),
  attributeType: z.string().optional(),
  options: z.array(AttributeRef).optional(),
  text: z.string(),
  /** On the reply to a free-text message: what it was understood to say. */
  understood: Understood.optional(),
});

export const RecommendationsAct = z.object({
  type: z.literal("recommendations"),
  questionId: z.string(),
  items: z.array(ItemCard),
  text: z.string(),
  understood: Understood.optional(),
});

export const EndAct = z.object({
  type: z.literal("end"),
  reason: z.enum(["accepted", "exhausted", "left"]),
  /** The item taken, when `reason` is "accepted". */
  itemId: Id.optional(),
  text: z.string(),
  understood: Understood.optional(),
});

export const SystemAct = z.discriminatedUnion("type", [QuestionAct, RecommendationsAct, EndAct]);
export type SystemAct = z.infer<typeof SystemAct>;

/**
 * Why an item of the latest slate was picked ("why the second one?"): its card's path and that path in
 * words. An aside, not a turn: it has no `seq` of its own and leaves the slate (`questionId`) answerable.
 */
export const ExplanationAct = z.object({
  type: z.literal("explanation"),
  /** The slate it is about. */
  questionId: z.string(),
  itemId: Id,
  text: z.string(),
  path: z.array(PathStep),
});
export type ExplanationAct = z.infer<typeof ExplanationAct>;

/** What a client act is answered with: the next act, or an explanation beside the latest one. */
export const ReplyAct = z.discriminatedUnion("type", [QuestionAct, RecommendationsAct, EndAct, ExplanationAct]);
export type ReplyAct = z.infer<typeof ReplyAct>;
export type QuestionAct = z.infer<typeof QuestionAct>;
export type RecommendationsAct = z.infer<typeof RecommendationsAct>;

// ---- client acts (shared by REST bodies and WebSocket frames) ----

export const MessageAct = z.strictObject({ type: z.literal("message"), text: z.string().min(1).max(2000), id: ClientRef });
export const AnswerAct = z.strictObject({
  type: z.literal("answer"),
  questionId: z.string().min(1).max(32),
  accept: Attributes,
  reject: Attributes,
  /** Items the user names as liked or disliked (e.g. picked from search), on a question. */
  liked: Items.optional(),
  disliked: Items.optional(),
  id: ClientRef,
});
export const CritiqueAct = z.strictObject({
  type: z.literal("critique"),
  /** The card criticised; absent: the conversation's own attribute (an `understood` chip removed). */
  itemId: Id.optional(),
  attributeId: Id,
  direction: z.enum(["less", "more"]),
  id: ClientRef,
});
export const ClientAct = z.discriminatedUnion("type", [MessageAct, AnswerAct, CritiqueAct]);
export type ClientAct = z.infer<typeof ClientAct>;

export const FeedbackBody = z.strictObject({ itemId: Id, liked: z.boolean() });

// ---- WebSocket client frames ----

export const HelloFrame = z.strictObject({
  type: z.literal("hello"),
  sessionId: z.string().min(1).max(64).optional(),
  userId: z.string().min(1).max(128).optional(),
  /** Proves `userId` (server/identity.ts); without a token or an API key a userId is not used. */
  userToken: z.string().min(1).max(1024).optional(),
  /** The highest `seq` the client has seen; acts after it are replayed on resume. */
  lastSeq: z.number().int().nonnegative().optional(),
  id: ClientRef,
});
export const FeedbackFrame = z.strictObject({ type: z.literal("feedback"), itemId: Id, liked: z.boolean(), id: ClientRef });
export const PingFrame = z.strictObject({ type: z.literal("ping"), id: ClientRef });

export const ClientFrame = z.discriminatedUnion("type", [HelloFrame, MessageAct, AnswerAct, CritiqueAct, FeedbackFrame, PingFrame]);
export type ClientFrame = z.infer<typeof ClientFrame>;

// ---- WebSocket server frames (web/ imports these types; the server's sends are checked against them) ----

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
/** A client act as stored with its turn: the frame without its `id`. */
export type StoredClientAct = WithoutId<ClientAct>;

export interface SessionFrame {
  type: "session";
  sessionId: string;
  protocol: typeof PROTOCOL_VERSION;
  resumed: boolean;
  lastSeq: number;
  /** The proven user the session belongs to; null: anonymous (docs/protocol.md, Identity). */
  userId: string | null;
  identity: "proven" | "anonymous";
  status: "open" | "ended";
  /** The latest like or dislike per item in this session, oldest first. */
  feedback: { itemId: number; liked: boolean }[];
}

/** A system act on the wire; a replayed one carries the client act that produced it (null for the opening). */
export type ActFrame = SystemAct & { seq: number; replay?: true; clientAct?: StoredClientAct | null };

/** An explanation on the wire: `re` when it answers a frame now, `replay` and `clientAct` when a resume replays it. */
export type ExplanationFrame = ExplanationAct & { re?: string; replay?: true; clientAct?: StoredClientAct };

export type ServerFrame =
  | SessionFrame
  | ActFrame
  | ExplanationFrame
  | { type: "token"; seq: number; text: string }
  | { type: "done"; seq: number; re?: string }
  | { type: "ack"; of: "feedback"; re?: string }
  | { type: "pong"; time: number; re?: string }
  /** `retryAfter`: seconds until the address budget allows the refused frame. */
  | { type: "error"; code: ErrorCode; message: string; re?: string; retryAfter?: number };

// ---- errors ----

export const ERROR_CODES = [
  "bad_json",
  "bad_frame",
  "bad_request",
  "too_large",
  "rate_limited",
  "no_session",
  "unknown_session",
  "session_ended",
  "stale_question",
  "unknown_item",
  "unknown_attribute",
  "not_understood",
  "invalid_answer",
  "unauthorized",
  "unknown_host",
  "too_many_connections",
  "not_found",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure the client caused or can act on; its message is safe to show (never a stack trace). */
export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const ErrorBody = z.object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) });
