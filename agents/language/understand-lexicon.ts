import type { Critique, Direction, Intent, MentionedItem, TurnContext, UserAct } from "./act.ts";
import { rowHas } from "../../graph/types.ts";
import { GENRE, ONE_WITH, TRIVIAL, inTitle, type Lexicon, type Span } from "./lexicon.ts";
import { AGE, ASPECTS, COMPARATIVES, NEWER, OLDER, SYNONYMS, TOO_AGED, type Comparative } from "./synonyms.ts";
import { isCommonWord } from "./common-words.ts";
import { repairWords, withRepairsMade } from "./repairs.ts";
import { SlipCorrector, withSlipsCorrected } from "./slips.ts";
import { fold, parseTitle, tokens as textTokens, type Token } from "./text.ts";
import { skippedClauses } from "./skipped.ts";
import { CLAUSE_BREAK, NEGATORS, NUMBERS, REACH, YES, indexOfPhrase, negatedBefore, numberOf, splitAt } from "./words.ts";
import { along, beyondAge, beyondYear, describesShown, describesSlateAge, goesBack, goesBackInAge, lastYears, orderWords, yearsBack } from "./orders.ts";
import {
  AWAY, CARD_WORDS, ELSEWHERE, LIKED_BEFORE, TAKE_PHRASES, TAKE_WORDS, WATCH_PHRASES, WHY_PHRASES, asksForSimilar, asksWhatItIs, asksWhy, likedBefore, likedFeatured,
  likesNow, praisesAll, praisesFeatured, dislikedFeatured, likesAt, asksForInfo, cardReplyWords, takesExplicitly, PERMISSION, saysSeen, seesFeatured, shownTitle, takes, unseenFeatured,
} from "./card-replies.ts";

/** The lexicon's reading of a message and the vocabulary a model may choose from for it. */
export interface LexiconReading {
  readonly act: UserAct;
  readonly spans: readonly Span[];
  readonly tokens: readonly Token[];
  /** Catalog ids relevant to the turn: every reading of every span, the question's attributes, the shown items. */
  readonly shortlist: { readonly items: readonly number[]; readonly attrs: readonly number[] };
}

/** Reactions that turn down what follows: "ew romance". */
const DISGUST = new Set(["ew", "eww", "ewww", "yuck", "ugh", "ick", "blech"]);
/** A negator followed by one of these is about having seen or minding, not about disliking. */
const NEUTRALISERS = new Set([
  "seen", "see", "saw", "watched", "watch", "heard", "hear", "mind", "know", "remember", "sure", "only", "think", "thought",
  "recall", "yet", "wait", "chance", "havent", "hasnt", "tried", "check", "gotten", "get", "got", "seeing", "watching", "recognise", "recognize",
]);
/** After a negator, these make the clause about not wanting, whatever follows ("don't want to watch X"). */
const WANTING = new Set(["want", "wanna", "feel", "like", "fancy", "prefer"]);
const NEGATIVE_AFTER = new Set([
  "boring", "terrible", "awful", "horrible", "bad", "sucked", "sucks", "overrated", "worst", "dull", "disappointing",
  "stupid", "lame", "meh", "annoying", "hated", "trash", "garbage", "cheesy", "slow", "tedious", "weird", "silly", "crap",
]);
const POSITIVE = new Set([
  "good", "great", "funny", "fun", "interesting", "enjoyable", "worth", "best", "amazing", "awesome", "favorite",
  "favourite", "favorites", "favourites", "fave", "faves", "love", "loved", "like", "liked", "enjoy", "enjoyed", "fan", "excellent", "brilliant", "classic",
  "wonderful", "fantastic", "cool", "nice", "perfect", "hilarious", "into", "adore", "adored", "banger", "bangers", "gem", "gems", "epic",
]);
/** Opinion words; after a copula ("it was boring", "so funny") they judge something, they do not ask for a tag. */
const OPINION = new Set([...POSITIVE, ...NEGATIVE_AFTER, "sad", "weird", "predictable", "ridiculous", "original", "unique", "intense", "emotional", "touching", "sweet", "smart", "clever", "beautiful"]);
const COPULA = new Set(["was", "is", "its", "were", "are", "be", "so", "very", "really", "pretty", "quite", "kinda", "sounds", "looks", "seems", "seemed", "sounded", "looked", "super"]);

const ANYTHING = new Set(["anything", "everything", "all", "any"]);
const MORE = new Set(["more", "extra", "lots", "plenty", "heavier"]);
const LESS = new Set(["less", "fewer", "too", "lighter", "softer", "enough", "remove", "minus", "drop"]);
/** "take out the X", "cut out X", "get rid of X", "leave out X": less of X. */
const REMOVING = new Set(["take", "cut", "leave", "rid", "drop", "lose"]);
const CUTTING = new Set(["cut", "drop", "ditch", "lose", "nix", "swap", "replace", "trade", "screw", "forget"]);
const AGE_UNITS = new Set(["year", "years", "yr", "yrs", "yo"]);
/** "the kids loved them", "show the kids": people, not a wish for children's films ("for the kids" is one). */
const PEOPLE_WORDS = new Set(["kids", "kid", "children", "child", "boys", "girls", "family", "grandkids", "grandchildren", "kiddos"]);
/** Who likes a film named as what to look for: "I loved Up", "we really enjoyed Heat". */
const FIRST_PERSON = new Set(["i", "we", "ive", "weve"]);
/** "I like", "we love", "I'd prefer": a liking said by the person, which a negation earlier in the message does not reach. */
const OWN_LIKING = new Set(["like", "love", "enjoy", "want", "prefer", "adore"]);
const FIRST_PERSON_SUBJECT = new Set(["i", "we", "id", "wed"]);
const DETERMINERS = new Set(["the", "my", "our", "your", "his", "her", "their"]);
/** Before "the kids": the kids as what is asked for or kept out ("for the kids", "without the kids stuff"). */
const FOR_THEM = new Set(["for", "with", "fo", "4", "without", "no", "not", "less", "fewer", "more", "any", "some"]);
const POLITE = new Set(["please", "pls", "plz", "kindly", "thanks", "thank", "you", "ok", "okay", "thx", "tnx", "ty", "cheers", "lol", "haha", "lmao"]);
/** "tired of X", "sick of X", "bored of X", "had my fill of X": less of X. */
const FED_UP = new Set(["tired", "sick", "bored", "done", "fill"]);
const NO = new Set(["no", "nope", "nah", "n", "never", "neither", "none"]);
const ALL = new Set(["all", "any", "both", "everything", "anything"]);
/** Every card shown: "both of them", "all of those", "these". */
const ALL_OF_THEM = new Set(["both", "all", "those", "these", "them", "em"]);
/** "watched the lot", "loved every single one". */
const EVERY_ONE = [["the", "lot"], ["every", "one"], ["every", "single", "one"], ["each", "one"]];
/** 1-based positions: "second", "2nd"; "number two", "#2" and a bare "2" read through NUMBERS. */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5,
  sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, ninth: 9, "9th": 9, tenth: 10, "10th": 10,
  // Typed fast: "frist", "thrid", "forth".
  frist: 1, secnd: 2, secound: 2, thrid: 3, thrird: 3, forth: 4, fouth: 4, fith: 5, fifht: 5,
  // "I'll have the featured one": the first card is the featured one.
  featured: 1,
};
/** Words after a "not" that turn a film down: "not for me", "isn't my thing", "isn't really my type". */
const NOT_MINE = new Set(["for", "my", "really"]);
/** A "not" after a film or genre that says what it is not: "X isn't for me", "those aren't my thing". */
const IS_NOT = new Set(["not", "isnt", "wasnt", "arent", "werent"]);
/** "the Tom Hanks one", "the ben stiller movie". */
const ONE_WORDS = new Set(["one", "movie", "film"]);
/** What an age word must describe to be asked for with nothing shown: "old movies", "recent horror films". */
const WORKS = new Set(["movie", "movies", "film", "films", "flick", "flicks", "stuff", "classics", "titles", "ones"]);
/** …or what it must follow: "something older", "anything a bit more recent". */
const SOME = new Set(["something", "anything", "some"]);
const SOFTENERS = new Set(["a", "bit", "little", "more", "slightly", "much"]);

/**
 * Whether the age word at `k` asks for films of an age: it describes films ("old movies", "recent horror
 * films") or follows "something"/"anything". Not "see you later", "a 40 year old", "the old one" (which of
 * two films), "that sounds old" (of a film named), "not into anything old", nor "later"/"earlier", which are
 * mostly about time.
 */
function asksForAge(tokens: readonly Token[], k: number, spans: readonly Span[]): boolean {
  const word = tokens[k].norm;
  // "something not too old", "nothing too new": the other way along the order.
  if (tokens[k - 1]?.norm === "too" && NOT_TOO.has(tokens[k - 2]?.norm ?? "") && TOO_AGED[word] !== undefined) return true;
  if (word === "later" || word === "earlier" || negatedBefore(tokens, k) || timeOfViewing(tokens, k)) return false;
  let next = k + 1;
  const span = spans.find((s) => s.from === next);
  if (span) next = span.to;
  if (WORKS.has(tokens[next]?.norm ?? "")) return true;
  // "older please", "newer?": the word alone asks; so does "more old" ("is possible more old?").
  if (tokens.every((t, j) => j === k || POLITE.has(t.norm)) || (tokens[k - 1]?.norm === "more" && TOO_AGED[word] !== undefined)) return true;
  let prev = k - 1;
  while (prev >= 0 && SOFTENERS.has(tokens[prev].norm)) prev--;
  return prev >= 0 && SOME.has(tokens[prev].norm);
}

/**
 * "I have seen recently", "I recently watched", "the most recent movie I've seen", "I'll rewatch it later today": when
 * a film was or will be watched, not an age asked for ("something that came out recently", "later than the 90s").
 */
function timeOfViewing(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].norm;
  if (word === "later" || word === "earlier") return tokens[k + 1]?.norm !== "than";
  if (word === "recent") return tokens[k - 1]?.norm === "most";
  if (word !== "recently" && word !== "lately") return false;
  for (let j = Math.max(0, k - 3); j <= k + 2 && j < tokens.length; j++) if (VIEWING.has(tokens[j].norm)) return true;
  return false;
}

const VIEWING = new Set(["saw", "seen", "see", "watched", "watch", "watching", "rewatched", "rewatch", "caught"]);

/** Positions listed right after the one at token `k` ("1 and 2", "3, 4 and 7", "the first and second"), each within `count`. */
function listedPositions(tokens: readonly Token[], k: number, count: number): { position: number; token: number }[] {
  const out: { position: number; token: number }[] = [];
  // "seen the first two", "the top 3 look good": the cards up to that count; "the last two": from the end.
  const upTo = FIRST_FEW.has(tokens[k].norm) ? (numberOf(tokens[k + 1]?.norm ?? "") ?? 0) : 0;
  if (upTo > 1 && upTo <= count) for (let p = 2; p <= upTo; p++) out.push({ position: p, token: k + 1 });
  const few = lastFew(tokens, k);
  if (few > 1 && few <= count) for (let p = count - few + 2; p <= count; p++) out.push({ position: p, token: k + 1 });
  if (out.length > 0) return out;
  let joined = false;
  for (let j = k + 1; j < tokens.length; j++) {
    const w = tokens[j].norm;
    if (w === "and" || w === "&") {
      joined = true;
      continue;
    }
    const n = /^\d+$/.test(w) ? Number(w) : (ORDINALS[w] ?? NUMBERS[w]);
    if (!(joined || tokens[j].joiner === ",") || n === undefined || n < 1 || n > count) break;
    out.push({ position: n, token: j });
    joined = false;
  }
  return out;
}

/** Words that count cards from the first: "the first two", "the top 3". */
const FIRST_FEW = new Set(["first", "top"]);

/** The count in "the last two", "the bottom 3" at `k` (a card count, not "the last two years"), else 0. */
function lastFew(tokens: readonly Token[], k: number): number {
  if ((tokens[k].norm !== "last" && tokens[k].norm !== "bottom") || tokens[k - 1]?.norm !== "the") return 0;
  const n = numberOf(tokens[k + 1]?.norm ?? "") ?? 0;
  const after = tokens[k + 2]?.norm ?? "";
  return TIME_WORDS.has(after) || AGE_UNITS.has(after) || (WORKS.has(after) && after !== "movies" && after !== "films") ? 0 : n;
}

/** Sounds people make before an answer: "eh not really", "hmm, sure". */
const HESITATIONS = new Set(["eh", "ehh", "hmm", "hm", "hmmm", "um", "umm", "uh", "uhh", "er", "erm", "ah", "oh", "well", "welp", "mm", "mmm"]);

/** Before "too old": "not too old", "nothing too old", "isn't too old". */
const NOT_TOO = new Set(["not", "nothing", "isnt", "arent"]);
/** "the last few years", "the last decade": a stretch of time, not the last card. */
const TIME_WORDS = new Set(["few", "couple", "years", "year", "decade", "decades", "century", "time", "night", "week", "month", "months", "weeks"]);
/** Positions a reply to a question may point at when no slate is in view: any a slate could have. */
const ORDINAL_REACH = 10;
/** "the top pick", "your top choice". */
const PICK = new Set(["pick", "choice", "option", "suggestion", "recommendation"]);
/** Words before a number that make it a position: "number 3", "no. 3", "option 2". */
const POSITION = new Set(["number", "no", "num", "nr", "numero", "option", "choice", "pick", "item", "choose", "take", "want", "watch", "play", "stream", "queue", "movie", "film"]);
/** Before a digit, words that make it a position too: "go with 3", "I'll do 2", "try 4", "why 3", "like 2". */
const DIGIT_POSITION = new Set(["with", "for", "do", "try", "why", "explain", "info", "about", "like", "similar", "to", "whats", "saw", "seen", "watched", "loved", "liked", "enjoyed", "watching", "says", "said", "picks", "picked", "chose", "wants", "suggest", "suggested", "recommend", "recommended",
  // "why did you put 7 on there?", "why you suggested 9".
  "put", "suggested", "recommended", "included", "added"]);
