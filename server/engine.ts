/**
 * The conversation engine: the one object REST and WebSocket both drive. It opens a session,
 * turns a client act into a dialogue input (language understanding for free text), applies that
 * input to the dialogue state to get the next system act, and narrates an act as a token stream.
 *
 * `apply` is synchronous and deterministic given the session seed, so a session is rebuilt after a
 * restart by replaying its stored inputs; inputs are plain JSON for that reason.
 */
import type { Logger } from "pino";
import type { Graph } from "../graph/types.ts";
import type { UserAct } from "../agents/dialogue/acts.ts";
import { createContext, type DialogueConfig, type DialogueContext, type ItemNeighbours } from "../agents/dialogue/context.ts";
import { askedFor, newDialogue, type DialogueState } from "../agents/dialogue/state.ts";
import { rankNow, turn } from "../agents/dialogue/turn.ts";
import { defaultNeighbourSource, openItemNeighbours, type NeighbourSource } from "../agents/ranking/item-neighbours.ts";
import { loadDialogueLog, type DialogueLog } from "../agents/ranking/dialogue-log.ts";
import { policyByName } from "../agents/policies/index.ts";
import { Lexicon } from "../agents/language/lexicon.ts";
import { LanguageModel } from "../agents/language/llm.ts";
import { Understanding } from "../agents/language/understand.ts";
import { catalogSeriesInSlices, type SeriesIndex } from "../agents/language/series.ts";
import type { TurnContext } from "../agents/language/act.ts";
import { Catalog } from "./catalog.ts";
import type { ModelsFor, ServingModels } from "./models.ts";
import { interpret, isConversationMove, type DialogueMove, type Move } from "./interpret.ts";
import { Presenter, phrasingSeed } from "./present.ts";
import { Utterances, justificationFacts } from "./utterances.ts";
import { Templates } from "../agents/language/templates.ts";
import { justify } from "../agents/language/justify.ts";
import { ProtocolError, type ClientAct, type ItemCard, type RecommendationsAct, type SystemAct } from "./protocol.ts";
import { explain } from "../agents/dialogue/slate.ts";

export type DialogueInput = unknown;

export interface Engine<S = unknown> {
  readonly catalog: Catalog;
  readonly policy: string;
  readonly language: string;
  /** The dialogue settings sessions run with (reported by /healthz, checked by evaluation clients). */
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  /** A new session's state and opening act. */
  open(userKey: string | null, seed: number): { state: S; act: SystemAct };
  /**
   * What a client act means, given the latest act: a dialogue input, or a move about the conversation itself
   * (why, start over, go back) for the sessions layer; throws ProtocolError when unusable. `focus`: the card of
   * the latest slate last explained ("ok I'll take it" then takes that one).
   */
  understand(state: S, latest: SystemAct, act: ClientAct, focus?: number): Promise<Move>;
  /** Applies an input to the state (in place) and returns the next act; `fromText`: it says back what it understood. */
  apply(state: S, input: DialogueInput, fromText?: boolean): SystemAct;
  /**
   * A state rebuilt from the opening with `inputs` applied, and its latest act asked again as act `seq`, its
   * text first saying why it comes again: "start over" (no inputs) or "go back" (all but the withdrawn one).
   * Deterministic like `apply`, so the rebuilt state is the one those inputs first left.
   */
  rewind(userKey: string | null, seed: number, inputs: readonly DialogueInput[], seq: number, why: "restart" | "undo"): { state: S; act: SystemAct };
  /** The best `k` items for the conversation so far (named items left out), without taking a turn. */
  rank(state: S, k: number): Int32Array;
  /** One-shot dialog-based search: a text read as a conversation's opening, the best `k` items as cards. */
  search(text: string, userKey: string | null, k: number): Promise<{ items: ItemCard[]; text: string }>;
  /**
   * The utterance of an act as a stream of text pieces; their concatenation becomes the act's `text`.
   * It reads the state the act left, so it is called and read before the state takes another input.
   */
  narrate(state: S, act: SystemAct): AsyncIterable<string>;
  close(): Promise<void>;
}

export interface EngineOptions {
  graph: Graph;
  workspace: string;
  policy: string;
  dialogue: Pick<DialogueConfig, "questions" | "assumedNoise" | "likeEdges"> & Partial<DialogueConfig>;
  /** The preference model and sequence prior of a session, by its seed (server/models.ts: swapped in as they finish training). */
  models: ModelsFor;
  /** The sequence model's configured weight (reported in `settings`; it applies once that model is ready). */
  seqWeight: number;
  /** Item vectors the similarity index for named items is built from; absent: `defaultNeighbourSource`, null: none. */
  neighbours?: NeighbourSource | null;
  /** Conversation logs to learn from; absent: the workspace's (`pathwise import --dialogues`), null: none. */
  dialogueLog?: DialogueLog | null;
  language: "template" | "llm";
  model?: string;
  log: Logger;
}

