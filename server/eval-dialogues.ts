/**
 * Recommendation on real conversations (ReDial layout): at every recommender message that mentions
 * movies, the catalog is ranked from the conversation before it, read as text through the engine the
 * server runs (understanding, dialogue state, belief), and every movie that message mentions is a target
 * (the KBRD/KGSF/UniCRS protocol). Nothing else of the dialogue is used: not its ids, not its
 * questionnaires. Targets map to the catalog by exact title and year (`ExactTitles`), independently of
 * the reader under test; a target mentioned earlier in the dialogue counts as a miss, since nothing
 * named is recommended back. Popularity and rating co-occurrence baselines run in the same pass on the
 * mentioned ids (their reference protocol).
 */
import type { Graph } from "../graph/types.ts";
import { ExactTitles, type RedialDialogue } from "../agents/language/redial.ts";
import type { DialogueLog } from "../agents/ranking/dialogue-log.ts";
import { Random } from "../agents/random.ts";
import type { Engine, EngineState } from "./engine.ts";
import { ProtocolError, type SystemAct } from "./protocol.ts";
import { isConversationMove, slateAct } from "./interpret.ts";
import type { UserAct } from "../agents/dialogue/acts.ts";

export const KS = [1, 10, 50] as const;
type K = (typeof KS)[number];
type Recall = Record<`r${K}`, number>;

export interface DialogueEvalResult extends Recall {
  readonly dialogues: number;
  /** Recommender messages that mention movies: the points where the catalog is ranked. */
  readonly turns: number;
  readonly targets: number;
  readonly resolvable_share: number;
  readonly resolvable: Recall;
  readonly ci95: Record<`r${K}`, readonly [number, number]>;
  readonly baselines: Record<string, Recall>;
  /** This system minus the reference mix, per dialogue pairs: [mean, lo, hi] (only with logs to learn from). */
  readonly paired_vs_reference?: Record<`r${K}`, readonly [number, number, number]>;
  readonly seconds: number;
}

export interface DialogueEvalOptions {
  /** Drop targets mentioned earlier in the dialogue (He et al. 2023) instead of counting them as misses. */
  readonly newOnly?: boolean;
  readonly seed?: number;
  readonly onDialogue?: () => void;
  /** Run the baselines too (default true). */
  readonly baselines?: boolean;
  /**
   * Read the first seeker message as the answer to the opening, so its attributes constrain. Default
   * false: a seeker's first words answer a person's greeting, and read as constraints they ranked worse
   * on the shared dialogues' folds.
   */
  readonly firstAnswersOpening?: boolean;
}

/** Dialogues evaluated with one engine; with the logs it learned from (other dialogues), for the reference mix. */
export interface DialogueGroup {
  readonly engine: Engine<EngineState>;
  readonly dialogues: readonly RedialDialogue[];
  readonly log: DialogueLog | null;
}

/** Hits per system for one dialogue: counts at each k, the unit of the bootstrap. */
interface Tally {
  targets: number;
  resolvable: number;
  hits: Record<string, number[]>;
}

const FIRST: SystemAct = { type: "question", questionId: "q1", kind: "open", text: "" };
/** Later seeker messages answer a human, not a question of ours: read as free text after a question. */
const LATER: SystemAct = { type: "question", questionId: "q2", kind: "yesno", text: "" };

/** Evaluates every group (one, or the folds of a cross-validation) and pools their dialogues. */
export async function evaluateDialogues(g: Graph, groups: readonly DialogueGroup[], o: DialogueEvalOptions = {}): Promise<DialogueEvalResult> {
  const started = performance.now();
  const titles = new ExactTitles(g.itemTitle);
  const withLogs = groups.every((x) => x.log !== null);
  const names = o.baselines === false ? [] : new Baselines(g, withLogs ? groups[0].log : null).names;
  const systems = ["pathwise", ...names];
  const tallies: Tally[] = [];
  let turns = 0;
  for (const { engine, dialogues, log } of groups) {
    const baselines = new Baselines(g, withLogs ? log : null);
    for (const [d, dialogue] of dialogues.entries()) {
      const tally = await evaluateOne(engine, titles, baselines, names, systems, dialogue, d, o);
      turns += tally.turns;
      tallies.push(tally);
      o.onDialogue?.();
    }
  }
  return summarise(tallies, systems, names, turns, o.seed ?? 7, (performance.now() - started) / 1000);
}