/** "what is 5", "the plot of 8", "why is 7 in there": a number after "is" or "of" in a question about a card. */
const ASKING_OF = new Set(["what", "whats", "wtf", "wth", "plot", "story", "who", "whos", "why"]);
/** Ways of saying the question does not matter; read only when nothing else in the message is catalog vocabulary. */
const INDIFFERENT_PHRASES = [
  "doesnt matter", "does not matter", "dont care", "do not care", "dont mind", "do not mind", "no preference", "no preferences",
  "doesnt mind", "does not mind", "dont know", "do not know", "not sure", "no idea", "up to you", "either way", "no opinion", "all the same", "not bothered",
  "doesnt really matter", "dont really care", "dont have a preference", "im easy", "both are fine", "both fine", "any is fine",
  "either is fine", "not picky", "not fussy", "no pref", "what ever", "w e", "open to anything", "open to whatever", "anything is fine", "anything works", "anything goes",
  "not important", "isnt important", "no matter", "not matter", "no difference", "makes no difference", "doesnt make a difference",
  "dont make a difference", "go for anything", "it is the same", "its the same", "is equal", "both is possible", "both are possible",
  "either is possible", "no importance", "couldnt say", "cant say", "hard to say", "couldnt tell you", "cant tell you", "never thought about it",
  "not certain", "uncertain", "unsure", "not too sure", "is same for me", "same for me", "same to me",
].map((p) => p.split(" "));
const INDIFFERENT_WORDS = new Set(["either", "whatever", "whatevers", "dunno", "idk", "idc", "unsure", "indifferent", "whichever", "neutral", "meh"]);
const REQUEST = new Set([
  "recommend", "recommendation", "recommendations", "suggest", "suggestion", "suggestions", "looking", "want", "wanna", "something", "anything", "show", "find", "need", "ideas", "mood", "prefer", "like", "love", "enjoy", "into", "give", "options", "picks", "see",
  // "I'm open to any movie", and the misspellings seekers type most.
  "open", "watch", "help", "list", "results", "reccomend", "reccoment", "recomend", "reccommend", "recommed", "reccomendation", "reccomendations", "recomendation", "recomendations", "sugest", "suggets", "moovie", "movei",
]);

/**
 * Open to anything, said without a request word: "all kinds!", "a bit of everything", "whatever you think is
 * good"; or done with questions: "skip the questions, what do you have".
 */
const OPEN_PHRASES = [
  ["all", "kinds"], ["all", "sorts"], ["all", "types"], ["all", "genres"], ["everything"], ["whatever", "you"],
  ["skip", "the", "questions"], ["enough", "questions"], ["no", "more", "questions"], ["what", "do", "you", "have"], ["what", "have", "you", "got"], ["what", "you", "got"], ["surprise", "me"], ["no", "more", "question"], ["enough", "question"], ["enough", "with"], ["stop", "asking"],
];

/** Words that open a message without answering anything ("ok, what have you got?"). */
const MARKERS = new Set(["ok", "okay", "k", "kk", "alright", "well", "so", "hmm"]);
/** Asking to be shown picks: "show me some", "what would you recommend". */
const SHOWING = new Set(["show", "recommend", "suggest", "surprise", "hit", "whatcha", "watcha"]);

/** "start over", "let's start again", "restart": a new conversation. */
const RESTART_PHRASES = [["start", "over"], ["start", "again"], ["start", "the", "whole", "thing", "again"], ["start", "the", "whole", "thing", "over"], ["start", "everything", "again"], ["start", "everything", "over"], ["begin", "again"], ["from", "scratch"], ["start", "fresh"], ["start", "from", "the", "beginning"], ["from", "the", "beginning"], ["from", "beginning"], ["from", "the", "start"], ["begin", "from"], ["start", "this", "over"], ["start", "it", "over"], ["start", "all", "over"], ["from", "the", "top"], ["new", "search"], ["new", "start"], ["new", "conversation"], ["new", "chat"], ["fresh", "start"], ["restart"], ["reset"], ["startover"]];
/** "go back", "undo", "take that back": the last answer is withdrawn. */
/** Taking an answer back in so many words, as far into a long message as they come: "Scratch what I just said". */
const UNDO_ANYWHERE = [["scratch", "what", "i"], ["ignore", "what", "i"], ["ignore", "my", "last"], ["answered", "too", "fast"], ["answered", "too", "quickly"], ["take", "back", "what"], ["undo"]];
const UNDO_PHRASES = [["go", "back"], ["take", "that", "back"], ["take", "it", "back"], ["back", "up"], ["step", "back"], ["scratch", "that"], ["previous", "question"], ["changed", "my", "mind"], ["wrong", "answer"], ["change", "my", "answer"], ["change", "my", "last", "answer"], ["meant", "to", "say"],
  ["answered", "wrong"], ["answered", "that", "wrong"], ["answered", "it", "wrong"], ["made", "a", "mistake"], ["my", "mistake"], ["misclicked"], ["wrong", "button"], ["clicked", "wrong"],
  ["meant", "the", "opposite"], ["mistake"], ["redo"], ["last", "answer"], ["last", "question"], ["before", "question"], ["question", "before"], ["other", "way", "round"], ["other", "way", "around"],
  ...UNDO_ANYWHERE];