/** Per-session engine state: the dialogue state, the latest act's sequence number, the session seed. */
export interface EngineState {
  readonly dialogue: DialogueState;
  readonly seed: number;
  seq: number;
  /** The input that produced the latest act (its text acknowledges a critique). */
  input: UserAct | null;
  /** That input was read from free text. */
  fromText: boolean;
  /** The turn's context over the models this session opened with. */
  readonly context: DialogueContext;
  /** The last slate shown, still on screen after a question came: "the second one" may take one, "why the second one?" explains it. */
  slate: RecommendationsAct | null;
}

const NO_ITEMS = new Int32Array(0);

const NOUN = { movielens: "film", "lastfm-star": "artist", catalog: "item" } as const;

/** The engine over the agents: the dialogue turn with a named policy, the preference model, the language layer. */
export function createEngine(o: EngineOptions): Engine<EngineState> {
  const { graph, log } = o;
  const catalog = new Catalog(graph);
  const policy = policyByName(o.policy, {}, { workspace: o.workspace });
  const dialogueLog = o.dialogueLog === undefined ? loadDialogueLog(o.workspace, graph) : o.dialogueLog;
  // One context per set of models: sessions opened before a swap keep theirs. The similarity index is
  // opened with them, since it may be built from a model that was still training.
  const contexts = new WeakMap<ServingModels, DialogueContext>();
  let source: NeighbourSource | null = null;
  // Read beside serving, a slice of titles at a time (a million take seconds); no lift until it is done. A catalog of
  // one slice (MovieLens-small) is ready before the first request.
  let seriesIndex: SeriesIndex | null = null;
  const series: ItemNeighbours = { neighbours: (item, k) => seriesIndex?.neighbours(item, k) ?? NO_ITEMS };
  catalogSeriesInSlices(graph).then(
    (index) => (seriesIndex = index),
    (err: unknown) => log.error({ err }, "reading the catalog's series failed; films named lift no series"),
  );
  const contextOf = (m: ServingModels): DialogueContext => {
    let ctx = contexts.get(m);
    if (!ctx) {
      source = o.neighbours === undefined ? defaultNeighbourSource(o.workspace, graph) : o.neighbours;
      const neighbours = source ? openItemNeighbours(o.workspace, graph, source) : null;
      contexts.set(m, (ctx = createContext(graph, m.preference, policy, o.dialogue, { neighbours, session: m.sequencePrior, log: dialogueLog, series })));
    }
    return ctx;
  };
  const lexicon = new Lexicon(graph);
  const templates = new Templates({ ...graph, noun: NOUN[graph.manifest.format] });
  const llm = o.language === "llm" ? new LanguageModel({ modelPath: o.model, log: (line) => log.warn(line) }) : null;
  const understanding = new Understanding(lexicon, llm);
  const present = new Presenter(catalog, new Utterances(graph, templates));
  const parts = { lexicon, templates, model: llm };

  /** One dialogue turn on the state, presented as act number `state.seq + 1`; `fromText`: it says back what it understood. */
  const advance = (state: EngineState, userAct: UserAct, fromText: boolean): SystemAct => {
    const act = turn(state.context, state.dialogue, userAct);
    state.seq++;
    state.input = userAct;
    state.fromText = fromText;
    const shown = present.act(act, { seq: state.seq, seed: state.seed, accepted: askedFor(state.dialogue), input: userAct, critiqued: state.dialogue.critiqued, echo: fromText });
    if (shown.type === "recommendations") state.slate = shown;
    return shown;
  };

  return {
    catalog,
    policy: policy.name,
    language: o.language,
    settings: { policy: policy.name, ...o.dialogue, seqWeight: o.seqWeight, dialogueLog: dialogueLog ? "yes" : "no" },
    open(userKey, seed) {
      const user = catalog.userId(userKey);
      const models = o.models(seed);
      const dialogue = newDialogue(graph.nAttributes, user, models.sequencePrior?.for(user) ?? null);
      return { state: { dialogue, seed, seq: 1, input: null, fromText: false, context: contextOf(models), slate: null }, act: present.opening(1, seed) };
    },
    async understand(state, latest, act, focus) {
      const read = (text: string, context: TurnContext) => understanding.understand(text, context);
      const slate = state.slate;
      const ids = slate?.items.map((card) => card.id) ?? [];
      // Under a question, the slate still on screen and a card of it just explained ("what's 5 about?"): "is it
      // scary?" asks about that card, not for horror.
      const focused = focus !== undefined && ids.includes(focus) ? focus : undefined;
      // The message read against that slate, at most once a turn (both paths below may ask for it).
      let onSlate: Promise<Move | null> | null = null;
      const readOnSlate = (s: RecommendationsAct) => (onSlate ??= interpret(catalog, s, act, read, focused).catch(() => null));
      if (focused !== undefined && slate !== null && latest.type === "question" && act.type === "message") {
        const asked = await readOnSlate(slate);
        if (asked?.kind === "explain" && asked.about !== undefined) return { ...asked, slate };
      }
      try {
        return await interpret(catalog, latest, act, read, focus);
      } catch (err) {
        // "the second one" to a question asked after a slate: that slate is still on screen, and taking a card of it
        // ends the conversation there; "more like that first one" likes it; "why the second one?" explains it; "are
        // there any others? not feeling these" turns it down. Anything else it might mean stays refused as the
        // question's reply.
        if (!(err instanceof ProtocolError) || err.code !== "not_understood" || act.type !== "message" || latest.type !== "question" || slate === null) throw err;
        const earlier = await readOnSlate(slate);
        if (earlier?.kind === "accept-item") return earlier;
        if (earlier?.kind === "inform-items" && earlier.liked.some((i) => ids.includes(i))) return earlier;
        if (earlier?.kind === "reject-slate") return earlier;
        // A bare "why?" asks about the question; a card must be pointed at.
        if (earlier?.kind === "explain" && (await read(act.text, { shown: ids })).ordinal !== undefined) return { ...earlier, slate };
        throw err;
      }
    },
    rank(state, k) {
      return rankNow(state.context, state.dialogue, k);
    },
    async search(text, userKey, k) {
      const opening = present.opening(1, 0);
      const { state } = this.open(userKey, 0);
      const input = await this.understand(state, opening, { type: "message", text });
      if (isConversationMove(input)) throw new ProtocolError("not_understood", "Say what you are looking for; a search has nothing to go back to or explain.");
      const ctx = state.context;
      turn(ctx, state.dialogue, input as UserAct);
      const d = state.dialogue;
      const items = Array.from(rankNow(ctx, d, k), (item) => ({ item, probability: 0, facts: explain(ctx, d, item) }));
      return { items: present.cards(items, askedFor(d), 0), text: present.echo(present.understood(input as UserAct)) };
    },
    apply(state, input, fromText = false) {
      const act = advance(state, input as DialogueMove, fromText);
      const skipped = (input as DialogueMove).skipped;
      return skipped?.length ? { ...act, text: `${act.text} ${present.say.skipped(skipped)}` } : act;
    },
    rewind(userKey, seed, inputs, seq, why) {
      const { state } = this.open(userKey, seed);
      state.seq = seq - inputs.length;
      let act = present.opening(seq, seed);
      // The act comes again without what first acknowledged the input that led to it (its echo, "OK, I won't ask
      // about that again").
      for (const input of inputs) act = advance(state, input as DialogueMove, false);
      const last = state.dialogue.last;
      if (inputs.length > 0 && last) act = present.act(last, { seq: state.seq, seed: state.seed, accepted: askedFor(state.dialogue), input: null, critiqued: null });
      return { state, act: { ...act, text: `${present.say.rewound(why, phrasingSeed(seed, seq))} ${act.text}` } };
    },
    async *narrate(state, act) {
      const last = state.dialogue.last;
      // Template text is complete already (a slate's is its intro; each card carries its own reason): one
      // piece, one `token` frame. So is it when the model could not be loaded.
      if (!llm || act.type !== "recommendations" || last?.kind !== "recommend" || last.items.length === 0 || !(await llm.ready())) {
        yield act.text;
        return;
      }
      // With a model: the intro, then the model's own sentence on the top item, streamed.
      const t = { seq: state.seq, seed: state.seed, accepted: askedFor(state.dialogue), input: state.input, critiqued: state.dialogue.critiqued, echo: state.fromText };
      yield* words(`${present.slateIntro(last, t)} `);
      const top = last.items[0];
      const narration = justify(parts, justificationFacts(top.item, top.facts), { seed: phrasingSeed(state.seed, state.seq) });
      yield* narration.tokens;
      // What the message skipped is said after the model's sentence too, when the act said it.
      const skipped = (state.input as DialogueMove | null)?.skipped;
      const note = skipped?.length ? present.say.skipped(skipped) : "";
      if (note && act.text.endsWith(note)) yield ` ${note}`;
    },
    async close() {
      await llm?.dispose();
    },
  };
}

/** A text as word-sized pieces with their trailing spaces. */
function* words(text: string): Generator<string> {
  let from = 0;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) {
    yield text.slice(from, i + 1);
    from = i + 1;
  }
  if (from < text.length) yield text.slice(from);
}
