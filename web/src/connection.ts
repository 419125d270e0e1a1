import type { ClientFrame, ServerFrame } from "../../server/protocol.ts";

/** `unreachable`: the last tries could not open a socket at all (the server is down or the address is wrong). */
export type Status = "connecting" | "open" | "reconnecting" | "unreachable";

export interface ConnectionHandlers {
  frame(frame: ServerFrame): void;
  status(status: Status): void;
  /** The conversation the widget asked to resume is gone; a new one is starting. */
  newSession(): void;
  /** Frames that waited for the connection have been sent. */
  flushed(): void;
}

/** Tries in a row that never opened a socket before the server counts as unreachable. */
const UNREACHABLE_AFTER = 2;

const HEARTBEAT_MS = 25_000;
const MAX_BACKOFF_MS = 8_000;

/** Frames that move the conversation on; each is answered by the next act (or an error). */
type Advancing = Extract<ClientFrame, { type: "message" | "answer" | "critique" }>;

function advances(frame: ClientFrame): frame is Advancing {
  return frame.type === "message" || frame.type === "answer" || frame.type === "critique";
}

/**
 * One conversation over a WebSocket that survives drops (docs/protocol.md, "Resuming"): it reconnects
 * with backoff, says `hello` with the stored session id and the highest act `seq` applied, ignores
 * replayed frames it already applied, and sends again a turn the server never received.
 */
export class Connection {
  private ws: WebSocket | undefined;
  /** True once the server has answered `hello` on the current socket: only then may turns go out. */
  private ready = false;
  private queue: ClientFrame[] = [];
  /** The last turn sent and the act seq it answers, kept until a later act shows it arrived. */
  private inflight: { frame: Advancing; afterSeq: number } | undefined;
  private retry = 0;
  /** Sockets in a row that closed before a session was ready on them. */
  private failed = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private stopped = true;
  private lastSeq = 0;
  private nextId = 0;
  private sessionId: string | undefined;

  constructor(
    private readonly url: string,
    /** Who the conversations are for: a user id and the token the site's backend signed for it (docs/protocol.md). */
    private readonly user: { userId?: string; userToken?: string },
    private readonly handlers: ConnectionHandlers,
  ) {
    this.sessionId = readSession(url);
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.drop();
  }

  /** Frames sent while disconnected wait and go out, in order, once the session is back; false when it waits. */
  send(frame: ClientFrame): boolean {
    const framed = { ...frame, id: `c${++this.nextId}` };
    if (this.ready) this.transmit(framed);
    else this.queue.push(framed);
    return this.ready;
  }

  /** Drops the socket and resumes the same conversation on a new one. */
  reconnect(): void {
    clearTimeout(this.retryTimer);
    this.drop();
    this.open();
  }

  /** Forgets the conversation and starts a new one. */
  restart(): void {
    this.forget();
    this.reconnect();
  }

  private forget(): void {
    this.sessionId = undefined;
    this.lastSeq = 0;
    this.queue = [];
    this.inflight = undefined;
    writeSession(this.url, undefined);
  }

  private open(): void {
    if (this.stopped) return;
    if (!this.retry) this.handlers.status("connecting");
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.retry = this.failed = 0;
      this.handlers.status("open");
      this.hello();
      this.heartbeat = setInterval(() => this.ready && this.transmit({ type: "ping" }), HEARTBEAT_MS);
    };
    ws.onmessage = (event) => {
      const frame = parseFrame(event.data);
      if (frame) this.receive(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      if (!this.ready) this.failed++;
      this.drop();
      this.scheduleRetry();
    };
  }

  private hello(): void {
    const hello: ClientFrame = { type: "hello" };
    if (this.sessionId) Object.assign(hello, { sessionId: this.sessionId, lastSeq: this.lastSeq });
    if (this.user.userId) Object.assign(hello, { userId: this.user.userId });
    if (this.user.userToken) Object.assign(hello, { userToken: this.user.userToken });
    this.ws?.send(JSON.stringify(hello));
  }