/** Reads a message with the lexicon alone: no model, well under a millisecond for a chat message. */
export function understandWithLexicon(lexicon: Lexicon, typed: string, context: TurnContext = {}): LexiconReading {
  // "the secnd one", "non of these": slips in the words a reply is read by, corrected outside titles first.
  const first = lexicon.match(typed);
  const unslipped = withSlipsCorrected(typed, first.tokens, slipsOf(lexicon), (k) => first.spans.some((s) => k >= s.from && k < s.to));
  const second = unslipped === typed ? first : lexicon.match(unslipped);
  // "i'll take 2. hmm no, 4": the card or comparative taken back is cut before anything is read.
  const text = withRepairsMade(unslipped, second.tokens, (k) => inTitle(second.spans, k));
  const { tokens, spans } = text === unslipped ? second : lexicon.match(text);
  const control = controlOf(tokens, spans);
  if (control) return { act: { intent: control, accept: [], reject: [], items: [], critique: null, source: "lexicon" }, spans, tokens, shortlist: shortlistOf([], context) };
  const accept: number[] = [];
  const reject: number[] = [];
  const items: MentionedItem[] = [];
  let critique: Critique | null = null;
  let ungrounded: UserAct["ungrounded"];
  let several = false;
  const namedItems: number[] = [];
  for (const s of spans) if (s.items.length > 0) namedItems.push(s.items[0]);
  const shown = context.shown ?? [];

  // A shown card's whole title, typed however ("i havent seen dave yet", "lets do while you were sleeping"), or its position.
  const titled = shown.length > 0 ? shownTitle(lexicon, tokens, shown) : null;
  // A number inside the title is no position ("lets do 10 things i hate about you").
  const at = shown.length > 0 ? positionOf(tokens, titled ? [...spans, { from: titled.from, to: titled.to, items: [titled.item], attrs: [], year: null }] : spans, shown.length) : null;
  // "I'll watch it", "Number 7 it is!", "I haven't seen it since high school, time to rewatch it", "hmm {title} i
  // guess": taken, seen or not.
  const pointer = at !== null ? at.token + 1 : titled !== null ? titled.to : -1;
  // Where the card's reference starts ("number 2", "no. 2": from the position word). "Let's do {title}. Loved the
  // trailer": taken, whatever is said of it after.
  const cardFrom = at !== null ? (POSITION.has(tokens[at.token - 1]?.norm ?? "") ? at.token - 1 : at.token) : titled !== null ? titled.from : -1;
  const explicitTake = takesExplicitly(tokens) || (cardFrom >= 0 && ledByTake(tokens, cardFrom));
  // "number 3 please, never seen it but what's on the card sold me": asked for outright.
  const pleaded = at !== null && (tokens[at.token + 1]?.norm === "please" || tokens[at.token + 1]?.norm === "pls");
  const rewatch = explicitTake || pleaded || (pointer >= 0 && (itIs(tokens, pointer) || guessed(tokens, pointer)));
  // On a slate, a word that is an attribute and a comparative ("classic" the tag, "more of a classic") reads as
  // the comparative.
  const comparatives = new Set<Span>();
  // Attributes named in a question about a card, read neither as wishes nor as comparatives.
  const aboutCard = new Set<Span>();
  // Whether a position is said ("is the first one scary?" with no slate on screen), read at most once.
  let pointsAtCard: boolean | undefined;
  const askedOfCard: number[] = [];
  let beyond: Omit<Critique, "itemId"> | null = null;
  // The latest attribute read as unwanted: "no sad, heavy dramas" lists the next one under it.
  let unwanted: Span | null = null;
  for (const s of spans) {
    // "from before the 90s", "anything after 2000": the ages beyond the one named, not that one.
    const past = s.attrs.length > 0 && s.items.length === 0 ? beyondAge(lexicon, tokens, s, shown) : null;
    if (past) {
      beyond ??= past;
      continue;
    }
    // "Is it more of a tearjerker or a thriller?" of a card asks what it is; it asks for neither. So does "is the
    // first one scary?" with no slate on screen (a card of an earlier one, or none: never a wish for horror).
    if (s.items.length === 0 && (shown.length > 0 || (pointsAtCard ??= positionOf(tokens, spans, MAX_SLATE) !== null)) && asksOfCard(text, tokens, s.from)) {
      aboutCard.add(s);
      // "is it violent?" is answered by any of the aspect's attributes, below, not only the tag "violent" ("is it a
      // comedy?" by the genre).
      if (!byAspect(lexicon, tokens, s)) for (const a of s.attrs.slice(0, 1)) pushOnce(askedOfCard, a);
      continue;
    }
    // On a slate, "the kids are nodding", "the kids loved them all": the people watching, not a critique. (Before
    // one, "my kids love Frozen" says what to look for.) Slate or not, "a night off from the kids", "away from my
    // kids": the people left at home, never a wish for their films.
    const people = s.items.length === 0 && s.to === s.from + 1 && PEOPLE_WORDS.has(tokens[s.from].norm) && DETERMINERS.has(tokens[s.from - 1]?.norm ?? "");
    const before = tokens[s.from - 2]?.norm ?? "";
    if (people && (before === "from" || (shown.length > 0 && !FOR_THEM.has(before) && !WORKS.has(tokens[s.to]?.norm ?? "")))) continue;
    // "scare me silly": the word after "me" finishes the phrase before it.
    // "drama make me sad": what it does to them, said of what is named before.
    const effect = MAKES.has(tokens[s.from - 2]?.norm ?? "") && spans.some((o) => o.to === s.from - 2 && o.attrs.length > 0);
    if (s.items.length === 0 && tokens[s.from - 1]?.norm === "me" && (effect || spans.some((o) => (o.to === s.from || o.to === s.from - 1) && o.attrs.length > 0))) continue;
    // "It doesn't have to be a comedy", "plus it doesn't have to be animated": no need of it, and no refusal.
    if (s.items.length === 0 && noNeedOf(tokens, s.from)) continue;
    const said = polarity(tokens, s);
    // "We watched an old black and white film last week and I'm still recovering": a viewing told, no wish.
    if (said === undefined && s.items.length === 0 && critiqueDirection(tokens, s.from) === null && toldOfPast(tokens, s)) {
      aboutCard.add(s);
      continue;
    }
    // "Can you go back a few decades? These all feel very 2010s.": the slate described.
    if (shown.length > 0 && said === undefined && describesSlateAge(lexicon, tokens, s)) {
      aboutCard.add(s);
      continue;
    }
    const p = said === undefined && s.items.length === 0 && listedUnder(tokens, unwanted, s) ? false : said;
    // "since high school", "since childhood": a time, not a wish.
    if (s.items.length === 0 && tokens[s.from - 1]?.norm === "since") continue;
    if (s.attrs.length > 0 && !isOpinion(lexicon, tokens, s)) {
      const attributeId = s.attrs[0];
      const direction = critiqueDirection(tokens, s.from);
      // "Number 4 is a classic in my house!" praises a card; it asks for nothing older.
      const praise = tokens[s.from - 1]?.norm === "a" && COPULA.has(tokens[s.from - 2]?.norm ?? "");
      // "Oh, {title}! Proper classic, that. Put it on": what a card taken is, not an age asked for.
      const describesTaken = rewatch && pointer >= 0;
      if (shown.length > 0 && direction !== "less" && p !== false && COMPARATIVES[spanWords(tokens, s)] && !praise && !describesTaken) {
        comparatives.add(s);
        continue;
      }
      // On a slate, "less violent" or "no kids movies" keeps out everything the words cover: the attributes of
      // the aspect, or every reading of the phrase (Children the genre and "children" the tag). With nothing
      // shown, an aspect ("less violent please" to a question) still covers all of it.
      const negative = direction === "less" || (!direction && p === false);
      const aspect = negative ? aspectOf(lexicon, tokens, s) : [];
      const keepOut = negative && (shown.length > 0 || aspect.length > 0);
      const covers = !keepOut ? [] : aspect.length > 0 ? aspect : s.attrs.length > 1 ? [...s.attrs] : [];
      if (direction && critique === null) {
        // Led by what the slate shows most of what the words cover ("too violent" on action films: Action).
        const lead = covers.length > 0 ? mostShown(lexicon, covers, shown) : attributeId;
        const also = covers.filter((a) => a !== lead);
        critique = { itemId: critiqueTarget(namedItems, context), attributeId: lead, direction, ...(also.length > 0 ? { also } : {}) };
      } else if (p === false || direction === "less") {
        // "not war dramas", "no horror comedies": the genre closing the phrase is its kind, which is not turned down.
        const kind = p === false && unwanted !== null && unwanted.to === s.from && !tokens[s.from].breakBefore && lexicon.hasType(attributeId, GENRE);
        if (!kind) for (const a of [attributeId, ...covers]) pushOnce(reject, a);
        unwanted = s;
      } else if (p === undefined && reject.includes(attributeId) && !likedInClause(tokens, s.from)) {
        // "no drama please, drama make me sad": named again after it was turned down, said of, not wanted.
        continue;
      } else {
        pushOnce(accept, attributeId);
        const genre = lexicon.hasType(attributeId, GENRE);
        // "rom com": a phrase naming two genres wants both (not "children", the genre and the tag).
        if (genre) for (const a of s.attrs.slice(1)) if (lexicon.hasType(a, GENRE)) pushOnce(accept, a);
        // A dark comedy is a comedy; not wanting a dark comedy says nothing against comedies. A song and dance
        // picture is a musical, not one tagged "dance".
        for (const a of s.inner ?? []) if (!genre || lexicon.hasType(a, GENRE)) pushOnce(accept, a);
      }
    }
    if (s.items.length > 0) {
      const liked = p === undefined ? likedByTone(tokens) : p;
      // A series means every film of it; a title its most likely reading.
      // "something like Heat", "similar to Alien", "I loved Up": what to look for, not a film said in passing.
      const before = tokens[s.from - 1]?.norm ?? "";
      const mine = FIRST_PERSON.has(tokens[s.from - 2]?.norm ?? "") || FIRST_PERSON.has(tokens[s.from - 3]?.norm ?? "");
      const wanted = before === "like" || (before === "to" && tokens[s.from - 2]?.norm === "similar") || (LIKED_BEFORE.has(before) && mine);
      for (const itemId of s.series ? s.items : [s.items[0]]) {
        const said: MentionedItem = p === null ? { itemId, liked, unseen: true } : { itemId, liked };
        const item: MentionedItem = wanted && liked !== false ? { ...said, wanted: true } : said;
        const seen = items.findIndex((m) => m.itemId === itemId);
        if (seen < 0) items.push(item);
        else if (items[seen].liked === null) items[seen] = item;
      }
    }
  }

  // "that's a lot of romance in there, could we tone that down?": the one attribute named, less of it (on a
  // slate; with nothing shown, not wanted).
  const tonesDown = TONES_DOWN.some((p) => {
    const found = indexOfPhrase(tokens, p);
    return found >= 0 && tokens[found + p.length]?.norm !== "to";
  });
  if (tonesDown && critique === null && accept.length === 1 && reject.length === 0) {
    const attributeId = accept.pop() as number;
    if (shown.length > 0) critique = { itemId: critiqueTarget(namedItems, context), attributeId, direction: "less" };
    else reject.push(attributeId);
  } else if (tonesDown && critique?.direction === "more" && critique.also === undefined && accept.length + reject.length === 0) {
    // "Lots of romance in this list ... tone it down?": the "lots of" described the list.
    critique = { ...critique, direction: "less" };
  }
  // "something to watch with my 10 year old son", "my grandson is visiting, he is 9": a child's age asks for
  // children's films (with nothing shown; on a slate it would be a critique).
  if (shown.length === 0 && childAged(tokens)) for (const a of attrsNamed(lexicon, "children")) if (isKind(lexicon, a) && !reject.includes(a)) pushOnce(accept, a);
  // "movies from before 1990", "anything after 2005": a year, not a decade, as the bound.
  if (critique === null) beyond ??= beyondYear(lexicon, tokens, spans, shown);
  if (beyond && critique === null) critique = { ...beyond, itemId: shown.length > 0 ? critiqueTarget(namedItems, context) : null };
  // "something older", "funnier please": a critique of the slate without an attribute named (beside what it
  // turns down: "the black and white ones aren't for me, something from the last ten years").
  if (shown.length > 0 && critique === null && accept.length === 0) {
    const read = comparative(lexicon, tokens, spans.filter((s) => !comparatives.has(s) && !aboutCard.has(s)), shown);
    if (read && "attributeId" in read) critique = { ...read, itemId: critiqueTarget(namedItems, context) };
    else if (read) ungrounded = read;
  } else if (shown.length === 0 && critique === null) {
    // With nothing shown: "I like old movies", "something recent" (older or newer than most of the catalog),
    // "something funnier", "gentler please". Beside films named, against them: "like Toy Story but older" (than
    // Toy Story), "I loved The Matrix, something newer", "like Alien but funnier", "older than Up". Not "older movies
    // like Casablanca" (it is one of them) or "nothing too old" beside them: the catalog's older half, as with none.
    const named = items.filter((m) => m.liked !== false && !m.unseen).map((m) => m.itemId);
    const left = spans.filter((s) => !comparatives.has(s) && !aboutCard.has(s));
    const after = spans.find((s) => s.items.some((i) => named.includes(i)))?.to ?? tokens.length;
    const relative = outright(tokens).filter((k) => tokens[k - 1]?.norm !== "too" && !timeOfViewing(tokens, k) && (k >= after || tokens[k + 1]?.norm === "than"));
    const against = named.length > 0 ? readComparative(lexicon, tokens, left, named, false, relative) : null;
    const read = against && "attributeId" in against ? against : named.length > 0 && agesBothWays(tokens, left) ? null : comparative(lexicon, tokens, left, [], true);
    if (read && "attributeId" in read) critique = { ...read, itemId: read === against ? named[0] : null };
  }

  let ordinal: number | undefined;
  if (titled && !items.some((m) => m.itemId === titled.item)) {
    // "Dave is not for me" turns it down; "haven't seen Dave" is about seeing it (read below).
    items.push({ itemId: titled.item, liked: cardLiked(tokens, titled.from, titled.to) });
    // Words of the title are not also what the user asks for ("Pretty Woman" is no request for "pretty").
    for (const sp of spans) if (sp.from >= titled.from && sp.to <= titled.to) for (const a of sp.attrs) removeOnce(accept, a);
  }
  // "I've seen both of those, great movies!": every card, liked before (more like them, none of them again); not
  // with a card pointed at ("I loved number 2 ... more along those lines").
  const allLiked = shown.length > 0 && at === null && items.length === 0 && accept.length + reject.length === 0 && seenAllLiked(tokens);
  if (allLiked) for (const itemId of shown) items.push({ itemId, liked: true });
  if (shown.length > 0) {
    // "I love anything with Ben Stiller, let's go with that one": the one attribute named, with a take.
    // Films named beside it from outside the slate are asides ("The one with {tag}, wife loved Gone Girl").
    const wanted = rewatch && !items.some((m) => shown.includes(m.itemId)) && reject.length === 0 ? oneNamed(accept, critique) : null;
    if (at) {
      ordinal = at.position;
      const item = shown[at.position - 1];
      // "no. 2 sounds great": the "no" is the number's (cardFrom), not a refusal.
      // "I don't want the first one itself, I want more movies like it", "ugh. the 2nd one is close, find me others like
      // that": asking for its like says it is liked, whatever is said of taking it.
      const likeOf = asksForSimilar(tokens) && !unlikeAsked(tokens);
      if (!items.some((m) => m.itemId === item)) items.push({ itemId: item, liked: likeOf || cardLiked(tokens, cardFrom, at.token + 1) });
      // "seen 1 and 2 already", "3, 4 and 7 look good": the others listed with it, said the same of.
      const listed = listedPositions(tokens, at.token, shown.length);
      several = listed.length > 0;
      for (const { position } of listed) {
        if (!items.some((m) => m.itemId === shown[position - 1])) items.push({ itemId: shown[position - 1], liked: cardLiked(tokens, cardFrom, at.token + 1) });
      }
      // A number pointing at a card is not also a tag of that name ("1", "<3" on LastFM*): "seen 1 already".
      const used = [at.token, ...listed.map((l) => l.token)];
      for (const sp of spans) if (sp.items.length === 0 && used.some((k) => k >= sp.from && k < sp.to)) for (const a of sp.attrs) removeOnce(accept, a);
    } else if (critique === null && accept.length === 1 && reject.length === 0 && items.length === 0 && picksByAttribute(tokens, spans, accept[0])) {
      // "the one with Tom Hanks": the only shown item holding what it names.
      const holders = shown.filter((i) => rowHas(lexicon.catalog.attrItems, accept[0], i));
      if (holders.length === 1) items.push({ itemId: holders[0], liked: true });
    } else if (wanted !== null) {
      // Taken: the only shown item holding it.
      const holders = shown.filter((i) => rowHas(lexicon.catalog.attrItems, wanted, i));
      if (holders.length === 1) {
        items.push({ itemId: holders[0], liked: true });
        accept.length = 0;
        critique = null;
      }
    } else if (critique === null && accept.length + reject.length === 0 && !items.some((m) => shown.includes(m.itemId))) {
      const part = titlePart(lexicon, tokens, shown);
      if (part !== null) {
        // "the Matrix one" beside "The Matrix Reloaded": not the other film whose whole title it also is.
        const words = new Set(titleTokens(lexicon.catalog.itemTitle[part]));
        for (let k = items.length - 1; k >= 0; k--) if (titleTokens(lexicon.catalog.itemTitle[items[k].itemId]).every((w) => words.has(w))) items.splice(k, 1);
      }
      // "I have seen that one several times!", "I'll check it out": the featured card.
      // "It", "that one": the card just explained, else the featured one.
      const featured = context.focus !== undefined && shown.includes(context.focus) ? context.focus : shown[0];
      // "I saw Deadpool 2 and it was great": an "it" after a film named from outside the slate is that film.
      const own = beforeOthers(tokens, spans, shown);
      const said = (of: (tokens: readonly Token[]) => boolean) => of(tokens) && (own === tokens || of(own));
      const item = part ?? (said(takes) || rewatch || said(seesFeatured) || said(likedFeatured) || said(praisesFeatured) ? featured : null);
      if (item !== null) items.push({ itemId: item, liked: true });
      // "I did see it. I did not like it very much.": the featured film, turned down.
      else if (said(dislikedFeatured)) items.push({ itemId: featured, liked: false });
    }
    // "I've seen the first one", "haven't seen the second one": about having seen it, not taking it; "I've
    // seen number 2 and loved it" likes it (and asks for more like it).
    const seen = saysSeen(tokens);
    if (seen !== null && !(seen && likedByTone(tokens)) && !rewatch) {
      for (let k = 0; k < items.length; k++) {
        // A negation before "seen" is about seeing it ("haven't seen"), not a dislike.
        if (shown.includes(items[k].itemId) && (items[k].liked !== false || !seen)) items[k] = seen ? { itemId: items[k].itemId, liked: null } : { itemId: items[k].itemId, liked: null, unseen: true };
      }
    }
  }

  let intent: Intent = "chitchat";
  // Asking what a card is needs the card pointed at: by position, title or "it".
  const atCard = ordinal !== undefined || items.some((m) => shown.includes(m.itemId)) || tokens.some((t) => CARD_WORDS.has(t.norm));
  // "I haven't seen that one": what a person next wants is what it is, as a recommender would say.
  // Not "Something like 5 but that I haven't seen?", which asks for the like of it.
  const newToThem = shown.length > 0 && items.every((m) => m.unseen && shown.includes(m.itemId)) && accept.length + reject.length === 0 && unseenFeatured(tokens) && !rewatch && !(ordinal !== undefined && asksForSimilar(tokens));
  // "Are there others similar to it?" asks for more like it, not what it is; "I'll just go with {title}, I remember
  // the trailer" takes it (an info word beside a take), while "what's number 3 about? ... before I put it on" asks.
  // A card taken in so many words, with no question asked, is taken whatever it says of the reason ("Sixth one. I'm
  // choosing it because the reason you gave is exactly what I hoped for").
  const why = asksWhy(tokens) && !(explicitTake && !text.includes("?"));
  // A question of a card's attributes is asked whatever else the message says of it ("Ooh, that sounds really old,
  // is it interesting?").
  if ((critique === null || aboutCard.size > 0) && shown.length > 0 && (why || (atCard && ((asksWhatItIs(tokens) && !(rewatch && !text.includes("?"))) || (asksForInfo(tokens) && !explicitTake)) && !asksForSimilar(tokens)) || newToThem || asksForPick(tokens))) intent = "explain";
  else if (critique) intent = "critique";
  else if (accept.length + reject.length + items.length === 0 && (saysIndifferent(tokens) || (shown.length === 0 && context.question?.kind !== "choice" && (anyAlone(tokens) || skipsQuestion(tokens))))) intent = "indifferent";
  // To a question, a message that opens by shrugging and asks for nothing after it: the films it goes on about
  // are asides ("Doesn't matter to me. I've liked old stuff like Jaws and new stuff like Get Out").
  else if (context.question && shown.length === 0 && accept.length + reject.length === 0 && saysIndifferent(leadClause(tokens))) intent = "indifferent";
  else if (context.question && answerQuestion(tokens, context, accept, reject)) intent = "answer";
  else if (items.some((m) => m.liked !== false && shown.includes(m.itemId))) {
    // What the message says of having seen or liked the card, not of a film from outside the slate in a sentence
    // of its own ("The tenth one looks perfect. Last time we watched Mean Girls and everybody loved it.").
    const own = aboutShown(tokens, spans, shown);
    const seen = saysSeen(own);
    // "haven't seen the 4th one, I'll watch it" takes it.
    const talk = seen !== null && !(seen && likedByTone(own)) && !rewatch;
    // "I loved it!", "seen it and loved it", "I really liked Dave": liked before, so more like it rather than taking it.
    // "Oh yes, I love Porky's" of a shown film: known and liked.
    const lovesShown = spans.some((sp) => sp.items.some((i) => shown.includes(i)) && likesAt(tokens, sp.from - 1));
    // ...unless it is taken as well: "oh i love pretty woman! ill go with that one".
    const fond = (praisesFeatured(own) || lovesShown) && !explicitTake;
    // "More in the vein of number 4. Seen it already, mind.": more like it, seen or not.
    const similar = asksForSimilar(tokens);
    intent = talk && !similar && !explicitTake ? "chitchat" : allLiked || similar || (!rewatch && (seen || likedBefore(own) || fond)) ? "request" : "answer";
  }
  else if (accept.length + reject.length + items.length > 0 || tokens.some((t) => REQUEST.has(t.norm))) intent = "request";
  else if (shown.length === 0 && OPEN_PHRASES.some((p) => indexOfPhrase(tokens, p) >= 0)) intent = "request";

  // A question never takes a card ("the first one was amazing, got any like it?"), which would end the
  // conversation: it asks about it, unless it asks for it ("can I get the second one?").
  // "I'd rather rewatch Groundhog Day than any of these. Show me some others": a last sentence asking for others takes
  // nothing; the card is one they know.
  if (intent === "answer" && shown.length > 0 && !explicitTake && closesAskingForOthers(tokens)) intent = "request";
  // Not a take in so many words closed by a tag question ("i'll take the 8th one. 8. eight. ok?").
  if (intent === "answer" && shown.length > 0 && /\?\s*$/.test(text) && !ASKS_FOR_IT.test(text) && !(explicitTake && TAG_QUESTION.test(text))) intent = "explain";
  // "toy story", "lord of the rings": a message that is only a title, typed in lowercase, names it.
  // A tag inside it gives way ("back to the future" is no request for "future"); a genre does not ("scary movie").
  const bare = items.length === 0 && critique === null && shown.length === 0 && spans.every((sp) => sp.items.length === 0 && sp.attrs.every((a) => !isKind(lexicon, a)));
  const whole = bare && (intent === "chitchat" || spans.length > 0) ? wholeTitle(lexicon, text, tokens) : null;
  if (whole) {
    accept.length = 0;
    reject.length = 0;
    for (const itemId of whole.series ? whole.items : [whole.items[0]]) items.push({ itemId, liked: null });
    intent = "request";
  }
  // "is the 2nd one gory?": a word for several attributes at once, asked of a card, is answered by any of them.
  let askedAspect: string | undefined;
  if (intent === "explain" && askedOfCard.length === 0) {
    for (let k = 0; k < tokens.length && askedAspect === undefined; k++) {
      const names = ASPECTS[tokens[k].norm];
      if (!names || spans.some((s) => k >= s.from && k < s.to && !(aboutCard.has(s) && byAspect(lexicon, tokens, s))) || !asksOfCard(text, tokens, k)) continue;
      for (const name of names) for (const a of attrsNamed(lexicon, name)) pushOnce(askedOfCard, a);
      if (askedOfCard.length > 0) askedAspect = tokens[k].norm;
    }
  }
  const read = titled ? [...spans, { from: titled.from, to: titled.to, items: [titled.item], attrs: [], year: null }] : whole ? [whole] : spans;
  const skipped = skippedClauses(text, tokens, read, isKnownWord, CLAUSE_BREAK);
  return {
    act: {
      intent,
      accept,
      reject,
      items,
      critique,
      ...(ordinal === undefined ? {} : { ordinal }),
      ...(several ? { several } : {}),
      ...(intent === "explain" && askedOfCard.length > 0 ? { asked: askedOfCard, ...(askedAspect ? { askedAspect } : {}) } : {}),
      ...(ungrounded ? { ungrounded } : {}),
      ...(skipped.length ? { skipped } : {}),
      ...(refusesSequels(tokens) ? { noSeries: true as const } : {}),
      ...(text === typed ? {} : { read: text }),
      source: "lexicon",
    },
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
  if (amountTurnedDown(tokens, s.from, s.to)) return false;
  const except = excepted(tokens, s.from);
  if (except !== undefined) return except;
  for (let k = s.from - 1; k >= 0 && k >= s.from - REACH; k--) {
    // "ew romance", "ugh, horror": a reaction right before, its own clause break or not.
    if (DISGUST.has(tokens[k].norm) && k >= s.from - 2) return false;
    if (tokens[k + 1].breakBefore || CLAUSE_BREAK.has(tokens[k].norm)) {
      if (tokens[k].norm === "but" && k === s.from - 1 && ANYTHING.has(tokens[k - 1]?.norm ?? "")) return false;
      break;
    }
    const w = tokens[k].norm;
    // "i not like horror and i like comedy": a new "I like" before the span opens its own clause.
    if (OWN_LIKING.has(w) && FIRST_PERSON_SUBJECT.has(tokens[k - 1]?.norm ?? "")) break;
    // "no I said sci-fi", "no, I meant comedies": said again, after a "no" to how it was taken.
    if (SAID_AGAIN.has(w) && tokens[k - 1]?.norm === "i") break;
    // "these aren't funny at all": what the films shown lack, so it is wanted.
    if ((w === "arent" || w === "werent") && k === s.from - 1 && SHOWN_ONES.has(tokens[k - 1]?.norm ?? "")) return true;
    if (NEGATORS.has(w)) {
      // "haven't seen X", "can't wait for X", "not sure about X": about having seen or wanting, not disliking;
      // but "I don't want to watch X", "I'd rather not watch X" are.
      if (tokens[k - 1]?.norm === "rather") return false;
      // "I'm not watching cartoons for children": refused, not unseen.
      if (w === "not" && BE_ME.has(tokens[k - 1]?.norm ?? "") && tokens[k + 1]?.norm === "watching") return false;
      for (let j = k + 1; j < s.from && !WANTING.has(tokens[j].norm); j++) if (NEUTRALISERS.has(tokens[j].norm)) return null;
      const next = tokens[k + 1]?.norm ?? "";
      if (w === "not" && (next === "only" || next === "just")) return null;
      // "you can't go wrong with X": praise.
      if (next === "go" && tokens[k + 2]?.norm === "wrong") return true;
      return false;
    }
  }
  // "-romance", as a search box takes it.
  if (s.from === 0 && tokens[0].joiner === "-") return false;
  // "Romance? no thanks": a refusal that is all of what follows, even as its own sentence.
  let after = s.to;
  while (WORKS.has(tokens[after]?.norm ?? "")) after++;
  // "romance 👎👎 cut it out": a no said twice is a refusal whatever follows.
  if (NO.has(tokens[after]?.norm ?? "") && (tokens.slice(after + 1).every((t) => POLITE.has(t.norm)) || NO.has(tokens[after + 1]?.norm ?? ""))) return false;
  let sawNot = false;
  for (let k = s.to; k < tokens.length && k < s.to + REACH; k++) {
    if (tokens[k].breakBefore || CLAUSE_BREAK.has(tokens[k].norm)) break;
    const w = tokens[k].norm;
    // "scare me silly": the word finishes the phrase, it judges nothing.
    // "scares me silly" too.
    if (NEGATIVE_AFTER.has(w) && !(tokens[k - 1].norm === "me" && (k === s.to || k === s.to + 1))) return sawNot ? undefined : false;
    // "kinda romance-heavy": too much of it.
    if (w === "heavy" && k === s.to && tokens[k].joiner === "-") return false;
    // "X was too violent", "X is not for me"; a closing "too" means "also", and "I enjoyed X too much" is
    // liking said strongly.
    const liking = tokens[k + 1]?.norm === "much" && tokens.slice(Math.max(0, s.from - 3), s.from).some((t) => POSITIVE.has(t.norm));
    if (w === "too" && k + 1 < tokens.length && !tokens[k + 1].breakBefore && !sawNot && !liking) return false;
    // "not for me", "isn't my thing", "isn't really my kind of movie".
    if (IS_NOT.has(w) && NOT_MINE.has(tokens[k + 1]?.norm ?? "")) return false;
    // "romance is a no for me".
    if (w === "no" && tokens[k - 1]?.norm === "a") return false;
    if (IS_NOT.has(w) || w === "didnt" || w === "never") sawNot = true;
    else if (POSITIVE.has(w)) return sawNot ? false : true;
  }
  return undefined;
}

/** "sequel" and its kin, said against ("but not the sequels", "the sequels were horrible", "no sequels please"). */
const SEQUELS = new Set(["sequel", "sequels", "prequel", "prequels"]);

function refusesSequels(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => SEQUELS.has(t.norm) && polarity(tokens, { from: k, to: k + 1, items: [], attrs: [], year: null }) === false);
}

