import type { Critique, Direction, Intent, MentionedItem, TurnContext, UserAct } from "./act.ts";
import type { Lexicon, Span } from "./lexicon.ts";
import type { Token } from "./text.ts";

/** The lexicon's reading of a message and the vocabulary a model may choose from for it. */
export interface LexiconReading {
  readonly act: UserAct;
  readonly spans: readonly Span[];
  readonly tokens: readonly Token[];
  /** Catalog ids relevant to the turn: every reading of every span, the question's attributes, the shown items. */
  readonly shortlist: { readonly items: readonly number[]; readonly attrs: readonly number[] };
}

const NEGATORS = new Set([
  "not", "no", "dont", "doesnt", "didnt", "never", "without", "isnt", "arent", "wasnt", "werent", "hate", "hated",
  "hates", "dislike", "disliked", "dislikes", "avoid", "except", "nor", "neither", "nothing", "cant", "wont", "none",
  "against", "skip", "besides", "havent", "hasnt", "hadnt",
]);
/** A negator followed by one of these is about having seen or minding, not about disliking. */
const NEUTRALISERS = new Set([
  "seen", "see", "saw", "watched", "watch", "heard", "hear", "mind", "know", "remember", "sure", "only", "think",
  "recall", "yet", "wait", "chance", "havent", "hasnt", "tried", "check", "gotten", "get",
]);
const NEGATIVE_AFTER = new Set([
  "boring", "terrible", "awful", "horrible", "bad", "sucked", "sucks", "overrated", "worst", "dull", "disappointing",
  "stupid", "lame", "meh", "annoying", "hated", "trash", "garbage", "cheesy", "slow", "tedious", "weird", "silly",
]);
const POSITIVE = new Set([
  "good", "great", "funny", "fun", "interesting", "enjoyable", "worth", "best", "amazing", "awesome", "favorite",
  "favourite", "love", "loved", "like", "liked", "enjoy", "enjoyed", "fan", "excellent", "brilliant", "classic",
  "wonderful", "fantastic", "cool", "nice", "perfect", "hilarious", "into", "adore", "adored",
]);
/** Opinion words; after a copula ("it was boring", "so funny") they judge something, they do not ask for a tag. */
const OPINION = new Set([...POSITIVE, ...NEGATIVE_AFTER, "sad", "weird", "predictable", "ridiculous", "original", "unique", "intense", "emotional", "touching", "sweet", "smart", "clever", "beautiful"]);
const COPULA = new Set(["was", "is", "its", "were", "are", "be", "so", "very", "really", "pretty", "quite", "kinda", "sounds", "looks", "seems", "seemed", "sounded", "looked", "super"]);

/** Words that end the reach of a negation even without punctuation. */
const CLAUSE_BREAK = new Set(["but", "though", "although", "however", "yet", "instead", "while", "whereas", "because", "so", "maybe", "perhaps"]);
const ANYTHING = new Set(["anything", "everything", "all", "any"]);
const MORE = new Set(["more", "extra", "lots", "plenty", "heavier"]);
const LESS = new Set(["less", "fewer", "too", "lighter", "softer"]);
const YES = new Set(["yes", "yeah", "yep", "yup", "sure", "definitely", "absolutely", "ok", "okay", "course", "y", "ya", "yea", "totally", "certainly", "please"]);
const NO = new Set(["no", "nope", "nah", "n", "never", "neither", "none"]);
const ALL = new Set(["all", "any", "both", "either", "whatever", "everything", "anything"]);
const ORDINALS: Readonly<Record<string, number>> = { first: 0, "1st": 0, second: 1, "2nd": 1, third: 2, "3rd": 2, fourth: 3, "4th": 3 };
const REQUEST = new Set(["recommend", "recommendation", "recommendations", "suggest", "suggestion", "suggestions", "looking", "want", "wanna", "something", "anything", "show", "find", "need", "ideas", "mood", "prefer", "like", "love", "enjoy", "into"]);

/** How far back (in tokens) a negation or a critique word reaches. */
const REACH = 7;

/** Reads a message with the lexicon alone: no model, well under a millisecond for a chat message. */
export function understandWithLexicon(lexicon: Lexicon, text: string, context: TurnContext = {}): LexiconReading {
  const { tokens, spans } = lexicon.match(text);
  const accept: number[] = [];
  const reject: number[] = [];
  const items: MentionedItem[] = [];
  let critique: Critique | null = null;
  const namedItems: number[] = [];
  for (const s of spans) if (s.items.length > 0) namedItems.push(s.items[0]);

  for (const s of spans) {
    const p = polarity(tokens, s);
    if (s.attrs.length > 0 && !isOpinion(tokens, s)) {
      const attributeId = s.attrs[0];
      const direction = critiqueDirection(tokens, s.from);
      if (direction && critique === null) critique = { itemId: critiqueTarget(namedItems, context), attributeId, direction };
      else if (p === false || direction === "less") pushOnce(reject, attributeId);
      else pushOnce(accept, attributeId);
    }
    if (s.items.length > 0) {
      const liked = p === undefined ? likedByTone(tokens) : p;
      // A series means every film of it; a title its most likely reading.
      for (const itemId of s.series ? s.items : [s.items[0]]) {
        const item: MentionedItem = p === null ? { itemId, liked, unseen: true } : { itemId, liked };
        const seen = items.findIndex((m) => m.itemId === itemId);
        if (seen < 0) items.push(item);
        else if (items[seen].liked === null) items[seen] = item;
      }
    }
  }

  let intent: Intent = "chitchat";
  if (critique) intent = "critique";
  else if (context.question && answerQuestion(tokens, context, accept, reject)) intent = "answer";
  else if (accept.length + reject.length + items.length > 0 || tokens.some((t) => REQUEST.has(t.norm))) intent = "request";

  return {
    act: { intent, accept, reject, items, critique, source: "lexicon" },
    spans,
    tokens,
    shortlist: shortlistOf(spans, context),
  };
}