  private transmit(frame: ClientFrame): void {
    if (advances(frame)) this.inflight = { frame, afterSeq: this.lastSeq };
    this.ws?.send(JSON.stringify(frame));
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case "session": {
        if (this.sessionId && frame.sessionId !== this.sessionId) {
          this.lastSeq = 0;
          this.handlers.newSession();
        }
        this.sessionId = frame.sessionId;
        writeSession(this.url, frame.sessionId);
        // A turn sent just before a drop is lost unless the server has an act after the one it answered.
        const resend = this.inflight && (frame.lastSeq ?? 0) <= this.inflight.afterSeq ? [this.inflight.frame] : [];
        this.inflight = undefined;
        this.ready = true;
        const waited = this.queue.splice(0);
        for (const queued of [...resend, ...waited]) this.transmit(queued);
        if (waited.length > 0) this.handlers.flushed();
        break;
      }
      case "error":
        if (frame.code === "unknown_session" && !this.ready) {
          this.forget();
          this.handlers.newSession();
          this.hello();
          return;
        }
        if (frame.re && frame.re === this.inflight?.frame.id) this.inflight = undefined;
        break;
      case "explanation":
        // An aside answering the frame in flight: no act follows it, so that frame is answered.
        if (frame.re && frame.re === this.inflight?.frame.id) this.inflight = undefined;
        break;
      case "token":
      case "done":
        if (frame.seq !== undefined && frame.seq < this.lastSeq) return;
        if (frame.type === "token" && frame.seq === this.lastSeq) return;
        break;
      default:
        // Any other frame with a seq is an act, whatever its type. A replay after a reconnect
        // repeats acts this widget may already have rendered.
        if (!("seq" in frame) || typeof frame.seq !== "number") break;
        if (frame.seq <= this.lastSeq) return;
        this.lastSeq = frame.seq;
        if (this.inflight && this.lastSeq > this.inflight.afterSeq) this.inflight = undefined;
        break;
    }
    this.handlers.frame(frame);
  }

  private drop(): void {
    clearInterval(this.heartbeat);
    this.ready = false;
    const ws = this.ws;
    this.ws = undefined;
    if (!ws) return;
    ws.onmessage = ws.onclose = null;
    // Closing a socket that is still connecting makes browsers log an error, so let it open first.
    if (ws.readyState === WebSocket.CONNECTING) ws.onopen = () => ws.close(1000, "client closed");
    else {
      ws.onopen = null;
      ws.close(1000, "client closed");
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    const delay = Math.min(MAX_BACKOFF_MS, 400 * 2 ** this.retry) * (0.75 + Math.random() / 2);
    this.retry++;
    this.handlers.status(this.failed >= UNREACHABLE_AFTER ? "unreachable" : "reconnecting");
    this.retryTimer = setTimeout(() => this.open(), delay);
  }
}

/** The session id lives per tab, so a reload resumes the conversation and a new tab starts its own. */
function storageKey(url: string): string {
  return `pathwise-session:${url}`;
}

function readSession(url: string): string | undefined {
  try {
    return sessionStorage.getItem(storageKey(url)) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSession(url: string, sessionId: string | undefined): void {
  try {
    if (sessionId) sessionStorage.setItem(storageKey(url), sessionId);
    else sessionStorage.removeItem(storageKey(url));
  } catch {
    // storage can be disabled (private mode, sandboxed frames); resuming then only works within the page
  }
}

/** Parses one frame; anything that is not an object with a string `type` is dropped rather than trusted. */
function parseFrame(data: unknown): ServerFrame | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const frame: unknown = JSON.parse(data);
    if (frame && typeof frame === "object" && typeof (frame as { type?: unknown }).type === "string") return frame as ServerFrame;
  } catch {
    // a malformed frame is ignored: the next good one still renders
  }
  return undefined;
}