/**
 * "it was boring", "so predictable": a judgement, not a request for the tag of that name. A judgement that names a
 * kind under another name ("it's so funny": Comedy) still says what the user likes, and counts.
 */
function isOpinion(lexicon: Lexicon, tokens: readonly Token[], s: Span): boolean {
  for (let k = s.from; k < s.to; k++) if (!OPINION.has(tokens[k].norm)) return false;
  const before = tokens[s.from - 1]?.norm ?? "";
  // "sounds like fun", "looks like fun".
  const likeCopula = before === "like" && COPULA.has(tokens[s.from - 2]?.norm ?? "");
  if (!COPULA.has(before) && !likeCopula) return false;
  // "something like The Notebook but not so sad": less of it asked for, as "not too sad" asks ("it was not so sad" judges).
  if ((before === "so" || before === "very") && tokens[s.from - 2]?.norm === "not" && !COPULA.has(tokens[s.from - 3]?.norm ?? "")) return false;
  const said = tokens.slice(s.from, s.to).map((t) => t.norm).join(" ");
  return fold(lexicon.catalog.attrName[s.attrs[0]]) === said;
}

/** Words that turn a list into a new wish: "no horror, just comedy", "no gore, but funny". */
const LIST_TURNS = new Set([...CLAUSE_BREAK, ...SOME, ...ANYTHING, "just", "only", "but", "and", "or", "maybe", "more", "a", "an", "i", "want", "prefer", "please", "then", "instead", "rather", "like", "with", "yes", "yeah", ...POSITIVE]);
/** `s` right after a comma that follows `prev`, one or two plain words between: "sad, heavy dramas". */
function listedUnder(tokens: readonly Token[], prev: Span | null, s: Span): boolean {
  if (prev === null || tokens[prev.to]?.joiner !== "," || s.from - prev.to < 1 || s.from - prev.to > 2) return false;
  for (let k = prev.to; k < s.from; k++) if (LIST_TURNS.has(tokens[k].norm) || (k > prev.to && tokens[k].breakBefore)) return false;
  return !tokens[s.from].breakBefore;
}

/** Asking for less of what the message names elsewhere in it. */
/** Between a word of cutting and an attribute: "drop anything that says drama", "cut everything with horror". */
const WHATEVER_SAYS = new Set(["anything", "everything", "all", "that", "thats", "says", "is", "has", "with", "the"]);
/** Before "on the ...": "chill on the romance", "go easy on the horror", "lighter on the drama". */
const EASY_ON = new Set(["chill", "easy", "easier", "light", "lighter"]);
const TONES_DOWN = [
  ["tone", "that", "down"], ["tone", "it", "down"], ["tone", "down"], ["tone", "them", "down"], ["cut", "back"], ["dial", "it", "back"], ["dial", "that", "back"],
  ["dial", "back"], ["dial", "down"], ["dial", "it", "down"], ["ease", "up"], ["ease", "off"], ["scale", "back"], ["too", "many"], ["too", "much"], ["to", "many"], ["to", "much"],
  ["less", "of", "that"], ["less", "of", "those"], ["less", "of", "it"], ["less", "of", "them"], ["fewer", "of", "those"], ["fewer", "of", "them"], ["lay", "off"], ["enough", "with", "the"],
  ["cut", "down"], ["so", "much", "of", "that"], ["so", "much", "of", "it"],
  // "there's a lot of romance in here and I'm kind of over it. Could you leave that out?"
  ["over", "it"], ["leave", "that", "out"], ["leave", "it", "out"], ["leave", "those", "out"], ["leave", "them", "out"],
];

/** The one attribute a message names as wanted (accepted, or asked more of), or null. */
function oneNamed(accept: readonly number[], critique: Critique | null): number | null {
  if (critique === null) return accept.length === 1 ? accept[0] : null;
  return accept.length === 0 && critique.direction === "more" && critique.also === undefined ? critique.attributeId : null;
}

const CARD_QUESTION = [["is", "it"], ["is", "that"], ["is", "this"], ["was", "it"], ["does", "it"], ["is", "the"], ["is", "number"]];
/** The most cards a slate shows, for reading a position where none is shown. */
const MAX_SLATE = 10;
/** A span asked of a card that an aspect answers: a word for several attributes ("violent") that is no genre. */
function byAspect(lexicon: Lexicon, tokens: readonly Token[], s: Span): boolean {
  return ASPECTS[spanWords(tokens, s)] !== undefined && !s.attrs.some((a) => isKind(lexicon, a));
}

/** The clause holding token `k` opens "is it ..." (or the like) and its sentence ends with a question mark. */
function asksOfCard(text: string, tokens: readonly Token[], k: number): boolean {
  // The question may open a later clause: "what about 9, is it bloody?".
  let from = k;
  while (from > 0 && !tokens[from].breakBefore) from--;
  let to = k + 1;
  while (to < tokens.length && !tokens[to].stopBefore) to++;
  // "hmm is number 5 a musical?".
  while (from < k && HESITATIONS.has(tokens[from].norm)) from++;
  const end = to < tokens.length ? text.slice(tokens[to - 1].end, tokens[to].start) : text.slice(tokens[to - 1].end);
  // "Is it ok if I get fewer romance movies?" asks leave.
  const leave = PERMISSION.has(tokens[from + 2]?.norm ?? "");
  // "is 6 scary?", "is #2 a comedy?": a card's number right after the "is".
  const numbered = (tokens[from].norm === "is" || tokens[from].norm === "was") && /^(?:[1-9]|10)$/.test(tokens[from + 1]?.norm ?? "");
  return end.includes("?") && !leave && (numbered || CARD_QUESTION.some(([a, b]) => tokens[from].norm === a && tokens[from + 1]?.norm === b));
}

/** "i guess" or "i suppose" right after `k`'s word ("hmm {title} i guess"), perhaps after a comma. */
function guessed(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === "i" && (tokens[k + 1]?.norm === "guess" || tokens[k + 1]?.norm === "suppose");
}

/** "it is" closing its clause right after `k`'s word: "Number 7 it is!". */
function itIs(tokens: readonly Token[], k: number): boolean {
  // "5 it is lol": laughter may close it.
  return tokens[k]?.norm === "it" && tokens[k + 1]?.norm === "is" && (k + 2 === tokens.length || tokens[k + 2].breakBefore || LAUGHTER.has(tokens[k + 2].norm));
}
const LAUGHTER = new Set(["lol", "lmao", "haha", "hahaha", "rofl", "xd"]);

/** A message that says it loved something speaks for the titles in it; a lone "bad" may sit inside a title. */
function likedByTone(tokens: readonly Token[]): boolean | null {
  for (const t of tokens) if (POSITIVE.has(t.norm)) return true;
  return LIKING_PHRASES.some((p) => {
    const at = indexOfPhrase(tokens, p);
    return at >= 0 && !negatedBefore(tokens, at);
  })
    ? true
    : null;
}
/** Liking said without an opinion word: "exactly my kind of movie", "right up my alley" (not "not my kind of film"). */
const LIKING_PHRASES = [["my", "kind", "of"], ["my", "type", "of"], ["my", "sort", "of"], ["up", "my", "alley"]];

