/**
 * One chat WebSocket connection: size and rate limits, parsing and validation of client frames,
 * the address budget, in-order handling through the shared sessions, proven identity, streamed
 * replies, resume with replay, back-pressure and the abuse cut-off. Every refused frame is answered
 * by an `error` frame.
 */
import type { Socket } from "node:net";
import type { WebSocket, RawData } from "ws";
import type { Logger } from "pino";
import { TokenBucket } from "../rate-limit.ts";
import { ClientFrame, ProtocolError, PROTOCOL_VERSION, type ErrorCode, type ServerFrame, type SessionFrame } from "../protocol.ts";
import type { Live, Sessions, StoredAct } from "../sessions/sessions.ts";
import type { Metrics } from "../metrics.ts";
import { frameCost, type AddressBudget } from "../budget.ts";
import { resolveIdentity, type IdentityPolicy } from "../identity.ts";

export interface ConnectionLimits extends IdentityPolicy {
  maxFrameBytes: number;
  wsRate: number;
  wsBurst: number;
  wsAbuseLimit: number;
  wsRequireToken: boolean;
}

/** Who is on the other end: the address whose budget the frames spend, and whether the upgrade carried an API key. */
export interface Peer {
  budget: AddressBudget;
  address: string;
  keyed: boolean;
}

const ABUSE_WINDOW_MS = 10_000;
const PAUSE_ABOVE = 1 << 20;
const RESUME_BELOW = 256 << 10;
const CLOSE_ABOVE = 8 << 20;
const CLOSE_GRACE_MS = 5000;
/** Errors a well-behaved client can run into; they do not count towards the abuse limit. */
const BENIGN: ReadonlySet<ErrorCode> = new Set(["unknown_session", "stale_question", "not_understood", "session_ended"]);

export class ChatConnection {
  alive = true;
  private live: Live | null = null;
  private tail: Promise<void> = Promise.resolve();
  private readonly bucket: TokenBucket;
  private strikes = 0;
  private strikeWindow = 0;
  private paused = false;
  private tokens = "";
  private tokenSeq = 0;
  private tokenFlush: NodeJS.Immediate | null = null;
  /** The underlying TCP socket (ws keeps it as `_socket`), corked while an act's frames are written. */
  private readonly socket: Socket | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly sessions: Sessions,
    private readonly limits: ConnectionLimits,
    private readonly peer: Peer,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {
    this.bucket = new TokenBucket(limits.wsRate, limits.wsBurst);
    this.socket = (ws as unknown as { _socket?: Socket })._socket;
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("pong", () => (this.alive = true));
    ws.on("close", () => this.adopt(null));
  }

  /** Resolves once every frame received so far has been handled. */
  drained(): Promise<void> {
    return this.tail;
  }

