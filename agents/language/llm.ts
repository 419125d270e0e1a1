import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { getLlama, LlamaChatSession, LlamaLogLevel } from "node-llama-cpp";
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel } from "node-llama-cpp";
import { ChunkQueue } from "./chunk-queue.ts";

/**
 * The one owner of node-llama-cpp: finds the model file, loads it lazily on first use, offloads to a
 * GPU when there is one and otherwise runs on the CPU with an explicit thread count, and lends chat
 * sessions from a pool of context sequences shared by all conversations. A missing or unreadable
 * file is reported once and leaves the caller on the lexicon and templates.
 */

export interface LlmConfig {
  /** GGUF file; falls back to PATHWISE_MODEL. */
  readonly modelPath?: string;
  /**
   * CPU threads per evaluation. node-llama-cpp's default counts logical cores and oversubscribes a
   * small machine badly; measured on 2 cores, 1 is fastest for generation (bench/llm.ts).
   */
  readonly threads?: number;
  /** "auto" offloads to a GPU when one is there; false forces the CPU. */
  readonly gpu?: "auto" | false;
  /** Context sequences in the pool: how many generations run at once. */
  readonly sequences?: number;
  /** Tokens per sequence; capped at what the model was trained on. */
  readonly contextSize?: number;
  /** Where the one-line warnings go (the server passes its logger). */
  readonly log?: (line: string) => void;
}

export type LlmState = "unloaded" | "loading" | "ready" | "unavailable";

export const DEFAULT_CPU_THREADS = 1;

export interface StreamOptions {
  readonly signal?: AbortSignal;
  /** Stops generation after this long; what was generated stays. */
  readonly timeoutMs?: number;
  readonly maxTokens?: number;
  readonly temperature?: number;
  readonly seed?: number;
}

/** How a stream ended. */
export type StreamEnd = "done" | "max-tokens" | "aborted" | "timeout" | "error";

/** Generated text as it comes, and how it ended. */
export interface TokenStream extends AsyncIterable<string> {
  readonly end: Promise<StreamEnd>;
  /** Stops generation early (the stream then ends as "aborted"). */
  stop(): void;
  /** Tokens generated so far. */
  tokenCount(): number;
}

/** The model path configured for this process, or null when none is. */
export function configuredModelPath(config: LlmConfig = {}): string | null {
  return config.modelPath ?? process.env.PATHWISE_MODEL ?? null;
}

/** Why a file cannot be a GGUF model, or null when its header looks right; checked before native code sees it. */
export function ggufProblem(file: string): string | null {
  if (!existsSync(file)) return "file not found";
  if (!statSync(file).isFile()) return "not a file";
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (err) {
    return (err as Error).message;
  }
  try {
    const head = Buffer.alloc(8);
    const n = readSync(fd, head, 0, 8, 0);
    if (n < 8 || head.toString("latin1", 0, 4) !== "GGUF") return "not a GGUF file";
    const version = head.readUInt32LE(4);
    if (version < 2 || version > 3) return `GGUF version ${version} is not supported`;
    return null;
  } finally {
    closeSync(fd);
  }
}

interface Loaded {
  readonly llama: Llama;
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  readonly onGpu: boolean;
  readonly threads: number;
}

export class LanguageModel {
  readonly path: string | null;
  private readonly config: LlmConfig;
  private loading: Promise<Loaded | null> | null = null;
  private loaded: Loaded | null = null;
  private failed = false;
  private readonly free: LlamaContextSequence[] = [];
  private readonly waiting: ((s: LlamaContextSequence) => void)[] = [];

  constructor(config: LlmConfig = {}) {
    this.config = config;
    this.path = configuredModelPath(config);
  }

  get state(): LlmState {
    if (this.loaded) return "ready";
    if (this.failed) return "unavailable";
    return this.loading ? "loading" : "unloaded";
  }

  /** Loads on first call; resolves false (after one log line) when there is no usable model. */
  async ready(): Promise<boolean> {
    if (this.loaded) return true;
    if (this.failed || this.path === null) return false;
    this.loading ??= this.load(this.path);
    return (await this.loading) !== null;
  }

  /** Where it runs, for logs and benchmarks. */
  describe(): { path: string | null; state: LlmState; gpu: boolean; threads: number; sequences: number } {
    return {
      path: this.path,
      state: this.state,
      gpu: this.loaded?.onGpu ?? false,
      threads: this.loaded?.threads ?? 0,
      sequences: this.loaded?.context.totalSequences ?? 0,
    };
  }