/** Seen every card and liked them: "Yes I have seen both of them, great movies", "Oh yes, I loved both of those movies". */
function seenAllLiked(tokens: readonly Token[]): boolean {
  if (likesNow(tokens) === "all" || praisesAll(tokens)) return true;
  // Sentence by sentence, and where a sentence holds a "not", clause by clause: "I have watched every one of these
  // and enjoyed them all. Anything I might not have seen?", "We've watched all of these and liked them, so we need
  // some we haven't seen yet"; but "seen all of these already lol, they're all good" across its comma.
  // The clauses before the first negated one are read together too: "We've already watched all 10 of these, and
  // they're all great, but we need something neither of us has seen".
  for (const sentence of splitAt(tokens, (t) => t.stopBefore)) {
    const negated = sentence.some((t) => NEGATORS.has(t.norm));
    const clauses = negated ? splitAt(sentence, (t) => t.breakBefore || CLAUSE_BREAK.has(t.norm)) : [sentence];
    const firstNegated = clauses.findIndex((c) => c.some((t) => NEGATORS.has(t.norm)));
    const lead = firstNegated > 1 ? [clauses.slice(0, firstNegated).flat()] : [];
    for (const said of [...clauses, ...lead]) {
      const every = said.some((t) => ALL_OF_THEM.has(t.norm)) || EVERY_ONE.some((p) => indexOfPhrase(said, p) >= 0);
      if (!every || said.some((t) => NEGATORS.has(t.norm))) continue;
      // "those are all movies I love": a liking said in the present ("like" is too often "such as").
      const loves = said.some((t, j) => LOVES.has(t.norm) && likesAt(said, j));
      if ((saysSeen(said) === true && likedByTone(said) === true) || likedBefore(said) || loves) return true;
    }
  }
  return false;
}

/** Before an attribute, an amount of it said of what is shown or seen: "lots of romance here", "a lot of horror lately". */
const AMOUNT_OF = [["a", "lot", "of"], ["lots", "of"], ["so", "much"], ["so", "many"], ["plenty", "of"], ["full", "of"]];
/** Later words that turn such an amount down: "maybe fewer of this kind?", "had enough", besides a negation. */
const TURNS_DOWN = new Set(["fewer", "less", "enough", "tired", "sick"]);

/** "hmm lots of romance here, I'm not into that", "It is a lot of romance... maybe fewer of this kind?", "ugh so much horror". */
function amountTurnedDown(tokens: readonly Token[], from: number, to: number): boolean {
  const amount = AMOUNT_OF.find((p) => p.length <= from && p.every((w, i) => tokens[from - p.length + i].norm === w));
  if (!amount) return false;
  // "ugh so much romance": a reaction right before it.
  if (DISGUST.has(tokens[from - amount.length - 1]?.norm ?? "")) return true;
  for (let k = to; k < tokens.length; k++) {
    if (TURNS_DOWN.has(tokens[k].norm)) return true;
    // A negation of it, not of something else ("a lot of action, not too long").
    if (NEGATORS.has(tokens[k].norm) && tokens.slice(k + 1, k + 4).some((t) => OF_IT.has(t.norm))) return true;
  }
  return false;
}
/** After a negation, words that make it about what was just named: "not into that", "not really feeling it", "no thanks". */
const OF_IT = new Set(["that", "it", "this", "those", "them", "these", "into", "feeling", "fan", "mood", "keen", "thing", "thanks"]);

/** A liking in the present, "like" left out ("all look like comedies"). */
const LOVES = new Set(["love", "loves", "adore", "enjoy"]);
/** "doesn't have to be" in the clause before `k`. */
function noNeedOf(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 2; j--) {
    if (tokens[j].norm === "to" && tokens[j - 1].norm === "have" && NEGATORS.has(tokens[j - 2].norm)) return true;
    if (tokens[j].breakBefore) return false;
  }
  return false;
}
/** A word of liking or wanting in the clause before `k`: "but we like comedys". */
function likedInClause(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (OWN_LIKING.has(tokens[j].norm) || WANTING.has(tokens[j].norm)) return true;
    if (tokens[j].breakBefore) return false;
  }
  return false;
}
/** "drama makes me sad". */
const MAKES = new Set(["make", "makes", "made", "making"]);
/** "I'm", "we're": before a "not watching" that refuses. */
const BE_ME = new Set(["im", "were", "am", "are"]);
/** After "I": words that say a wish again ("no I said sci-fi"). */
const SAID_AGAIN = new Set(["said", "meant", "asked", "wrote", "typed"]);
/** The films shown, as a reply calls them: "these aren't funny". */
const SHOWN_ONES = new Set(["these", "those", "they", "them"]);

/** "more X", "less X", "too X", "not so X", "fewer X", "no more X" right before an attribute. */
function critiqueDirection(tokens: readonly Token[], from: number): Direction | null {
  // "could we tone down the romance", "cut down on horror", "lay off the gore".
  let j = from;
  while (j > 0 && (tokens[j - 1].norm === "the" || tokens[j - 1].norm === "on")) j--;
  if (TONES_DOWN.some((p) => p.length <= j && p.every((w, i) => tokens[j - p.length + i].norm === w))) return "less";
  // "drop anything that says drama", "cut everything with horror".
  for (let k = from - 1; k >= 0 && k >= from - 4 && WHATEVER_SAYS.has(tokens[k].norm); k--) if (CUTTING.has(tokens[k - 1]?.norm ?? "")) return "less";
  // "can u chill on the romance", "go easy on the horror".
  if (tokens[j]?.norm === "on" && EASY_ON.has(tokens[j - 1]?.norm ?? "")) return "less";
  if (amountTurnedDown(tokens, from, from + 1)) return "less";
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    if (tokens[k + 1].breakBefore) break;
    const w = tokens[k].norm;
    // "no more kids movies", "not any more horror".
    // Not "no, more action": a "no" set off from it refuses something else.
    if (MORE.has(w)) return !tokens[k].breakBefore && (NEGATORS.has(tokens[k - 1]?.norm ?? "") || (!tokens[k - 1]?.breakBefore && NEGATORS.has(tokens[k - 2]?.norm ?? ""))) ? "less" : "more";
    if (LESS.has(w)) return "less";
    // "a little too heavy on the romance".
    if (w === "on" && tokens[k - 1]?.norm === "heavy" && tokens[k - 2]?.norm === "too") return "less";
    if ((w === "so" || w === "as") && tokens[k - 1]?.norm === "not") return "less";
    if ((w === "out" || w === "of") && (REMOVING.has(tokens[k - 1]?.norm ?? "") || CUTTING.has(tokens[k - 1]?.norm ?? ""))) return "less";
    if (w === "of" && FED_UP.has(tokens[k - 1]?.norm ?? "")) return "less";
    // "I'm good on romance" (enough of it).
    if (w === "on" && tokens[k - 1]?.norm === "good" && tokens[k - 2]?.norm === "im") return "less";
    // "I'm over romance", "so over horror".
    if (w === "over" && (tokens[k - 1]?.norm === "im" || tokens[k - 1]?.norm === "am" || tokens[k - 1]?.norm === "so")) return "less";
    // "hold the comedy", as an order is given; "can u cut the romance stuff".
    if (w === "the" && (tokens[k - 1]?.norm === "hold" || CUTTING.has(tokens[k - 1]?.norm ?? ""))) return "less";
    // "I'd rather not have quite so much romance".
    if ((w === "much" || w === "many") && (tokens[k - 1]?.norm === "so" || tokens[k - 1]?.norm === "as") && tokens.slice(Math.max(0, k - 5), k - 1).some((t) => NEGATORS.has(t.norm))) return "less";
  }
  return null;
}

/** Attribute ids by folded catalog name, per lexicon. */
const byName = new WeakMap<Lexicon, Map<string, number[]>>();

function attrsNamed(lexicon: Lexicon, name: string): readonly number[] {
  let names = byName.get(lexicon);
  if (!names) {
    names = new Map();
    const c = lexicon.catalog;
    for (let a = 0; a < c.nAttributes; a++) {
      const key = textTokens(c.attrName[a]).join(" ");
      const list = names.get(key);
      if (list) list.push(a);
      else names.set(key, [a]);
    }
    byName.set(lexicon, names);
  }
  return names.get(name) ?? [];
}

/** Every catalog attribute a critique word covers (ASPECTS), in the table's order; empty when it is no aspect word. */
function aspectOf(lexicon: Lexicon, tokens: readonly Token[], s: Span): number[] {
  const out: number[] = [];
  for (const name of ASPECTS[spanWords(tokens, s)] ?? []) for (const a of attrsNamed(lexicon, name)) pushOnce(out, a);
  return out;
}

function spanWords(tokens: readonly Token[], s: Span): string {
  return tokens.slice(s.from, s.to).map((t) => t.norm).join(" ");
}

/**
 * The first comparative of a message outside the spans, as a critique of the shown items ("funnier": more
 * Comedy; "gentler": none of what "violent" covers; "older": one of the decades before the slate's median),
 * or why the catalog cannot act on it.
 */
function comparative(
  lexicon: Lexicon,
  tokens: readonly Token[],
  spans: readonly Span[],
  shown: readonly number[],
  catalogWide = false,
): Omit<Critique, "itemId"> | NonNullable<UserAct["ungrounded"]> | null {
  // A comparative form asks ("kinda old school, got anything newer?"): it goes before what describes the slate
  // ("these came out before I was born", "it's all from the last few years"), then an age asked by going back or
  // as a stretch of years, then a plain word describing what was shown, the words in order.
  // Not "the older ones", "these newer ones", which say what was seen ("I've seen a lot of the older ones, so
  // something more recent").
  const asked = outright(tokens);
  const read = readComparative(lexicon, tokens, spans, shown, catalogWide, asked);
  if (read) return read;
  if (goesBack(tokens)) return along(lexicon, OLDER, "older", shown);
  const years = yearsBack(tokens);
  if (years !== null) {
    const last = lastYears(lexicon, years);
    if (last) return last;
  }
  return readComparative(lexicon, tokens, spans, shown, catalogWide, [...tokens.keys()].filter((k) => !asked.includes(k)));
}

/** "I've liked old stuff like Jaws and new stuff like Get Out": ages said both ways ("too old" the other way), so neither is asked for. */
function agesBothWays(tokens: readonly Token[], spans: readonly Span[]): boolean {
  const ways = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (inTitle(spans, k)) continue;
    const word = tokens[k].norm;
    const c = word === "new" ? NEWER : COMPARATIVES[word];
    if (!c || !("order" in c) || c.needs !== "dates") continue;
    ways.add(tokens[k - 1]?.norm === "too" ? (c.order === "lower" ? "higher" : "lower") : c.order);
  }
  return ways.size > 1;
}

/** Where a comparative is asked outright: a form in -er ("older", not "the older ones" seen), or after "more"/"less". */
function outright(tokens: readonly Token[]): number[] {
  const asked = (k: number) => (/er$/.test(tokens[k].norm) && !SEEN_ONES.has(tokens[k - 1]?.norm ?? "")) || MORE.has(tokens[k - 1]?.norm ?? "") || LESS.has(tokens[k - 1]?.norm ?? "");
  return [...tokens.keys()].filter(asked);
}

/** The first of `positions` holding a comparative or an aspect word, read against the slate (or the catalog). */
function readComparative(
  lexicon: Lexicon,
  tokens: readonly Token[],
  spans: readonly Span[],
  shown: readonly number[],
  catalogWide: boolean,
  positions: readonly number[],
): Omit<Critique, "itemId"> | NonNullable<UserAct["ungrounded"]> | null {
  for (const k of positions) {
    const word = tokens[k].norm;
    if (spans.some((s) => k >= s.from && k < s.to)) continue;
    // "my 10 year old", "an 8-year-old": a person's age; so is "old enough for it".
    if (AGE_UNITS.has(tokens[k - 1]?.norm ?? "") || tokens[k + 1]?.norm === "enough") continue;
    // "nothing here is new to me": unseen, not an age.
    if (word === "new" && tokens[k + 1]?.norm === "to") continue;
    // "maybe later", "I said earlier": a time; "earlier ones", "later than the 90s", "2010 or later", "something later?" are ages.
    const timeWord = (word === "later" || word === "earlier") && tokens[k - 1]?.norm !== "or";
    if (timeWord && !AGE_AFTER.has(tokens[k + 1]?.norm ?? "") && !WORKS.has(tokens[k + 1]?.norm ?? "") && !(k + 1 === tokens.length && SOME.has(tokens[k - 1]?.norm ?? ""))) continue;
    // "these are to new": "to" typed for "too" right after a copula.
    const tooTyped = tokens[k - 1]?.norm === "to" && COPULAS_BEFORE.has(tokens[k - 2]?.norm ?? "");
    const too = tokens[k - 1]?.norm === "too" || tooTyped || (shown.length > 0 && describesShown(tokens, k)) ? TOO_AGED[word] : undefined;
    // With nothing shown an order needs the catalog as its reference, which only an age asked for has.
    // "I want new movies" on a slate: newer ones ("new ones", "a new list" ask for others; so does "got new stuff?"
    // after "ive seen every one of em").
    // "a little less old": the other way along the same order.
    const lessOf = !too && tokens[k - 1]?.norm === "less" && TOO_AGED[word] !== undefined;
    // "more old", "more new", as people new to English say "older", "newer": the way away from "too old".
    const moreOf = !too && tokens[k - 1]?.norm === "more" && TOO_AGED[word] !== undefined ? (TOO_AGED[word] === OLDER ? NEWER : OLDER) : undefined;
    // "I don't know any old movies", "no old stuff please": turned down, so the other way ("I don't mind old ones" is not).
    // So are "not so recent", "nothing this recent" (not "nothing new", which asks for others).
    const notOf = !too && !lessOf && (TOO_AGED[word] === NEWER || word === "recent" || word === "modern") && turnedDownBefore(tokens, k);
    // "anything up to date?": newer.
    const upToDate = word === "date" && tokens[k - 1]?.norm === "to" && tokens[k - 2]?.norm === "up";
    const order = lessOf || notOf ? TOO_AGED[word] : too ?? moreOf ?? COMPARATIVES[word] ?? (upToDate ? NEWER : undefined) ?? (word === "new" && shown.length > 0 && NEW_WORKS.has(tokens[k + 1]?.norm ?? "") && saysSeen(tokens) !== true ? TOO_AGED.old : undefined);
    if (catalogWide && order && "order" in order && (order.needs !== "dates" || !asksForAge(tokens, k, spans))) continue;
    // An aspect word the catalog has no attribute of: "less gore", "no gore".
    const direction = ASPECTS[word] ? critiqueDirection(tokens, k) ?? (negatedBefore(tokens, k) ? "less" : null) : null;
    const c: Comparative | undefined = order ?? (direction ? { direction, aspect: word } : undefined);
    if (!c) continue;
    if ("aspect" in c) {
      const names = ASPECTS[c.aspect] ?? [c.aspect];
      const attrs: number[] = [];
      for (const name of names) for (const a of attrsNamed(lexicon, name)) pushOnce(attrs, a);
      if (attrs.length === 0) return { word, why: `this catalog has nothing marked ${c.aspect}` };
      // "Less" keeps out all of it, led by what the slate shows most; "more" asks for the aspect's own attribute.
      if (c.direction === "more") return { attributeId: attrs[0], direction: "more" };
      const lead = mostShown(lexicon, attrs, shown);
      return { attributeId: lead, direction: "less", also: attrs.filter((a) => a !== lead) };
    }
    return along(lexicon, c, word, shown);
  }
  return null;
}

