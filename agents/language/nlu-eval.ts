import { Random } from "../random.ts";
import type { Lexicon } from "./lexicon.ts";
import type { RedialDialogue } from "./redial.ts";
import type { UserAct } from "./act.ts";

/**
 * Movie-mention and liked/disliked scores of an understanding function on ReDial seeker
 * utterances. Gold items are the catalog items the utterance's @mentions resolve to
 * (`Lexicon.resolveTitle` on the ReDial name with its year); mentions that resolve to nothing count
 * only in `resolvable_share`. Every item the understanding names counts for precision, including
 * names typed without an @mention, so precision is a lower bound.
 */
export interface NluEvalResult {
  readonly mode: "lexicon" | "model";
  readonly mention_recall: number;
  readonly mention_precision: number;
  /**
   * Precision counting as right also a film of the same dialogue's movieMentions named without an
   * @ (seekers sometimes type a title): how much of the strict figure's loss is the label, not the reader.
   */
  readonly mention_precision_dialogue: number;
  readonly liked_accuracy: number;
  readonly resolvable_share: number;
  readonly utterances: number;
  readonly seconds: number;
  readonly ms_per_utterance: number;
  readonly conversations: number;
  readonly mentions: number;
  readonly resolvable_mentions: number;
  readonly predicted_items: number;
  readonly true_positives: number;
  /** Detected mentions with a liked (1) or disliked (0) seeker label. */
  readonly liked_labelled: number;
  /** Share of those labelled liked: the accuracy of always answering "liked". */
  readonly liked_majority_share: number;
  readonly disliked_recall: number;
  /** 95% intervals from a seeded bootstrap over dialogues. */
  readonly ci95: Readonly<Record<"mention_recall" | "mention_precision" | "liked_accuracy", readonly [number, number]>>;
  /** Model understanding that failed (timeout, unparsable) and fell back to the lexicon. */
  readonly model_fallbacks: number;
}

/** Per-dialogue counts, the unit of the bootstrap. */
interface Counts {
  inDialogue: number;
  gold: number;
  pred: number;
  tp: number;
  labelled: number;
  likedRight: number;
  likedLabels: number;
  disliked: number;
  dislikedFound: number;
}

export interface NluEvalOptions {
  readonly limit?: number;
  readonly seed?: number;
  readonly onUtterance?: () => void;
}

export async function evaluateNlu(
  lexicon: Lexicon,
  understand: (text: string) => Promise<UserAct> | UserAct,
  dialogues: readonly RedialDialogue[],
  mode: "lexicon" | "model",
  options: NluEvalOptions = {},
): Promise<NluEvalResult> {
  const started = performance.now();
  const limit = options.limit ?? Infinity;
  const perDialogue: Counts[] = [];
  let utterances = 0;
  let mentions = 0;
  let resolvable = 0;
  let fallbacks = 0;
  let understandMs = 0;
  const resolved = new Map<string, number | null>();
  for (const d of dialogues) {
    if (utterances >= limit) break;
    const dialogueItems = new Set<number>();
    for (const name of Object.values(d.movieMentions)) {
      if (!resolved.has(name)) resolved.set(name, lexicon.resolveTitle(name));
      const item = resolved.get(name);
      if (item !== null && item !== undefined) dialogueItems.add(item);
    }
    const c: Counts = { inDialogue: 0, gold: 0, pred: 0, tp: 0, labelled: 0, likedRight: 0, likedLabels: 0, disliked: 0, dislikedFound: 0 };
    for (const u of d.utterances) {
      if (utterances >= limit) break;
      utterances++;
      const gold = new Map<number, string>();
      for (const id of u.mentions) {
        mentions++;
        const key = d.movieMentions[id];
        if (!resolved.has(key)) resolved.set(key, lexicon.resolveTitle(key));
        const item = resolved.get(key)!;
        if (item === null) continue;
        resolvable++;
        gold.set(item, id);
      }
      const t = performance.now();
      const act = await understand(u.text);
      understandMs += performance.now() - t;
      if (mode === "model" && act.source !== "model") fallbacks++;
      options.onUtterance?.();
      const predicted = new Set(act.items.map((m) => m.itemId));
      c.gold += gold.size;
      c.pred += predicted.size;
      for (const i of predicted) if (gold.has(i) || dialogueItems.has(i)) c.inDialogue++;
      for (const m of act.items) {
        const redialId = gold.get(m.itemId);
        if (redialId === undefined || !predicted.delete(m.itemId)) continue;
        c.tp++;
        const label = d.seekerLiked[redialId];
        if (label === null || label === undefined) continue;
        c.likedLabels++;
        const said = m.liked !== false;
        if (said === label) c.likedRight++;
        if (!label) {
          c.disliked++;
          if (!said) c.dislikedFound++;
        }
        if (label) c.labelled++;
      }
    }
    perDialogue.push(c);
  }
  const total = sum(perDialogue);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const rng = new Random(options.seed ?? 7);
  const boot = { mention_recall: [] as number[], mention_precision: [] as number[], liked_accuracy: [] as number[] };
  const idx = new Int32Array(perDialogue.length);
  for (let b = 0; b < 1000 && perDialogue.length > 0; b++) {
    for (let i = 0; i < idx.length; i++) idx[i] = rng.int(perDialogue.length);
    const s = sum(Array.from(idx, (i) => perDialogue[i]));
    boot.mention_recall.push(ratio(s.tp, s.gold));
    boot.mention_precision.push(ratio(s.tp, s.pred));
    boot.liked_accuracy.push(ratio(s.likedRight, s.likedLabels));
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    mode,
    mention_recall: ratio(total.tp, total.gold),
    mention_precision: ratio(total.tp, total.pred),
    mention_precision_dialogue: ratio(total.inDialogue, total.pred),
    liked_accuracy: ratio(total.likedRight, total.likedLabels),
    resolvable_share: ratio(resolvable, mentions),
    utterances,
    seconds,
    ms_per_utterance: ratio(understandMs, utterances),
    conversations: perDialogue.length,
    mentions,
    resolvable_mentions: resolvable,
    predicted_items: total.pred,
    true_positives: total.tp,
    liked_labelled: total.likedLabels,
    liked_majority_share: ratio(total.labelled, total.likedLabels),
    disliked_recall: ratio(total.dislikedFound, total.disliked),
    ci95: {
      mention_recall: interval(boot.mention_recall),
      mention_precision: interval(boot.mention_precision),
      liked_accuracy: interval(boot.liked_accuracy),
    },
    model_fallbacks: fallbacks,
  };
}

function sum(list: readonly Counts[]): Counts {
  const s: Counts = { inDialogue: 0, gold: 0, pred: 0, tp: 0, labelled: 0, likedRight: 0, likedLabels: 0, disliked: 0, dislikedFound: 0 };
  for (const c of list) {
    s.inDialogue += c.inDialogue;
    s.gold += c.gold;
    s.pred += c.pred;
    s.tp += c.tp;
    s.labelled += c.labelled;
    s.likedRight += c.likedRight;
    s.likedLabels += c.likedLabels;
    s.disliked += c.disliked;
    s.dislikedFound += c.dislikedFound;
  }
  return s;
}

function interval(values: number[]): readonly [number, number] {
  if (values.length === 0) return [0, 0];
  const v = [...values].sort((a, b) => a - b);
  return [v[Math.floor(0.025 * (v.length - 1))], v[Math.ceil(0.975 * (v.length - 1))]];
}
