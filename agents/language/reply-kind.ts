/**
 * A reply's kind guessed from its words, for when the rules read nothing in it ("can we start this over" before
 * the rules knew that phrasing): multinomial naive Bayes over words and word pairs, learned from the labelled
 * replies of reply-examples.ts the first time it is asked. A guess says how sure it is; server/interpret.ts uses
 * one only above a confidence chosen by cross-validation on those replies.
 */
import { REPLY_EXAMPLES, type ReplyKind } from "./reply-examples.ts";
import { tokenize } from "./text.ts";

/** Added to every count: a word never seen with a kind still leaves it possible. */
const SMOOTHING = 0.1;
/** Words read from a message: a guess costs the same for a chat line and for a pasted essay. */
const MAX_WORDS = 64;

export interface KindGuess {
  readonly kind: ReplyKind;
  /** The posterior of that kind among all kinds, 0..1. */
  readonly confidence: number;
}

export class ReplyClassifier {
  private readonly kinds: ReplyKind[] = [];
  private readonly logPrior: number[] = [];
  /** Per feature, how often each kind's examples hold it (indexed like `kinds`). */
  private readonly counts = new Map<string, Float64Array>();
  private readonly totals: Float64Array;

  constructor(examples: readonly { readonly kind: ReplyKind; readonly text: string }[]) {
    for (const e of examples) if (!this.kinds.includes(e.kind)) this.kinds.push(e.kind);
    const n = this.kinds.length;
    this.totals = new Float64Array(n);
    const perKind = new Float64Array(n);
    for (const e of examples) {
      const k = this.kinds.indexOf(e.kind);
      perKind[k]++;
      for (const f of features(e.text)) {
        let row = this.counts.get(f);
        if (!row) this.counts.set(f, (row = new Float64Array(n)));
        row[k]++;
        this.totals[k]++;
      }
    }
    for (let k = 0; k < n; k++) this.logPrior.push(Math.log(perKind[k] / examples.length));
  }

  guess(text: string): KindGuess {
    const n = this.kinds.length;
    const vocabulary = this.counts.size;
    const score = [...this.logPrior];
    for (const f of features(text)) {
      const row = this.counts.get(f);
      for (let k = 0; k < n; k++) score[k] += Math.log(((row?.[k] ?? 0) + SMOOTHING) / (this.totals[k] + SMOOTHING * vocabulary));
    }
    let best = 0;
    for (let k = 1; k < n; k++) if (score[k] > score[best]) best = k;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += Math.exp(score[k] - score[best]);
    return { kind: this.kinds[best], confidence: 1 / sum };
  }
}

/** The words of a message and its adjacent word pairs ("start_over"); a "{}" slot of an example is no word. */
export function features(text: string): string[] {
  const words = tokenize(text, MAX_WORDS).map((t) => t.norm);
  const out = [...words];
  for (let k = 0; k + 1 < words.length; k++) out.push(`${words[k]}_${words[k + 1]}`);
  return out;
}

let shared: ReplyClassifier | null = null;

/** The classifier learned from reply-examples.ts, built on first use (a few milliseconds). */
export function replyClassifier(): ReplyClassifier {
  return (shared ??= new ReplyClassifier(REPLY_EXAMPLES));
}