/** A negation within three words before `k`, in its clause, with no "mind" that makes it no objection nor "seen" a viewing. */
function turnedDownBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (NO_OBJECTION.has(tokens[j].norm) || VIEWED_OR_SAID_OF.has(tokens[j].norm)) return false;
    // "It is not that old" says what a film is.
    if (NEGATORS.has(tokens[j].norm)) return !VIEWED_OR_SAID_OF.has(tokens[j - 1]?.norm ?? "");
    if (tokens[j].breakBefore) return false;
  }
  return false;
}
const NO_OBJECTION = new Set(["mind", "care", "matter", "wrong", "problem", "against", "opposed", "averse"]);
/** "I haven't seen anything that old": a viewing told, not an age turned down. */
const VIEWED_OR_SAID_OF = new Set(["seen", "saw", "watched", "heard", "is", "was", "its", "thats"]);

/** Copulas before a "to" typed for "too": "these are to new", "its to old". */
const COPULAS_BEFORE = new Set(["are", "is", "r", "its", "theyre", "all", "way"]);

/** After "later"/"earlier", words that make it an age: "earlier ones", "an earlier era", "later than the 90s". */
const AGE_AFTER = new Set(["than", "ones", "one", "era", "eras", "years", "decades", "stuff", "releases", "titles", "picks", "decade"]);
const NEW_WORKS = new Set(["movies", "movie", "films", "film", "stuff", "titles"]);

/** Of `attrs`, the one most of the shown items hold (the first on a tie). */
function mostShown(lexicon: Lexicon, attrs: readonly number[], shown: readonly number[]): number {
  let best = attrs[0];
  let bestCount = -1;
  for (const a of attrs) {
    let count = 0;
    for (const i of shown) if (rowHas(lexicon.catalog.attrItems, a, i)) count++;
    if (count > bestCount) (best = a), (bestCount = count);
  }
  return best;
}

function critiqueTarget(namedItems: readonly number[], context: TurnContext): number | null {
  const shown = context.shown ?? [];
  // On a slate, a card it names; a film from outside it is an aside ("less romance, we just watched The Notebook").
  if (shown.length > 0) return namedItems.find((i) => shown.includes(i)) ?? (shown.length === 1 ? shown[0] : null);
  return namedItems.length > 0 ? namedItems[0] : null;
}

/** Fills accept/reject from a reply to the pending question; true when the message answers it. */
function answerQuestion(tokens: readonly Token[], context: TurnContext, accept: number[], reject: number[]): boolean {
  const q = context.question!;
  // "eh not really", "hmm yeah ok": a sound made before the answer is no part of it.
  let lead = 0;
  while (lead < tokens.length - 1 && HESITATIONS.has(tokens[lead].norm)) lead++;
  const words = tokens.slice(lead);
  const first = words[0]?.norm ?? "";
  const says = (set: ReadonlySet<string>) => set.has(first) || (words.length <= 4 && words.some((t) => set.has(t.norm)));
  if (q.kind === "yesno") {
    if (accept.includes(q.attributeId) || reject.includes(q.attributeId)) return true;
    // "the second one please" points at a card, whatever its "please"; it is no "yes".
    if (positionOf(tokens, [], ORDINAL_REACH) !== null && !tokens.every((t) => YES.has(t.norm) || POLITE.has(t.norm))) return false;
    // "ok, what have you got?", "okay show me some": the "ok" opens a request to be shown, it answers nothing.
    if (MARKERS.has(tokens[0]?.norm ?? "") && (OPEN_PHRASES.some((p) => indexOfPhrase(tokens, p) >= 0) || tokens.some((t) => SHOWING.has(t.norm)))) return false;
    const no = says(NO) || (first === "not" && words.length <= 3) || (first === "i" && words[1]?.norm === "dont");
    if (no) return pushOnce(reject, q.attributeId), true;
    if (says(YES) || (first === "i" && words[1]?.norm === "do")) return pushOnce(accept, q.attributeId), true;
    return false;
  }
  const options = q.attributeIds;
  if (options.some((a) => accept.includes(a) || reject.includes(a))) return true;
  const at = positionOf(tokens, [], options.length);
  if (at) return pushOnce(accept, options[at.position - 1]), true;
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

/**
 * The position a message points at among `count` shown things: an ordinal ("the second one", "that first
 * one", "2nd"), "the last one", a number after "number"/"option" or "#" ("number 3", "#2"), or a message that
 * is only a number. Words inside a title ("The Last Samurai") do not count. 1-based, with the token it was read at.
 */
function positionOf(tokens: readonly Token[], spans: readonly Span[], count: number): { position: number; token: number } | null {
  for (let k = 0; k < tokens.length; k++) {
    if (inTitle(spans, k)) continue;
    const w = tokens[k].norm;
    // "went back and forth", "and so forth": no fourth card.
    if (w === "forth" && (tokens[k - 1]?.norm === "and" || tokens[k - 1]?.norm === "so")) continue;
    // "First date night in ages", "for the first time": an ordinal of something else.
    let p = NOT_CARDS.has(tokens[k + 1]?.norm ?? "") ? undefined : ORDINALS[w];
    // "the last one", not "the last 20 years" or "the last decade".
    // Not "the last ten years" either.
    const span = (/^\d+$/.test(tokens[k + 1]?.norm ?? "") && tokens[k + 1].norm !== "1") || TIME_WORDS.has(tokens[k + 1]?.norm ?? "") || (NUMBERS[tokens[k + 1]?.norm ?? ""] ?? 0) > 1;
    if (w === "last" && !span && (tokens[k + 1]?.norm === "one" || tokens[k + 1]?.norm === "1" || tokens[k - 1]?.norm === "the" || (tokens[k - 1]?.norm === "very" && tokens[k - 2]?.norm === "the") || tokens.length === 1)) p = count;
    // "seen the last two": the first of the cards counted from the end (the others are listed), not "the last two years".
    const few = lastFew(tokens, k);
    if (few > 1 && few <= count) p = count - few + 1;
    // "the bottom one", "the one at the bottom", "top one".
    // "the one at the very bottom".
    const the = tokens[k - 1]?.norm === "very" ? k - 2 : k - 1;
    const atThe = tokens[the]?.norm === "the" && (k === tokens.length - 1 || tokens[the - 1]?.norm === "at");
    if (w === "bottom" && (tokens[k + 1]?.norm === "one" || tokens.length === 1 || atThe)) p = count;
    // "the one you put up top", not "on top of that".
    const upTop = (tokens[k - 1]?.norm === "up" || tokens[k - 1]?.norm === "on") && tokens[k + 1]?.norm !== "of";
    // "let's begin again from the top" starts over.
    const fromTop = tokens[k - 2]?.norm === "from" && tokens[k - 1]?.norm === "the";
    if (w === "top" && !fromTop && (tokens[k + 1]?.norm === "one" || PICK.has(tokens[k + 1]?.norm ?? "") || tokens.length === 1 || atThe || upTop)) p = 1;
    // "number for looks good": a number heard as a word that sounds like it, after "number" and before what is
    // said of a card or nothing (not "a number to call").
    const next = tokens[k + 1];
    const heard = tokens[k - 1]?.norm === "number" && tokens[k - 2]?.norm !== "a" && (next === undefined || next.breakBefore || POLITE.has(next.norm) || CARD_VERBS.has(next.norm) || ONE_WORDS.has(next.norm));
    const n = numberOf(w) ?? (heard ? SOUNDS_LIKE[w] : undefined);
    // Most words are no number and no ordinal: what follows looks at the whole message, so it is skipped for them.
    if (p === undefined && n === undefined) continue;
    // A message that is only a number, give or take a "please": "2", "one please".
    const alone = tokens.every((t, j) => j === k || POLITE.has(t.norm));
    // "no one of these" is none of them; "no. 1", "no 2" are numbers.
    const before = tokens[k - 1]?.norm ?? "";
    const position = POSITION.has(before) && !(before === "no" && w === "one" && tokens[k].joiner !== ".");
    // "the 3 please", "the 4 one", "could I have 9 instead": a bare number pointed at.
    // Not an amount: "I'd like 2 more", "about 10 years ago", "like 3 movies".
    const after = tokens[k + 1]?.norm ?? "";
    // "4 looks good", "3. in a rush, thanks": a number opening the message, said of or standing alone.
    // "5, I guess": so does one set off by a comma from a word that is no number.
    const setOff = tokens[k + 1]?.breakBefore === true && NUMBERS[after] === undefined && !/^\d+$/.test(after);
    // "10 for sure. thanks": a sentence of its own, short, that the number opens.
    let end = k + 1;
    while (end < tokens.length && !tokens[end].stopBefore) end++;
    const own = end < tokens.length && end - k <= 3;
    // "9 for sure, that's exactly what I was after": a clause of its own that only vouches for the number.
    let clause = k + 1;
    while (clause < tokens.length && !tokens[clause].breakBefore) clause++;
    const vouched = clause > k + 1 && tokens.slice(k + 1, clause).every((t) => VOUCHING.has(t.norm));
    // "perfect, 4 is one we'll both like", "yesss 2 looks good", "eh screw it, 7": after what a reply opens with.
    const led = ledBy(tokens, k, spans);
    // "hell yeah 3": the number closing what the sounds open; "8 perfect", "8 thats the one": taken in the words after it.
    const praised = TAKE_WORDS.has(after) && (k + 2 === tokens.length || tokens[k + 2].breakBefore);
    // "4 bruh that one looks fire": an exclamation may come between.
    let then = k + 1;
    while (EXCLAMATIONS.has(tokens[then]?.norm ?? "")) then++;
    const takenAfter = NUMBER_TAKEN.some((p) => p.every((w, j) => tokens[then + j]?.norm === w));
    // "3, 4 and 7 look good", "2 and 5 sound fun": a list of numbers said of together.
    const list = listSaidOf(tokens, k);
    // "None of the rest do anything for me but 2 looks good", "not 1, not 2... 6! that one": a number opening a
    // later clause, said of as a card is.
    const opensClause = k > 0 && (tokens[k].breakBefore || tokens[k - 1].norm === "but") && (LOOKS.has(after) || takenAfter || tokens[k + 1]?.stopBefore === true);
    // "ooh 4 more like that one!!", "10 more in that vibe??": the like of the card opening the message.
    const likeOfIt = after === "more" && asksForSimilar(tokens);
    const said = opensClause || led && (k === tokens.length - 1 || likeOfIt || praised || takenAfter || list || CARD_VERBS.has(after) || itIs(tokens, k + 1) || tokens[k + 1]?.stopBefore === true || tokens[k + 1]?.joiner === "." || setOff || own || vouched || after === "please" || after === "pls");
    // "why is 7 in there?", "what's the plot of 4", "how come 8 is on here?", "he's asking what 2 is even about".
    const asked = ((before === "is" || before === "of") && tokens.slice(Math.max(0, k - 4), k - 1).some((t) => ASKING_OF.has(t.norm))) || (before === "come" && tokens[k - 2]?.norm === "how") || ASKING_OF.has(before);
    // "we both agreed on 3", "settled on 6".
    const agreed = before === "on" && AGREED.has(tokens[k - 2]?.norm ?? "");
    // "never heard of 6, what is it about".
    const heardOf = before === "of" && tokens[k - 2]?.norm === "heard";
    // "is 6 scary?": a question opening on the card's number.
    const askedIs = (before === "is" || before === "was") && (k === 1 || tokens[k - 1].breakBefore);
    // "something along the lines of 1", "give me 7" (typed "gimme 7"): a number closing the message after them.
    const closing = tokens.slice(k + 1).every((t) => POLITE.has(t.norm));
    // "in the spirit of 3 but not that one": so does one closing its clause.
    const closesClause = closing || tokens[k + 1]?.breakBefore === true || tokens[k + 1]?.norm === "but";
    const closed = (closesClause && before === "of" && tokens.slice(Math.max(0, k - 3), k - 1).some((t) => LIKE_NOUNS.has(t.norm))) || (closing && before === "me" && tokens[k - 2]?.norm === "give");
    // "ill go with six", "why five": a number word after such a word, closing the message.
    // So does one said on its own ("ok five. that's the one") or before "one" ("the eight one").
    const spoken = (NUMBERS[w] ?? 0) > 1 && ((DIGIT_POSITION.has(before) && tokens.slice(k + 1).every((t) => POLITE.has(t.norm))) || said || (ONE_WORDS.has(after) && (before === "the" || DIGIT_POSITION.has(before))));
    // "I'd like 2 more" counts films; "liked 3, more like it" points at the third.
    const counts = ELSEWHERE.has(after) && after !== "instead" && !tokens[k + 1].breakBefore && !(led && likeOfIt);
    // "about 10 years ago" counts time; "ok 9. night!" says goodnight after the number.
    const timed = TIME_WORDS.has(after) && !tokens[k + 1].breakBefore && tokens[k + 1].joiner !== ".";
    // "the 1 with ben stiller in it": "1" for "one", picking by what the card holds.
    const oneWith = w === "1" && ONE_WITH.has(after);
    const pointed = !oneWith && (spoken || /^\d+$/.test(w) && (before === "the" || DIGIT_POSITION.has(before) || ONE_WORDS.has(after) || after === "instead" || said || asked || askedIs || closed || agreed || heardOf) && !timed && !counts && !(WORKS.has(after) && after !== "movie" && after !== "film"));
    if (p === undefined && n !== undefined && (tokens[k].joiner === "#" || position || pointed || alone)) p = n;
    if (p !== undefined) p = counted(tokens, k, p, count);
    if (p !== undefined && p >= 1 && p <= count) return { position: p, token: k };
  }
  return null;
}

/** Where the message's last sentence starts (0: it has one). */
function lastSentence(tokens: readonly Token[]): number {
  let last = tokens.length - 1;
  while (last > 0 && !tokens[last].stopBefore) last--;
  return last;
}

/**
 * The message's last sentence, of two or more, asks to see others: "Show me some others", "What else have you got?"
 * (not "don't show me anything else").
 */
function closesAskingForOthers(tokens: readonly Token[]): boolean {
  const last = lastSentence(tokens);
  if (last === 0) return false;
  const sentence = tokens.slice(last);
  if (sentence.some((t) => NEGATORS.has(t.norm))) return false;
  return sentence.some((t) => OTHERS_WORDS.has(t.norm)) && sentence.some((t) => SHOWING.has(t.norm) || OFFERING.has(t.norm));
}
const OTHERS_WORDS = new Set(["else", "other", "others", "different"]);
/** Besides SHOWING: "give me others", "what else have you got". */
const OFFERING = new Set(["give", "see", "got", "have", "find", "what"]);

/** A question closing a message only to check it was heard: "ok?", "alright?", "got it?". */
const TAG_QUESTION = /(^|[\s.,!])(ok|okay|alright|all right|right|got it|yeah|yes)\?+\s*$/i;

/** "nothing like 3", "not like these": the like of a card refused. */
function unlikeAsked(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => (t.norm === "like" || t.norm === "similar") && UNLIKE.has(tokens[k - 1]?.norm ?? ""));
}
const UNLIKE = new Set(["nothing", "not", "none", "no", "unlike"]);

