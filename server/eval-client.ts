/**
 * Evaluation through the chat protocol: the simulated users of `pathwise eval` talk to a running
 * server over WebSocket instead of to the engine in-process, episode for episode with the same
 * seeded streams, so a deployment is measured end to end with the same metrics.
 */
import WebSocket from "ws";
import { loadGraph } from "../graph/workspace.ts";
import type { Graph } from "../graph/types.ts";
import type { SystemAct as DialogueAct, UserAct } from "../agents/dialogue/acts.ts";
import { DEFAULT_CONFIG } from "../agents/dialogue/context.ts";
import { Random } from "../agents/random.ts";
import { driveAsync, type AsyncConversation } from "../agents/simulator/drive.ts";
import { simulatedUser } from "../agents/simulator/user.ts";
import { evalPairs, splitPairs } from "../agents/eval/episodes.ts";
import { summarize } from "../agents/eval/metrics.ts";
import { EvalError, type EvalResult } from "../agents/eval/runner.ts";
import type { EvalSettings } from "../agents/eval/settings.ts";
import { catalogRecord } from "./workspace.ts";
import { signUserToken } from "./identity.ts";

export interface ServerEvalOptions {
  /** ws://HOST:PORT/v1/chat */
  readonly url: string;
  /** Conversations in flight at once, one WebSocket each. */
  readonly connections?: number;
  /** How the simulated users' ids are proven: an API key of the server, or its user-token secret. */
  readonly proof?: UserProof;
  readonly onStart?: (episodes: number) => void;
  readonly onProgress?: (n: number) => void;
}

type Frame = Record<string, any> & { type: string };

/** An API key sent on the upgrade, or the secret to sign each user's token with (server/identity.ts). */
export interface UserProof {
  apiKey?: string;
  userTokenSecret?: string;
}

export async function runServerEval(s: EvalSettings, o: ServerEvalOptions): Promise<EvalResult> {
  const g = loadGraph(s.data);
  if (splitPairs(g, s.split).user.length === 0) throw new EvalError(`split "${s.split}" is not in workspace ${s.data}`);
  const pairs = evalPairs(g, s);
  await checkServer(o.url, s, g);
  o.onStart?.(pairs.user.length);
  const started = performance.now();
  const total = pairs.user.length;
  const out = { turn: new Int8Array(total), rank: new Int8Array(total) };
  const options = { noise: s.noise, maxTurn: s.maxTurn, critique: s.critique, dontCare: s.dontCare ?? 0 };
  const n = Math.max(1, Math.min(o.connections ?? 8, total));
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      const chat = await RemoteChat.open(o.url, g, o.proof);
      try {
        for (let k = next++; k < total; k = next++) {
          await chat.start(g.userKey[pairs.user[k]]);
          const user = simulatedUser(g, pairs.item[k], Random.stream(s.seed, k), options);
          const r = await driveAsync(user, chat);
          out.turn[k] = r.success ? r.turn : 0;
          out.rank[k] = r.rank;
          o.onProgress?.(1);
        }
      } finally {
        chat.close();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...summarize(out, { maxTurn: 15, seed: s.seed }), seconds, trainSeconds: 0, workers: n, outcomes: out };
}

/** The server must serve this workspace with the dialogue settings the evaluation asks for. */
async function checkServer(url: string, s: EvalSettings, g: Graph): Promise<void> {
  const health = new URL("/healthz", url.replace(/^ws/, "http"));
  let h: { catalogId?: string; dialogue?: Record<string, unknown>; training?: string[] };
  try {
    h = (await (await fetch(health)).json()) as typeof h;
  } catch (err) {
    throw new EvalError(`cannot reach ${health.href}: ${(err as Error).message}`);
  }
  const want = catalogRecord(s.data, g).id;
  if (h.catalogId !== want) throw new EvalError(`the server serves catalog ${h.catalogId}, not the workspace ${s.data} (${want})`);
  // Sessions opened while models train run without them: that is not the system being evaluated.
  if (h.training && h.training.length > 0) throw new EvalError(`the server is still training ${h.training.join(", ")}; evaluate once /healthz says training: []`);
  const expected: Record<string, unknown> = {
    policy: s.policy,
    questions: s.multiChoice ? "choice" : "yesno",
    assumedNoise: s.assumedNoise ?? s.noise,
    likeEdges: s.likeEdges,
    seqWeight: s.seqWeight ?? 0,
    // The simulated protocol's last turn (a server for people has none by default).
    maxTurns: DEFAULT_CONFIG.maxTurns,
  };
  const wrong = Object.entries(expected).filter(([k, v]) => h.dialogue?.[k] !== v);
  if (wrong.length > 0) {
    const list = wrong.map(([k, v]) => `${k} ${JSON.stringify(h.dialogue?.[k])} (evaluation wants ${JSON.stringify(v)})`).join(", ");
    throw new EvalError(`the server runs other dialogue settings: ${list}; restart it with matching flags`);
  }
  if (s.tuning && Object.keys(s.tuning).length > 0) throw new EvalError("tuning knobs apply in-process only; evaluate a server without --tune");
}