/**
 * The message's stance on a span: false after a negator in the same clause ("not metal", "I don't
 * like X", "no horror") or before a negative word ("X was boring"); true with a positive word; null
 * when the clause says the user has not seen it or is waiting for it; undefined when nothing is said.
 */
function polarity(tokens: readonly Token[], s: Span): boolean | null | undefined {
  for (let k = s.from - 1; k >= 0 && k >= s.from - REACH; k--) {
    if (tokens[k + 1].breakBefore || CLAUSE_BREAK.has(tokens[k].norm)) {
      if (tokens[k].norm === "but" && k === s.from - 1 && ANYTHING.has(tokens[k - 1]?.norm ?? "")) return false;
      break;
    }
    const w = tokens[k].norm;
    if (NEGATORS.has(w)) {
      // "haven't seen X", "can't wait for X", "not sure about X": about having seen or wanting, not disliking.
      for (let j = k + 1; j < s.from; j++) if (NEUTRALISERS.has(tokens[j].norm)) return null;
      const next = tokens[k + 1]?.norm ?? "";
      if (w === "not" && (next === "only" || next === "just")) return null;
      return false;
    }
  }
  let sawNot = false;
  for (let k = s.to; k < tokens.length && k < s.to + REACH; k++) {
    if (tokens[k].breakBefore || CLAUSE_BREAK.has(tokens[k].norm)) break;
    const w = tokens[k].norm;
    if (NEGATIVE_AFTER.has(w)) return sawNot ? undefined : false;
    // "X was too violent", "X is not for me"; a closing "too" means "also".
    if (w === "too" && k + 1 < tokens.length && !tokens[k + 1].breakBefore && !sawNot) return false;
    if (w === "not" && tokens[k + 1]?.norm === "for") return false;
    if (w === "not" || w === "isnt" || w === "wasnt" || w === "didnt" || w === "never") sawNot = true;
    else if (POSITIVE.has(w)) return sawNot ? false : true;
  }
  return undefined;
}

function isOpinion(tokens: readonly Token[], s: Span): boolean {
  for (let k = s.from; k < s.to; k++) if (!OPINION.has(tokens[k].norm)) return false;
  return COPULA.has(tokens[s.from - 1]?.norm ?? "");
}

/** A message that says it loved something speaks for the titles in it; a lone "bad" may sit inside a title. */
function likedByTone(tokens: readonly Token[]): boolean | null {
  for (const t of tokens) if (POSITIVE.has(t.norm)) return true;
  return null;
}

/** "more X", "less X", "too X", "not so X", "fewer X" right before an attribute. */
function critiqueDirection(tokens: readonly Token[], from: number): Direction | null {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    if (tokens[k + 1].breakBefore) break;
    const w = tokens[k].norm;
    if (MORE.has(w)) return "more";
    if (LESS.has(w)) return "less";
    if ((w === "so" || w === "as") && tokens[k - 1]?.norm === "not") return "less";
  }
  return null;
}

function critiqueTarget(namedItems: readonly number[], context: TurnContext): number | null {
  if (namedItems.length > 0) return namedItems[0];
  return context.shown && context.shown.length === 1 ? context.shown[0] : null;
}

/** Fills accept/reject from a reply to the pending question; true when the message answers it. */
function answerQuestion(tokens: readonly Token[], context: TurnContext, accept: number[], reject: number[]): boolean {
  const q = context.question!;
  const first = tokens[0]?.norm ?? "";
  const says = (set: ReadonlySet<string>) => set.has(first) || (tokens.length <= 4 && tokens.some((t) => set.has(t.norm)));
  if (q.kind === "yesno") {
    if (accept.includes(q.attributeId) || reject.includes(q.attributeId)) return true;
    const no = says(NO) || (first === "not" && tokens.length <= 3) || (first === "i" && tokens[1]?.norm === "dont");
    if (no) return pushOnce(reject, q.attributeId), true;
    if (says(YES) || (first === "i" && tokens[1]?.norm === "do")) return pushOnce(accept, q.attributeId), true;
    return false;
  }
  const options = q.attributeIds;
  let answered = options.some((a) => accept.includes(a) || reject.includes(a));
  for (const t of tokens) {
    const o = ORDINALS[t.norm];
    if (o !== undefined && o < options.length) pushOnce(accept, options[o]), (answered = true);
    if (t.norm === "last" && options.length > 0) pushOnce(accept, options[options.length - 1]), (answered = true);
  }
  if (answered) return true;
  if (says(ALL)) {
    for (const a of options) pushOnce(accept, a);
    return true;
  }
  if (says(NO)) {
    for (const a of options) pushOnce(reject, a);
    return true;
  }
  return false;
}

const SHORTLIST_ITEMS_PER_SPAN = 5;

function shortlistOf(spans: readonly Span[], context: TurnContext): LexiconReading["shortlist"] {
  const items: number[] = [];
  const attrs: number[] = [];
  for (const s of spans) {
    for (const i of s.items.slice(0, SHORTLIST_ITEMS_PER_SPAN)) pushOnce(items, i);
    for (const a of s.attrs) pushOnce(attrs, a);
  }
  const q = context.question;
  if (q?.kind === "yesno") pushOnce(attrs, q.attributeId);
  if (q?.kind === "choice") for (const a of q.attributeIds) pushOnce(attrs, a);
  for (const i of context.shown ?? []) pushOnce(items, i);
  return { items, attrs };
}

function pushOnce(list: number[], v: number): void {
  if (!list.includes(v)) list.push(v);
}