/** Ends a card may be counted from: "second from the bottom", "3rd from last", "second to last". */
const FROM_END = new Set(["last", "bottom", "end"]);
/** Words that put a card just past another: "the one right after the first", "just below the top one". */
const PAST = new Set(["after", "below", "under", "beneath"]);
/** ...or just before: "the one just above the last one". */
const SHORT_OF = new Set(["above", "before"]);

/** Position `p` read at `k`, as counted from where the message counts it: from the end, or beside another card. */
function counted(tokens: readonly Token[], k: number, p: number, count: number): number {
  const via = tokens[k + 1]?.norm;
  if (via === "from" || via === "to") {
    const end = tokens[k + 2]?.norm === "the" ? k + 3 : k + 2;
    if (FROM_END.has(tokens[end]?.norm ?? "")) return count + 1 - p;
  }
  let j = k - 1;
  if (tokens[j]?.norm === "the" && !tokens[k].breakBefore) j--;
  if (tokens[j + 1]?.breakBefore) return p;
  return PAST.has(tokens[j]?.norm ?? "") ? p + 1 : SHORT_OF.has(tokens[j]?.norm ?? "") ? p - 1 : p;
}

/** After a card's number, words that take it: the take phrases, "thats it" ("9 thats it thats the one"), "gonna watch". */
const NUMBER_TAKEN = [...TAKE_PHRASES, ["thats", "it"], ["gonna", "watch"], ["ill", "watch"], ["will", "watch"], ["yes"]];
const TAKE_LEADS = [["lets", "do"], ["lets", "watch"], ["lets", "try"], ["give", "me"]];
/** Right before the card named or pointed at from `from`, words that take it: "let's do {title}", "let's watch the 3rd". */
function ledByTake(tokens: readonly Token[], from: number): boolean {
  const at = tokens[from - 1]?.norm === "the" ? from - 1 : from;
  return TAKE_LEADS.some((p) => at >= p.length && p.every((w, j) => tokens[at - p.length + j].norm === w));
}
/** Before a comparative, words that make it the films meant, not the way asked: "the older ones", "these newer ones". */
const SEEN_ONES = new Set(["the", "these", "those"]);
/** Words heard for numbers: "number for", "number to". */
const SOUNDS_LIKE: Readonly<Record<string, number>> = { won: 1, to: 2, too: 2, tree: 3, for: 4, fore: 4, ate: 8 };
/** Before "on" and a number: "agreed on 3". */
const AGREED = new Set(["agreed", "agree", "settled", "settle", "decided", "decide", "landed", "land", "compromised"]);
/** Nouns of likeness before an "of": "along the lines of 1", "in the vein of 4". */
const LIKE_NOUNS = new Set(["lines", "line", "vein", "style", "spirit", "mold", "mould"]);
/** After an ordinal, what it counts is no card: "first date", "the second time", "the first half", "the first few questions". */
const NOT_CARDS = new Set(["time", "times", "date", "dates", "half", "thing", "things", "place", "impression", "glance", "sight", "day", "night", "week", "weekend", "season", "episode", "few", "couple"]);
/** Words a message may open with before the number it points at: "oh 6 looks fun", "ok 3 please". */
const INTERJECTIONS = new Set(["oh", "ooh", "oooh", "ok", "okay", "hmm", "um", "umm", "so", "well", "yeah", "yes", "ah", "aah", "bet"]);
/** Exclamations a blunt reply opens with before its number: "hell yeah 3", "damn ok 2, done". */
const EXCLAMATIONS = new Set(["hell", "damn", "dang", "darn", "heck", "shit", "fuck", "frick", "aight", "alright", "huh", "meh", "ugh", "lol", "lmao", "haha", "yo", "bruh", "fine"]);
/** "screw it, 10", "eh sod it, 4": giving up on choosing, then the number. */
const SHRUG_LEADS = [["screw", "it"], ["sod", "it"], ["fuck", "it"], ["f", "it"], ["forget", "it"]];
/**
 * Only sounds, yeses, praise, exclamations and shrugs ("eh screw it, 7") come before token `k`, and at most two
 * words of another language ("adorei o 7!", "sige 4"): no everyday English, no word the reading knows, no title.
 */
function ledBy(tokens: readonly Token[], k: number, spans: readonly Span[]): boolean {
  // "u-2" is a name.
  if (tokens[k].joiner === "-") return false;
  let foreign = 0;
  for (let j = 0; j < k; ) {
    const shrug = SHRUG_LEADS.find((p) => p.every((w, i) => tokens[j + i]?.norm === w));
    const w = tokens[j].norm;
    if (shrug) j += shrug.length;
    else if (INTERJECTIONS.has(w) || HESITATIONS.has(w) || EXCLAMATIONS.has(w) || YES.has(w) || TAKE_WORDS.has(w)) j++;
    else if (++foreign <= 2 && /^\p{L}+$/u.test(w) && !isCommonWord(w) && !isKnownWord(w) && !TRIVIAL.has(w) && !spans.some((s) => j >= s.from && j < s.to)) j++;
    else return false;
  }
  return true;
}

/** Whose age "is" a child's: "he is 9", "my son is 7", "they are 8 and 11". */
const YOUNG_ONES = new Set(["he", "she", "they", "son", "daughter", "grandson", "granddaughter", "boy", "girl", "kids", "kid", "nephew", "niece", "grandkids", "children"]);
/** The oldest age read as a child's. */
const CHILD_AGE = 12;

/** A child's age said: "my 10 year old", "a 7-year-old", "he's 9", "they are 8 and 11". */
function childAged(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm;
    const n = numberOf(w);
    if (n === undefined || n < 1 || n > CHILD_AGE) continue;
    const next = tokens[k + 1]?.norm ?? "";
    if ((AGE_UNITS.has(next) && tokens[k + 2]?.norm === "old") || next === "yo") return true;
    const before = tokens[k - 1]?.norm ?? "";
    if (before === "hes" || before === "shes" || ((before === "is" || before === "are") && YOUNG_ONES.has(tokens[k - 2]?.norm ?? ""))) return true;
  }
  return false;
}

/** Numbers listed from `k` ("3, 4 and 7") and then said of together ("look good", "sound fun"). */
function listSaidOf(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  let numbers = 1;
  while (j < tokens.length) {
    if (tokens[j].norm === "and" || tokens[j].norm === "or" || tokens[j].norm === "&") j++;
    else if (/^\d+$/.test(tokens[j].norm) && (tokens[j].joiner === "," || tokens[j - 1].norm === "and" || tokens[j - 1].norm === "or" || tokens[j - 1].norm === "&")) (j++, numbers++);
    else break;
  }
  // "2, 5 and 9 all sound fun".
  if (tokens[j]?.norm === "all" || tokens[j]?.norm === "both") j++;
  return numbers > 1 && (CARD_VERBS.has(tokens[j]?.norm ?? "") || LIST_VERBS.has(tokens[j]?.norm ?? ""));
}
/** What is said of a card that only a card is: "2 looks good" ("2 is ..." may count anything). */
const LOOKS = new Set(["looks", "sounds", "seems"]);
/** What is said of several cards: "3 and 7 look good". */
const LIST_VERBS = new Set(["look", "sound", "seem", "are"]);

/** Words that only vouch for a number said: "9 for sure", "3 definitely", "5 then". */
const VOUCHING = new Set(["for", "sure", "definitely", "def", "defo", "deffo", "obviously", "totally", "then", "100"]);
/** What is said of a card right after pointing at it: "4 looks good", "2 sounds fun". */
const CARD_VERBS = new Set(["looks", "sounds", "seems", "is", "was"]);

/** Words of a reply about a slate that say nothing of which title, besides function words (TRIVIAL) and ELSEWHERE: never a distinctive part of one. */
const NOT_A_TITLE_PART = new Set([
  "ones", "song", "artist", "band", "take", "listen", "sure", "sounds", "show", "give", "something", "anything", "again", "try", "grab",
  // Hedges: "I've seen pretty much all of these" says nothing of "Pretty Woman".
  "pretty", "really", "quite", "kind", "sort", "little", "almost", "nearly", "most", "lot",
  // Ages: "anything from way back? like old school" says nothing of "Grumpier Old Men".
  "old", "new", "older", "newer", "young",
]);

/**
 * The shown item a short message names by a distinctive part of its title ("the Matrix one" for "The Matrix
 * Reloaded" beside "Speed", "the alien one"): title words of at least 3 letters that no other shown title
 * holds. Null unless exactly one shown item is named that way.
 */
function titlePart(lexicon: Lexicon, tokens: readonly Token[], shown: readonly number[]): number | null {
  // "are you serious? no. different movies please" asks for others, whatever word of a title it holds (A Serious Man).
  if (tokens.length > 8 || tokens.some((t) => AWAY.has(t.norm))) return null;
  // Not a function word: "are there any others?" says nothing of "Being There".
  const words = shown.map((i) => new Set(titleTokens(lexicon.catalog.itemTitle[i]).filter((w) => w.length >= 3 && !TRIVIAL.has(w) && !NOT_A_TITLE_PART.has(w) && !NEGATORS.has(w) && !ELSEWHERE.has(w))));
  const said = new Set(tokens.map((t) => t.norm));
  let found: number | null = null;
  for (let s = 0; s < shown.length; s++) {
    let hit = false;
    for (const w of words[s]) if (said.has(w) && !words.some((other, o) => o !== s && other.has(w))) hit = true;
    if (!hit) continue;
    if (found !== null) return null;
    found = shown[s];
  }
  return found;
}

function titleTokens(title: string): string[] {
  const parsed = parseTitle(title);
  return [parsed.main, ...parsed.alts].flatMap((t) => textTokens(t));
}

/** "the one with X", "the one starring X", "the X one", "the X movie": a card picked by what it holds. */
function picksByAttribute(tokens: readonly Token[], spans: readonly Span[], attribute: number): boolean {
  const span = spans.find((x) => x.attrs[0] === attribute);
  // "the Ben Stiller one", or opening the message: "ben stiller one. sold".
  if (span && ONE_WORDS.has(tokens[span.to]?.norm ?? "") && (tokens[span.from - 1]?.norm === "the" || span.from === 0)) return true;
  // "the one with X", "the movie with X".
  for (let k = 0; k + 1 < tokens.length; k++) {
    const one = tokens[k].norm === "one" || tokens[k].norm === "1" || (ONE_WORDS.has(tokens[k].norm) && tokens[k - 1]?.norm === "the");
    if (one && ONE_WITH.has(tokens[k + 1].norm)) return true;
  }
  return false;
}

/** Whether the words around a card's reference leave it wanted: not "not the first one", "Dave is not for me". */
function cardLiked(tokens: readonly Token[], from: number, to: number): boolean {
  return polarity(tokens, { from, to, items: [], attrs: [], year: null }) !== false;
}

/**
 * What is excepted at `from`: "I don't want any of them except the eighth one", "none of them grab me except
 * {title}", "None of the rest do anything for me but 2 looks good": wanted (true), excepted from what is turned
 * down; "I like all of them except the 8th": not (false). Undefined when nothing is excepted (a "but" after
 * anything else is only a "but").
 */
function excepted(tokens: readonly Token[], from: number): boolean | undefined {
  const at = tokens[from - 1]?.norm === "the" ? from - 2 : from - 1;
  const w = tokens[at]?.norm ?? "";
  if (!EXCEPT.has(w) && w !== "but") return undefined;
  let start = at;
  while (start > 0 && !tokens[start].stopBefore) start--;
  if (tokens.slice(start, at).some((t) => NONE_OF.has(t.norm))) return true;
  return w === "but" ? undefined : false;
}
const EXCEPT = new Set(["except", "besides"]);
const NONE_OF = new Set(["none", "nothing", "neither", "dont", "not", "no"]);

/** `tokens` without the sentences that name a film from outside `shown` and no card of it. */
function aboutShown(tokens: readonly Token[], spans: readonly Span[], shown: readonly number[]): readonly Token[] {
  const sentences = splitAt(tokens, (t) => t.stopBefore);
  if (sentences.length < 2) return tokens;
  const out: Token[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const to = from + sentence.length;
    const named = spans.filter((sp) => sp.from >= from && sp.to <= to && sp.items.length > 0);
    const aside = named.length > 0 && named.every((sp) => !sp.items.some((i) => shown.includes(i)));
    if (!aside) out.push(...sentence);
    from = to;
  }
  return out;
}