  get llama(): Llama {
    if (!this.loaded) throw new Error("language model is not loaded");
    return this.loaded.llama;
  }

  /**
   * Runs `fn` with a fresh chat session on a pooled sequence, waiting for one when all are busy. The
   * sequence's history is cleared afterwards, so conversations never see each other's text.
   */
  async withSession<T>(fn: (session: LlamaChatSession) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!(await this.ready())) throw new Error("language model is unavailable");
    const sequence = await this.acquire(signal);
    const session = new LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
    try {
      return await fn(session);
    } finally {
      session.dispose({ disposeSequence: false });
      await sequence.clearHistory();
      this.release(sequence);
    }
  }

  /**
   * Streams a chat reply token by token. Abort (the caller's signal or `stop()`) and the timeout end
   * the stream without an error; `end` says which happened.
   */
  stream(prompt: string, options: StreamOptions = {}): TokenStream {
    const queue = new ChunkQueue();
    let count = 0;
    const stopper = new AbortController();
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
    const halt = AbortSignal.any([stopper.signal, timeout, ...(options.signal ? [options.signal] : [])]);
    const end = this.withSession(
      (session) =>
        session.promptWithMeta(prompt, {
          maxTokens: options.maxTokens ?? 128,
          temperature: options.temperature ?? 0,
          seed: options.seed,
          signal: halt,
          stopOnAbortSignal: true,
          onTextChunk: (t) => queue.push(t),
          onToken: (tokens) => void (count += tokens.length),
        }),
      halt,
    ).then(
      (meta): StreamEnd => (meta.stopReason === "abort" ? (timeout.aborted && !stopper.signal.aborted && !options.signal?.aborted ? "timeout" : "aborted") : meta.stopReason === "maxTokens" ? "max-tokens" : "done"),
      (): StreamEnd => (halt.aborted ? (timeout.aborted && !stopper.signal.aborted && !options.signal?.aborted ? "timeout" : "aborted") : "error"),
    ).finally(() => queue.end());
    return {
      end,
      stop: () => stopper.abort(),
      tokenCount: () => count,
      [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator](),
    };
  }

  async dispose(): Promise<void> {
    const l = this.loaded;
    this.loaded = null;
    this.loading = null;
    if (l) {
      await l.context.dispose();
      await l.model.dispose();
    }
  }

  private acquire(signal?: AbortSignal): Promise<LlamaContextSequence> {
    const s = this.free.pop();
    if (s) return Promise.resolve(s);
    return new Promise((resolve, reject) => {
      const take = (seq: LlamaContextSequence) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(seq);
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(take);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal!.reason);
      };
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(take);
    });
  }

  private release(sequence: LlamaContextSequence): void {
    const next = this.waiting.shift();
    if (next) next(sequence);
    else this.free.push(sequence);
  }

  private async load(file: string): Promise<Loaded | null> {
    const say = this.config.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const problem = ggufProblem(file);
    if (problem) return this.give(say, `language model ${file}: ${problem}; using the lexicon and templates`);
    // llama.cpp's own error lines are kept and folded into our one line.
    const native: string[] = [];
    const logger = (_level: LlamaLogLevel, message: string) => void native.push(message.trim());
    try {
      const llama = await getLlama({ gpu: this.config.gpu ?? "auto", build: "never", logLevel: LlamaLogLevel.error, logger });
      const onGpu = llama.gpu !== false;
      const model = await llama.loadModel({ modelPath: file, gpuLayers: onGpu ? "auto" : 0 });
      const threads = this.config.threads ?? (onGpu ? Math.min(4, llama.cpuMathCores) : DEFAULT_CPU_THREADS);
      const sequences = this.config.sequences ?? 4;
      const contextSize = Math.min(this.config.contextSize ?? 2048, model.trainContextSize);
      const context = await model.createContext({ sequences, contextSize, threads });
      for (let i = 0; i < sequences; i++) this.free.push(context.getSequence());
      this.loaded = { llama, model, context, onGpu, threads };
      return this.loaded;
    } catch (err) {
      await new Promise((r) => setTimeout(r, 10)); // llama.cpp's log lines arrive a moment after the throw
      const detail = native.find((m) => m.includes("error loading model"))?.replace(/^.*error loading model:\s*/, "");
      const reason = (detail ?? (err instanceof Error ? err.message : String(err))).split("\n")[0];
      return this.give(say, `language model ${file}: ${reason}; using the lexicon and templates`);
    }
  }

  private give(say: (line: string) => void, line: string): null {
    this.failed = true;
    say(line);
    return null;
  }
}