/** One dialogue: its recommender messages ranked against, each message then read into the state. */
async function evaluateOne(
  engine: Engine<EngineState>,
  titles: ExactTitles,
  baselines: Baselines,
  names: readonly string[],
  systems: readonly string[],
  dialogue: RedialDialogue,
  seed: number,
  o: DialogueEvalOptions,
): Promise<Tally & { turns: number }> {
  const { state } = engine.open(null, seed);
  const tally = { turns: 0, targets: 0, resolvable: 0, hits: Object.fromEntries(systems.map((s) => [s, [0, 0, 0]])) };
  const earlier = new Set<string>();
  const context: number[] = [];
  let heard = false;
  let shown: number[] = [];
  for (const m of dialogue.messages) {
    const targets = m.fromSeeker ? [] : o.newOnly ? m.mentions.filter((id) => !earlier.has(id)) : m.mentions;
    if (targets.length > 0) {
      tally.turns++;
      const ranked = new Map<string, Int32Array>([["pathwise", engine.rank(state, 50)]]);
      for (const name of names) ranked.set(name, baselines.rank(name, context, 50));
      for (const id of targets) {
        tally.targets++;
        const item = titles.resolve(dialogue.movieMentions[id] ?? "");
        if (item === null) continue;
        tally.resolvable++;
        if (earlier.has(id)) continue;
        for (const s of systems) {
          const r = ranked.get(s)!.indexOf(item);
          KS.forEach((k, j) => (tally.hits[s][j] += r >= 0 && r < k ? 1 : 0));
        }
      }
    }
    for (const id of m.mentions) {
      earlier.add(id);
      const item = titles.resolve(dialogue.movieMentions[id] ?? "");
      if (item !== null && !context.includes(item)) context.push(item);
    }
    heard = (await read(engine, state, m.text, m.fromSeeker, heard || o.firstAnswersOpening !== true, shown)) || heard;
    // What the recommender just named is on screen for the seeker's reply: "loved that one!" likes it.
    if (!m.fromSeeker) shown = m.mentions.map((id) => titles.resolve(dialogue.movieMentions[id] ?? "")).filter((i) => i !== null);
  }
  return tally;
}

/**
 * One message into the conversation state, as the server reads a message: the seeker's text is a user
 * message (the first one understood answers the opening), a reply to films the recommender just named first
 * read as a reply to a slate of them; films the recommender names anchor the ranking as liked ones do and are
 * kept out of later rankings. True when the seeker's message was understood.
 */
async function read(engine: Engine<EngineState>, state: EngineState, text: string, fromSeeker: boolean, heard: boolean, shown: readonly number[]): Promise<boolean> {
  if (fromSeeker && heard && shown.length > 0 && (await reaction(engine, state, text, shown))) return true;
  let input: UserAct;
  // The engine's slates here are rankings shown to nobody: no "second one" or "more like that first one" can
  // point at one (the server reads those against the slate still on screen after a question).
  state.slate = null;
  try {
    const move = await engine.understand(state, heard ? LATER : FIRST, { type: "message", text });
    // "start over", "go back" or "bye" in a logged dialogue is nothing to learn the seeker's taste from.
    if (isConversationMove(move) || move.kind === "leave" || move.kind === "accept-item") return false;
    input = move;
  } catch (err) {
    if (err instanceof ProtocolError) return false;
    throw err;
  }
  if (!fromSeeker) {
    if (input.kind !== "inform-items") return false;
    // A human recommender's suggestions say what the conversation is about: anchors like films the seeker
    // liked (kept out of later rankings like every named film); any attributes they say are not the seeker's.
    input = { kind: "inform-items", liked: [...input.liked], disliked: [], mentioned: [...input.disliked, ...input.mentioned], accept: [], reject: [] };
  }
  engine.apply(state, input);
  return fromSeeker;
}

/**
 * The seeker's reply to films the recommender just named, read as a reply to a slate of them: one taken or
 * asked after ("yes, loved it", "more like that") is a liked anchor, one turned down a disliked one. False
 * when the reply says nothing of them; it is then read as any other message.
 */
async function reaction(engine: Engine<EngineState>, state: EngineState, text: string, shown: readonly number[]): Promise<boolean> {
  let move;
  try {
    move = await engine.understand(state, slateAct("q2", shown), { type: "message", text });
  } catch (err) {
    if (err instanceof ProtocolError) return false;
    throw err;
  }
  if (isConversationMove(move) || move.kind === "leave") return false;
  const input = move as UserAct;
  if (input.kind === "accept-item") {
    engine.apply(state, { kind: "inform-items", liked: [input.item], disliked: [], mentioned: [], accept: [], reject: [] });
    return true;
  }
  if (input.kind === "inform-items" && input.liked.length + input.disliked.length > 0) {
    engine.apply(state, input);
    return true;
  }
  return false;
}

/**
 * The reference rankers over the ids mentioned so far: catalog popularity; co-occurrence in the rating
 * log (users who rated both); with logs, a mix of both with co-mention counts and the logs' suggestion counts.
 */
class Baselines {
  readonly names: string[];
  private readonly popularity: Float32Array;
  private readonly cooc = new Map<number, Float32Array>();
  private readonly score: Float32Array;