/** `tokens` with each sentence cut where it first names a film from outside `shown`: what is said of a card before it. */
function beforeOthers(tokens: readonly Token[], spans: readonly Span[], shown: readonly number[]): readonly Token[] {
  const outside = spans.filter((sp) => sp.items.length > 0 && !sp.items.some((i) => shown.includes(i)));
  if (outside.length === 0) return tokens;
  const out: Token[] = [];
  let from = 0;
  for (const sentence of splitAt(tokens, (t) => t.stopBefore)) {
    const to = from + sentence.length;
    const cut = outside.find((sp) => sp.from >= from && sp.from < to);
    out.push(...sentence.slice(0, cut ? cut.from - from : sentence.length));
    from = to;
  }
  return out;
}

/** A time gone by: "yesterday", "last week", "the other day". */
const PAST_TIMES = [["yesterday"], ["last", "night"], ["last", "week"], ["last", "weekend"], ["last", "month"], ["last", "year"], ["last", "time"], ["other", "day"], ["other", "night"], ["ago"],
  // "we just binged three cop shows": just now.
  ["just", "watched"], ["just", "saw"], ["just", "binged"], ["just", "finished"], ["just", "rewatched"], ["just", "did"]];
/** Having watched: "we watched", "I saw", "we did a marathon", "caught". */
const VIEWED = new Set(["watched", "saw", "did", "had", "caught", "binged", "rewatched"]);

/** The span's sentence tells of a viewing at a past time, the span in its verb's clause. */
function toldOfPast(tokens: readonly Token[], s: Span): boolean {
  let from = s.from;
  while (from > 0 && !tokens[from].stopBefore) from--;
  if (!sentenceInPast(tokens, from)) return false;
  for (let k = s.from - 1; k >= from; k--) {
    if (VIEWED.has(tokens[k].norm)) return true;
    if (tokens[k + 1].breakBefore || CLAUSE_BREAK.has(tokens[k].norm)) return false;
  }
  return false;
}

/** Per message, whether the sentence starting at a token names a time past; each sentence is searched once. */
const pastSentences = new WeakMap<readonly Token[], Map<number, boolean>>();

function sentenceInPast(tokens: readonly Token[], from: number): boolean {
  let known = pastSentences.get(tokens);
  if (!known) pastSentences.set(tokens, (known = new Map()));
  let past = known.get(from);
  if (past === undefined) {
    let to = from + 1;
    while (to < tokens.length && !tokens[to].stopBefore) to++;
    const sentence = tokens.slice(from, to);
    past = PAST_TIMES.some((p) => indexOfPhrase(sentence, p) >= 0);
    known.set(from, past);
  }
  return past;
}

/** The tokens before the first clause break: "Dunno honestly" of "Dunno honestly, my boyfriend's the Scorsese buff". */
function leadClause(tokens: readonly Token[]): readonly Token[] {
  const end = tokens.findIndex((t, k) => k > 0 && t.breakBefore);
  return end < 0 ? tokens : tokens.slice(0, end);
}

function saysIndifferent(tokens: readonly Token[]): boolean {
  // Room for a hedge around the phrase: "Honestly, I don't have a strong preference either way."
  if (tokens.length === 0 || tokens.length > 14) return false;
  if (INDIFFERENT_PHRASES.some((p) => indexOfPhrase(tokens, p) >= 0)) return true;
  return tokens.length <= 4 && tokens.some((t) => INDIFFERENT_WORDS.has(t.norm));
}

/** A question that asks for a card: "can I get the second one?", "could we watch #3?". */
const ASKS_FOR_IT = new RegExp(
  [
    // "can I get the second one?", "ooh could i have the tenth one?", "{title} - can I watch that one?"
    "\\b(can|could|may|might) (i|we) (please |just |actually |maybe )?(have|get|take|watch|do|try|pick|choose|go with|go for|grab)\\b",
    "(^|[.!?]\\s+)\\W*(\\w+\\W+)?(can|could|may|might) (i|we)\\b",
    // "I'd like the last one, if that's alright?", "is it ok if I take 3?", "mind if we go with that one?"
    "\\bif (that['’]?s|that is|it['’]?s|it is) (ok|okay|alright|all right|fine|cool)\\b",
    "\\b(is|would) it (be )?(ok|okay|alright|fine) if (i|we)\\b",
    "\\b(do you )?mind if (i|we)\\b",
  ].join("|"),
  "i",
);

/** A genre or an age: what a person asks for by kind, never a word of a title they mean. */
const KINDS = [...GENRE, ...AGE];
const isKind = (lexicon: Lexicon, a: number): boolean => lexicon.hasType(a, KINDS);

/** Words that make a message a reply, not a title, however a title may hold them ("hello again", "anything else", "I'm here"). */
const NOT_A_WHOLE_TITLE = new Set(["hi", "hello", "hey", "hiya", "howdy", "yo", "one", "ones", "i", "im", "ive", "id", "ill", "me", "my", "you", "youre", "thats", "its", ...ELSEWHERE, ...YES, ...NO, ...INDIFFERENT_WORDS, ...ANYTHING, ...SOME]);

/**
 * The title a whole message is, as typed ("toy story", "good will hunting please"), read as if a film cue came
 * before it ("like toy story"); null when any word is one the reading acts on ("anything else", "old school").
 */
function wholeTitle(lexicon: Lexicon, text: string, tokens: readonly Token[]): Span | null {
  let n = tokens.length;
  while (n > 0 && POLITE.has(tokens[n - 1].norm)) n--;
  if (n < 2 || n > 8 || tokens.slice(0, n).some((t) => NOT_A_WHOLE_TITLE.has(t.norm) || COMPARATIVES[t.norm] !== undefined)) return null;
  const span = lexicon.match(`like ${text}`).spans.find((s) => s.items.length > 0 && s.from === 1 && s.to === n + 1);
  return span ? { ...span, from: 0, to: n } : null;
}

/** "Which one should I watch?", "what would you recommend?": on a slate, the featured pick explained. */
function asksForPick(tokens: readonly Token[]): boolean {
  const which = tokens.findIndex((t) => t.norm === "which");
  // Not "which other ones would you recommend me?", asking for others.
  if (which >= 0 && !AWAY.has(tokens[which + 1]?.norm ?? "") && tokens.slice(which + 1, which + 5).some((t) => PICK_VERBS.has(t.norm))) return true;
  return PICK_ASKS.some((p) => indexOfPhrase(tokens, p) >= 0);
}
const PICK_VERBS = new Set(["should", "would", "do", "best", "recommend", "suggest", "better"]);
const PICK_ASKS = [["what", "would", "you", "recommend"], ["what", "would", "you", "suggest"], ["what", "would", "you", "pick"], ["what", "would", "you", "choose"], ["what", "do", "you", "recommend"], ["what", "should", "i", "watch"]];

/** "skip", "pass", "next question" to a yes/no question: this one does not matter. */
function skipsQuestion(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.norm).filter((w) => !POLITE.has(w));
  return (words.length === 1 && (words[0] === "skip" || words[0] === "pass" || words[0] === "next")) || (words.length === 2 && (words[0] === "skip" || words[0] === "next") && (words[1] === "this" || words[1] === "it" || words[1] === "that" || words[1] === "question"));
}

/** "any" alone, to a yes/no question: any of them will do (to a choice it takes every option). */
function anyAlone(tokens: readonly Token[]): boolean {
  return (tokens[0]?.norm === "any" || tokens[0]?.norm === "anything") && tokens.every((t, k) => k === 0 || POLITE.has(t.norm));
}

/**
 * "start over" or "go back" in a short message that names nothing of the catalog outside the phrase itself
 * ("start from scratch" holds the film Scratch), so "go back to the 80s" stays a request.
 */
function controlOf(tokens: readonly Token[], spans: readonly Span[]): "restart" | "undo" | null {
  // Short, with room for an excuse: "Oh wait, I meant yes on that last one. Can I change my answer?"; longer
  // when it opens the message ("Let's start over from the beginning — the cousins just showed up ...").
  const long = tokens.length > 16;
  // ...or when a short last sentence asks for it: "ok new plan, the kids are asleep ... can we start over from scratch?".
  const last = lastSentence(tokens);
  const closingAsk = tokens.length - last <= 8 && ASKING_LEADS.has(tokens[last]?.norm ?? "");
  // "back" alone (as a button would say it).
  if (tokens[0]?.norm === "back" && tokens.every((t, k) => k === 0 || POLITE.has(t.norm))) return "undo";
  const clause = clauseOf(tokens);
  // "start over from scratch": no film Scratch, however the catalog has one.
  const phrased = (s: Span) => RESTART_PHRASES.some((p) => {
    const at = indexOfPhrase(tokens, p);
    return at >= 0 && s.from >= at && s.to <= at + p.length;
  });
  for (const [intent, phrases] of [["restart", RESTART_PHRASES], ["undo", UNDO_PHRASES]] as const) {
    for (const p of phrases) {
      const at = indexOfPhrase(tokens, p);
      // A name in the phrase's own clause makes it a request ("go back to the 80s"); one in another clause is an
      // aside ("Undo that, I was thinking of Jaws").
      const own = (s: Span) => clause[s.from] === clause[at] || clause[s.to - 1] === clause[at + p.length - 1];
      if (at < 0 || (long && at > 3 && !UNDO_ANYWHERE.includes(p) && !(closingAsk && at >= last)) || spans.some((s) => !(s.from >= at && s.to <= at + p.length) && !phrased(s) && own(s))) continue;
      // "second from the top" counts cards.
      if (p[0] === "from" && ORDINALS[tokens[at - 1]?.norm ?? ""] !== undefined) continue;
      // "can we go back a few decades", "go back in time": back in age, not an undo.
      if (p[p.length - 1] === "back" && goesBackInAge(tokens, at + p.length - 1)) continue;
      return intent;
    }
  }
  return null;
}

/** Words a short request opens with: "can we start over?", "let's start again", "please reset". */
const ASKING_LEADS = new Set(["can", "could", "lets", "let", "please", "pls", "shall", "mind"]);

/** Per token, the index of its clause (a new one at each break: a comma, a stop, a dash). */
function clauseOf(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) out[k] = out[k - 1] + (tokens[k].breakBefore ? 1 : 0);
  return out;
}

/** Words the reading acts on (besides catalog vocabulary; function words left out): a clause holding one was not skipped. */
const KNOWN_WORDS: ReadonlySet<string> = withoutFunctionWords([
  ...NEGATORS, ...NEUTRALISERS, ...NEGATIVE_AFTER, ...OPINION, ...ANYTHING, ...MORE, ...LESS, ...YES, ...NO, ...ALL,
  ...Object.keys(ORDINALS), ...Object.keys(NUMBERS), ...POSITION, ...INDIFFERENT_PHRASES.flat(), ...INDIFFERENT_WORDS,
  ...TAKE_PHRASES.flat(), ...TAKE_WORDS, ...ELSEWHERE, ...REQUEST, ...OPEN_PHRASES.flat(), ...WATCH_PHRASES.flat(), ...RESTART_PHRASES.flat(), ...UNDO_PHRASES.flat(),
  ...WHY_PHRASES.flat(), "why", "similar", "resembling", "seen", "saw", "watched", "already", "last", "top", "bottom",
  ...Object.keys(COMPARATIVES), ...Object.keys(TOO_AGED), ...WORKS, "past", "years", "decade", "decades", "century",
  ...TONES_DOWN.flat(), ...LIKING_PHRASES.flat(), ...EVERY_ONE.flat(), ...CUTTING, ...CARD_VERBS, ...ASKING_OF, ...REMOVING,
  // "They all seem so 90s": what the slate is, read (orders.ts).
  "seem", "seems", "feel", "feels",
  // Greetings and manners said around a request ("Good evening. ...", "to be honest", "thank you kindly"), and
  // apologies for a slip ("sorry typo, I meant 5").
  "morning", "afternoon", "evening", "honest", "honestly", "kindly", "lovely", "sorry", "typo", "oops", "apologies",
  // Sounds and words a reply opens with ("eh not really", "bet, 3 it is"): read, never a clause skipped.
  ...HESITATIONS, "bet",
]);
const isKnownWord = (w: string): boolean => KNOWN_WORDS.has(w);

/** Words replies are read by beside the known words, and the chat around them that is never a slip ("oops", "lol"). */
const REPLY_FUNCTION_WORDS = [
  "the", "you", "them", "what", "about", "just", "like", "one", "why", "not", "any", "me", "over", "back", "start", "undo", "none", "other",
  "number", "of", "these", "those", "this", "that", "with", "similar", "again", "oops", "lol", "haha", "hmm", "omg", "wow", "ugh", "yay",
  "nah", "yeah", "cool", "nice", "sorry", "wait", "hey", "thanks", "pls", "plz", "thx", "tbh", "idk", "idc", "btw", "ngl", "rn", "fr",
  "hi", "hiya", "hello", "howdy", "morning", "evening", "afternoon", "bye", "goodbye", "popular", "trending", "favorite", "favourite",
];
const slips = new WeakMap<Lexicon, SlipCorrector>();

/** The corrector for a catalog: the reply words, the synonyms' words and the catalog's genre and age names. */
function slipsOf(lexicon: Lexicon): SlipCorrector {
  let corrector = slips.get(lexicon);
  if (!corrector) {
    const words = new Set([...KNOWN_WORDS, ...TRIVIAL, ...REPLY_FUNCTION_WORDS, ...cardReplyWords(), ...orderWords(), ...repairWords(), ...Object.keys(ORDINALS), ...Object.keys(ASPECTS), ...Object.values(ASPECTS).flatMap((list) => list.flatMap((p) => textTokens(p))), ...Object.values(SYNONYMS).flatMap((list) => list.flatMap((p) => textTokens(p)))]);
    for (let a = 0; a < lexicon.catalog.nAttributes; a++) if (isKind(lexicon, a)) for (const w of textTokens(lexicon.catalog.attrName[a])) words.add(w);
    corrector = new SlipCorrector(words);
    slips.set(lexicon, corrector);
  }
  return corrector;
}

function withoutFunctionWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !TRIVIAL.has(w)));
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

function removeOnce(list: number[], v: number): void {
  const at = list.indexOf(v);
  if (at >= 0) list.splice(at, 1);
}

function pushOnce(list: number[], v: number): void {
  if (!list.includes(v)) list.push(v);
}