  private receive(data: RawData, isBinary: boolean): void {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
    if (isBinary) return this.refuse("bad_json", "binary messages are not accepted; send JSON text", undefined);
    if (size > this.limits.maxFrameBytes) return this.refuse("too_large", `frame over ${this.limits.maxFrameBytes} bytes`, undefined);
    if (!this.bucket.take()) return this.refuse("rate_limited", "too many frames; slow down", undefined);
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return this.refuse("bad_json", "not valid JSON", undefined);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return this.refuse("bad_json", "a frame is a JSON object", undefined);
    const re = refOf(raw);
    const parsed = ClientFrame.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      return this.refuse("bad_frame", `${where}${issue.message}`, re);
    }
    const frame = parsed.data;
    const cost = frameCost(frame);
    const wait = cost === 0 ? 0 : this.peer.budget.spend(this.peer.address, cost);
    if (wait > 0) return this.overBudget(wait, re);
    this.metrics.wsFrames.inc({ outcome: "accepted" });
    this.tail = this.tail.then(() => this.handle(frame).catch((err) => this.fail(err, frame.id)));
  }

  private async handle(frame: ClientFrame): Promise<void> {
    if (this.ws.readyState !== this.ws.OPEN) return;
    switch (frame.type) {
      case "ping":
        return this.send({ type: "pong", time: Date.now(), re: frame.id });
      case "hello": {
        if (this.limits.wsRequireToken && !this.peer.keyed && frame.userToken === undefined) {
          throw new ProtocolError("unauthorized", "this server needs a user token (userToken) in hello, or an API key on the connection", 401);
        }
        const who = resolveIdentity({ userId: frame.userId, userToken: frame.userToken, keyed: this.peer.keyed }, this.limits);
        return frame.sessionId ? this.resume(frame.sessionId, who.userKey, frame.lastSeq ?? 0, frame.id) : this.start(who.userKey, frame.id);
      }
      case "feedback": {
        const live = this.requireSession();
        await this.sessions.feedback(live, frame.itemId, frame.liked);
        return this.send({ type: "ack", of: "feedback", re: frame.id });
      }
      default: {
        const result = await this.sessions.act(this.requireSession(), frame, this.onToken);
        // An explanation is an aside: no seq of its own and no tokens; the `done` after it names the act it stands beside.
        if (result.act.type === "explanation") {
          this.socket?.cork();
          this.send({ ...result.act, re: frame.id });
          this.send({ type: "done", seq: result.seq, re: frame.id });
          this.socket?.uncork();
          return;
        }
        return this.emit(result as StoredAct, frame.id);
      }
    }
  }

  private async start(userKey: string | null, re: string | undefined): Promise<void> {
    // The opening's tokens wait for the `session` frame, which needs the session created first.
    const created = await this.sessions.create(userKey, this.holdToken);
    this.adopt(created.live);
    this.sendSession(created.live, false, []);
    this.emit(created, re);
  }

  /**
   * Replays the acts after `lastSeq` from the stored turn log, each with the client act that produced
   * it, after a `session` frame carrying the session's feedback: enough to redraw the conversation.
   * `user` is who the hello proved: a session of another proven user is not theirs to resume.
   */
  private async resume(id: string, user: string | null, lastSeq: number, re: string | undefined): Promise<void> {
    const live = await this.sessions.get(id);
    if (!live) throw new ProtocolError("unknown_session", `no session ${id}; send hello without sessionId to start one`);
    if (user !== null && live.userKey !== null && user !== live.userKey) throw new ProtocolError("unauthorized", "this session belongs to another user", 401);
    this.adopt(live);
    const [turns, feedback] = await Promise.all([this.sessions.turnsAfter(id, lastSeq), this.sessions.opinions(id)]);
    this.sendSession(live, true, feedback);
    for (const { seq, json, clientAct, asides } of turns) {
      this.sendRaw(withSeq(json, seq, `,"replay":true,"clientAct":${clientAct ?? "null"}`));
      this.send({ type: "done", seq, re });
      for (const aside of asides) this.sendRaw(spliced(aside.json, `,"replay":true,"clientAct":${aside.clientAct}`));
    }
  }

  /** Makes `live` this connection's session, releasing the one it leaves from the sessions' memory. */
  private adopt(live: Live | null): void {
    if (this.live === live) return;
    if (live) this.sessions.hold(live);
    if (this.live) this.sessions.release(this.live);
    this.live = live;
    // A hello that finishes after its connection closed: nothing will hold that session.
    if (live && this.ws.readyState !== this.ws.OPEN) this.adopt(null);
  }

  private sendSession(live: Live, resumed: boolean, feedback: SessionFrame["feedback"]): void {
    const identity = live.userKey === null ? "anonymous" : "proven";
    this.send({ type: "session", sessionId: live.id, protocol: PROTOCOL_VERSION, resumed, lastSeq: live.seq, userId: live.userKey, identity, status: live.status, feedback });
  }

  /** Sends the act's tokens still waiting, then the act frame, then `done`. */
  private emit(result: StoredAct, re: string | undefined): void {
    // The act's last frames leave in one write instead of one system call each.
    this.socket?.cork();
    this.flushTokens();
    this.sendRaw(withSeq(result.json, result.seq, ""));
    this.send({ type: "done", seq: result.seq, re });
    this.socket?.uncork();
  }

  /** Token pieces arriving in one tick go out as one frame; a model's pieces arrive across ticks and stream. */
  private readonly onToken = (text: string, seq: number): void => {
    this.holdToken(text, seq);
    this.tokenFlush ??= setImmediate(() => this.flushTokens());
  };

  /** Keeps token pieces until the next flush. */
  private readonly holdToken = (text: string, seq: number): void => {
    this.tokens += text;
    this.tokenSeq = seq;
  };

  private flushTokens(): void {
    if (this.tokenFlush) clearImmediate(this.tokenFlush);
    this.tokenFlush = null;
    if (this.tokens === "") return;
    this.send({ type: "token", seq: this.tokenSeq, text: this.tokens });
    this.tokens = "";
  }

  private requireSession(): Live {
    if (!this.live) throw new ProtocolError("no_session", "send hello first to start or resume a session");
    return this.live;
  }

  private fail(err: unknown, re: string | undefined): void {
    if (err instanceof ProtocolError) {
      if (BENIGN.has(err.code)) this.sendError(err.code, err.message, re);
      else this.refuse(err.code, err.message, re);
      return;
    }
    this.log.error({ err }, "chat frame failed");
    this.sendError("internal", "internal error; the act was not applied, retrying is safe", re);
  }

  /** Answers a refused frame; it counts towards the abuse limit and is charged to the address budget. */
  private refuse(code: ErrorCode, message: string, re: string | undefined): void {
    this.peer.budget.refused(this.peer.address);
    this.sendError(code, message, re);
    this.strike(code);
  }

  /** Answers a frame the address budget refused (the budget charged the refusal itself). */
  private overBudget(wait: number, re: string | undefined): void {
    const seconds = +wait.toFixed(1);
    this.send({ type: "error", code: "rate_limited", message: `this address is over its budget; retry in ${seconds} s`, re, retryAfter: seconds });
    this.strike("rate_limited");
  }

  private strike(code: ErrorCode): void {
    this.metrics.wsFrames.inc({ outcome: code });
    const now = performance.now();
    if (now - this.strikeWindow > ABUSE_WINDOW_MS) {
      this.strikeWindow = now;
      this.strikes = 0;
    }
    if (++this.strikes > this.limits.wsAbuseLimit) this.ws.close(1008, "abuse: too many invalid or rate-limited frames");
  }

  private sendError(code: ErrorCode, message: string, re: string | undefined): void {
    this.send({ type: "error", code, message, re });
  }

  private send(frame: ServerFrame): void {
    this.sendRaw(JSON.stringify(frame));
  }

  private sendRaw(data: string): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    const buffered = this.ws.bufferedAmount;
    if (buffered > CLOSE_ABOVE) {
      this.metrics.wsBackpressure.inc({ action: "close" });
      this.ws.close(1013, "client too slow");
      // Read again so the closing handshake can complete; a client that never reads is cut off.
      if (this.paused) this.ws.resume();
      setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS).unref();
      return;
    }
    if (buffered > PAUSE_ABOVE && !this.paused) {
      this.paused = true;
      this.metrics.wsBackpressure.inc({ action: "pause" });
      this.ws.pause();
      this.ws.send(data, () => this.waitForDrain());
      return;
    }
    this.ws.send(data);
  }

  private waitForDrain(): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > RESUME_BELOW) {
      setTimeout(() => this.waitForDrain(), 20).unref();
      return;
    }
    this.paused = false;
    this.metrics.wsBackpressure.inc({ action: "resume" });
    this.ws.resume();
  }
}

/** An act's stored JSON as an act frame: `seq` (and `extra` fields, as JSON) spliced in after its `type`, no re-serialising. */
function withSeq(json: string, seq: number, extra: string): string {
  return spliced(json, `,"seq":${seq}${extra}`);
}

/** A stored act's JSON with `fields` (as JSON, each after a comma) spliced in after its `type`. */
function spliced(json: string, fields: string): string {
  const cut = json.indexOf(",");
  return `${json.slice(0, cut)}${fields}${json.slice(cut)}`;
}

function refOf(raw: object): string | undefined {
  const id = (raw as { id?: unknown }).id;
  return typeof id === "string" && id.length <= 64 ? id : undefined;
}