  constructor(
    private readonly g: Graph,
    private readonly log: DialogueLog | null,
  ) {
    this.names = log ? ["popularity", "cooccurrence", "reference_mix"] : ["popularity", "cooccurrence"];
    this.popularity = new Float32Array(g.nItems);
    for (let i = 0; i < g.nItems; i++) this.popularity[i] = g.itemUsers.offsets[i + 1] - g.itemUsers.offsets[i];
    this.score = new Float32Array(g.nItems);
  }

  rank(name: string, context: readonly number[], k: number): Int32Array {
    const s = this.score;
    const maxPop = Math.max(1, ...this.popularity);
    // Popularity breaks every tie (a scaled-down copy of it under the signal).
    for (let i = 0; i < s.length; i++) s[i] = (1e-3 * this.popularity[i]) / maxPop;
    if (name === "popularity") for (let i = 0; i < s.length; i++) s[i] = this.popularity[i];
    else {
      for (const c of context) {
        const row = this.cooccurrence(c);
        let max = 1;
        for (let i = 0; i < row.length; i++) if (row[i] > max && i !== c) max = row[i];
        const scale = name === "cooccurrence" ? 1 : 1 / max;
        for (let i = 0; i < s.length; i++) s[i] += scale * row[i];
      }
      if (name === "reference_mix" && this.log) {
        for (let i = 0; i < s.length; i++) s[i] += this.log.popularity[i];
        for (const c of context) for (const i of this.log.neighbours(c, 1000)) s[i] += Math.log1p(this.log.together(c, i));
      }
    }
    for (const c of context) s[c] = -Infinity;
    return topK(s, k);
  }

  /** Users who rated both c and i, per i (train interactions), cached per c. */
  private cooccurrence(c: number): Float32Array {
    let row = this.cooc.get(c);
    if (row) return row;
    row = new Float32Array(this.g.nItems);
    const { itemUsers, userItems } = this.g;
    for (let e = itemUsers.offsets[c]; e < itemUsers.offsets[c + 1]; e++) {
      const u = itemUsers.ids[e];
      for (let f = userItems.offsets[u]; f < userItems.offsets[u + 1]; f++) row[userItems.ids[f]]++;
    }
    this.cooc.set(c, row);
    return row;
  }
}

function topK(s: Float32Array, k: number): Int32Array {
  const idx = Array.from({ length: s.length }, (_, i) => i);
  idx.sort((a, b) => s[b] - s[a] || a - b);
  return Int32Array.from(idx.slice(0, k));
}

function summarise(tallies: readonly Tally[], systems: readonly string[], baselines: readonly string[], turns: number, seed: number, seconds: number): DialogueEvalResult {
  const total = (ts: readonly Tally[], s: string, j: number) => ts.reduce((n, t) => n + t.hits[s][j], 0);
  const targets = tallies.reduce((n, t) => n + t.targets, 0);
  const resolvable = tallies.reduce((n, t) => n + t.resolvable, 0);
  const recall = (s: string, of: number): Recall => Object.fromEntries(KS.map((k, j) => [`r${k}`, of ? total(tallies, s, j) / of : 0])) as Recall;
  const rng = new Random(seed);
  const boot: number[][] = KS.map(() => []);
  const paired: number[][] = KS.map(() => []);
  const sample = new Array<Tally>(tallies.length);
  for (let b = 0; b < 1000 && tallies.length > 0; b++) {
    for (let i = 0; i < sample.length; i++) sample[i] = tallies[rng.int(tallies.length)];
    const n = sample.reduce((x, t) => x + t.targets, 0) || 1;
    KS.forEach((_, j) => {
      boot[j].push(total(sample, "pathwise", j) / n);
      if (baselines.includes("reference_mix")) paired[j].push((total(sample, "pathwise", j) - total(sample, "reference_mix", j)) / n);
    });
  }
  const main = recall("pathwise", targets);
  const result: DialogueEvalResult = {
    dialogues: tallies.length,
    turns,
    targets,
    resolvable_share: targets ? resolvable / targets : 0,
    ...main,
    resolvable: recall("pathwise", resolvable),
    ci95: Object.fromEntries(KS.map((k, j) => [`r${k}`, interval(boot[j])])) as DialogueEvalResult["ci95"],
    baselines: Object.fromEntries(baselines.map((s) => [s, recall(s, targets)])),
    seconds,
  };
  if (!baselines.includes("reference_mix")) return result;
  const mix = recall("reference_mix", targets);
  return {
    ...result,
    paired_vs_reference: Object.fromEntries(KS.map((k, j) => [`r${k}`, [main[`r${k}`] - mix[`r${k}`], ...interval(paired[j])] as const])) as DialogueEvalResult["paired_vs_reference"],
  };
}

function interval(values: number[]): readonly [number, number] {
  if (values.length === 0) return [0, 0];
  const v = [...values].sort((a, b) => a - b);
  return [v[Math.floor(0.025 * (v.length - 1))], v[Math.ceil(0.975 * (v.length - 1))]];
}