/** One WebSocket carrying one conversation at a time, as an AsyncConversation of dialogue acts. */
export class RemoteChat implements AsyncConversation {
  private latest: Frame | null = null;
  private act: Frame | null = null;
  private pending: { resolve: (f: Frame) => void; reject: (e: Error) => void } | null = null;
  private lastSent = "";

  private constructor(
    private readonly ws: WebSocket,
    private readonly g: Graph,
    private readonly proof: UserProof,
  ) {
    ws.on("message", (data) => {
      const text = data.toString();
      // Streamed text is not needed to play the conversation: skip parsing it.
      if (!text.startsWith('{"type":"token"')) this.receive(JSON.parse(text) as Frame);
    });
    ws.on("close", (code, reason) => this.pending?.reject(new EvalError(`server closed the connection: ${code} ${reason.toString()}`)));
    ws.on("error", (err) => this.pending?.reject(new EvalError(`connection failed: ${err.message}`)));
  }

  static open(url: string, g: Graph, proof: UserProof = {}): Promise<RemoteChat> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = proof.apiKey ? { authorization: `Bearer ${proof.apiKey}` } : {};
      const ws = new WebSocket(url, { perMessageDeflate: false, headers });
      ws.once("open", () => resolve(new RemoteChat(ws, g, proof)));
      ws.once("unexpected-response", (_req, res) => reject(new EvalError(`cannot connect to ${url}: HTTP ${res.statusCode}`)));
      ws.once("error", (err) => reject(new EvalError(`cannot connect to ${url}: ${err.message}`)));
    });
  }

  /** A new session for this user; resolves once its opening act is complete. */
  async start(userKey: string): Promise<void> {
    const secret = this.proof.userTokenSecret;
    const token = secret ? { userToken: signUserToken(secret, userKey, Date.now() / 1000 + 3600) } : {};
    this.latest = await this.request({ type: "hello", userId: userKey, ...token });
  }

  async send(act: UserAct): Promise<DialogueAct> {
    this.latest = await this.request(this.frameFor(act));
    return this.toDialogue(this.latest);
  }

  close(): void {
    this.ws.close();
  }

  private request(frame: object): Promise<Frame> {
    this.lastSent = JSON.stringify(frame);
    this.act = null;
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.ws.send(this.lastSent);
    });
  }

  private receive(f: Frame): void {
    const p = this.pending;
    if (!p) return;
    switch (f.type) {
      case "done":
        this.pending = null;
        if (this.act) p.resolve(this.act);
        else p.reject(new EvalError("done without an act"));
        return;
      case "error":
        // Over the connection's rate limit or the address budget the frame was dropped: send it again once allowed.
        if (f.code === "rate_limited") setTimeout(() => this.ws.send(this.lastSent), Math.max(50, (f.retryAfter ?? 0) * 1000));
        else {
          this.pending = null;
          p.reject(new EvalError(`server error ${f.code}: ${f.message}`));
        }
        return;
      case "question":
      case "recommendations":
      case "end":
        this.act = f;
    }
  }

  private frameFor(act: UserAct): object {
    const questionId = this.latest?.questionId;
    switch (act.kind) {
      case "inform":
        return { type: "answer", questionId, accept: act.accept, reject: act.reject };
      case "inform-items":
        return { type: "answer", questionId, accept: act.accept, reject: act.reject, liked: act.liked, disliked: act.disliked };
      case "reject-slate":
        return act.critique
          ? { type: "critique", itemId: act.critique.item, attributeId: act.critique.attribute, direction: act.critique.direction }
          : { type: "answer", questionId, accept: [], reject: act.items };
      case "critique":
        return { type: "critique", itemId: act.critique.item, attributeId: act.critique.attribute, direction: act.critique.direction };
      case "accept-item":
        return { type: "answer", questionId, accept: [act.item], reject: [] };
      case "indifferent":
        return { type: "message", text: "Doesn't matter" };
      case "retract":
        return { type: "critique", attributeId: act.attribute, direction: act.said === "accepted" ? "less" : "more" };
      case "show":
        return { type: "message", text: "Just show me some" };
      case "leave":
        throw new EvalError("the protocol has no leave act; a simulated user just stops");
    }
  }

  private toDialogue(f: Frame): DialogueAct {
    switch (f.type) {
      case "question":
        if (f.kind === "yesno") return { kind: "ask", attribute: f.attribute.id };
        if (f.kind === "choice") return { kind: "choice", type: this.g.typeNames.indexOf(f.attributeType), options: f.options.map((o: { id: number }) => o.id) };
        throw new EvalError(`unexpected ${f.kind} question mid-conversation`);
      case "recommendations":
        return { kind: "recommend", items: f.items.map((i: { id: number }) => ({ item: i.id, probability: 0, facts: [] })) };
      default:
        return { kind: "end", reason: f.reason === "accepted" ? "accepted" : f.reason === "left" ? "user-left" : "max-turns" };
    }
  }
}
