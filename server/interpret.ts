/**
 * What a client act means to the dialogue, given the act it answers: structured answers and
 * critiques map directly; free text goes through the language layer first. Ids are checked against
 * the catalog here, so the dialogue only ever sees valid ones.
 */
import type { Critique, UserAct } from "../agents/dialogue/acts.ts";
import type { TurnContext, UserAct as TextAct } from "../agents/language/act.ts";
import type { Catalog } from "./catalog.ts";
import { replyClassifier } from "../agents/language/reply-kind.ts";
import type { ReplyKind } from "../agents/language/reply-examples.ts";
import { spokenList } from "../agents/language/text.ts";
import { CRITIQUE_HINT, NOT_MINE, OPENING_HINT } from "./utterances.ts";
import { checkAnswer } from "./answer-check.ts";
import { ProtocolError, type ClientAct, type RecommendationsAct, type SystemAct } from "./protocol.ts";

export type Understand = (text: string, context: TurnContext) => Promise<TextAct>;

/** A dialogue act, with the parts of the message that were not used (the reply says them). */
export type DialogueMove = UserAct & { readonly skipped?: readonly string[] };
/**
 * Moves about the conversation rather than the item wanted, which the sessions layer carries out: why a card
 * of the latest slate was picked, starting over, going back one answer.
 */
export type ConversationMove =
  /** `slate`: the earlier slate the card is on, when the latest act is a question asked after it. */
  | { readonly kind: "explain"; readonly item: number; readonly slate?: RecommendationsAct; readonly about?: readonly number[]; readonly aspect?: string }
  | { readonly kind: "restart" }
  | { readonly kind: "undo" };
export type Move = DialogueMove | ConversationMove;

export function isConversationMove(m: { readonly kind: string }): m is ConversationMove {
  return m.kind === "explain" || m.kind === "restart" || m.kind === "undo";
}

function checkAttributes(catalog: Catalog, ids: readonly number[]): void {
  for (const a of ids) if (!catalog.hasAttribute(a)) throw new ProtocolError("unknown_attribute", `no attribute ${a} in this catalog`);
}

function checkItems(catalog: Catalog, ids: readonly number[]): void {
  for (const i of ids) if (!catalog.hasItem(i)) throw new ProtocolError("unknown_item", `no item ${i} in this catalog`);
}

const union = (a: readonly number[], b: readonly number[]) => [...a, ...b.filter((x) => !a.includes(x))];

/** A slate of `items` as the act that showed them: enough to read a reply to it. */
export function slateAct(questionId: string, items: readonly number[]): SystemAct {
  return { type: "recommendations", questionId, text: "", items: items.map((id) => ({ id, key: "", title: "", attributes: [], justification: "", path: [] })) };
}

/** The slate of the latest act (empty when it is a question). */
export function slateOf(latest: SystemAct): number[] {
  return latest.type === "recommendations" ? latest.items.map((i) => i.id) : [];
}

/** `focus`: the card of the latest slate last explained, which "it" and "that one" then mean. */
export async function interpret(catalog: Catalog, latest: SystemAct, act: ClientAct, understand: Understand, focus?: number): Promise<Move> {
  checkAnswer(catalog, latest, act);
  switch (act.type) {
    case "answer":
      return structuredAnswer(catalog, latest, act.accept, act.reject, act.liked ?? [], act.disliked ?? []);
    case "critique": {
      if (act.itemId !== undefined) checkItems(catalog, [act.itemId]);
      checkAttributes(catalog, [act.attributeId]);
      // Without an item it is a chip of what was understood, taken back.
      if (act.itemId === undefined) return { kind: "retract", attribute: act.attributeId, said: act.direction === "less" ? "accepted" : "rejected" };
      const critique = { item: act.itemId, attribute: act.attributeId, direction: act.direction };
      // Critiquing a card of the latest slate also says none of the slate was it.
      return latest.type === "recommendations" ? { kind: "reject-slate", items: slateOf(latest), critique } : { kind: "critique", critique };
    }
    case "message": {
      const t = await understand(act.text, turnContext(latest, focus));
      try {
        return fromMessage(catalog, latest, t, act.text, focus);
      } catch (err) {
        // Nothing the rules know: the reply's kind guessed from its words, said again in words they know.
        const again = err instanceof NothingRead ? guessedAs(latest, act.text, t.ordinal) : null;
        if (again === null) throw err;
        return fromMessage(catalog, latest, await understand(again, turnContext(latest, focus)), again, focus);
      }
    }
  }
}

/** "why the second one?" (on a slate; no card named: the one last explained, else the featured one), "start over", "go back". */
function conversationMove(latest: SystemAct, t: TextAct, focus?: number): ConversationMove | null {
  if (t.intent === "restart" || t.intent === "undo") return { kind: t.intent };
  if (t.intent !== "explain" || latest.type !== "recommendations") return null;
  const slate = slateOf(latest);
  const item = t.items.find((m) => slate.includes(m.itemId))?.itemId ?? (focus !== undefined && slate.includes(focus) ? focus : slate[0]);
  // "Is the third one sad?": answered of the card before why it was picked.
  return t.asked?.length ? { kind: "explain", item, about: t.asked, ...(t.askedAspect ? { aspect: t.askedAspect } : {}) } : { kind: "explain", item };
}

function structuredAnswer(catalog: Catalog, latest: SystemAct, accept: number[], reject: number[], liked: number[], disliked: number[]): UserAct {
  if (latest.type === "recommendations") {
    checkItems(catalog, [...accept, ...reject]);
    if (accept.length > 0) return { kind: "accept-item", item: accept[0] };
    return { kind: "reject-slate", items: union(slateOf(latest), reject) };
  }
  checkAttributes(catalog, [...accept, ...reject]);
  checkItems(catalog, [...liked, ...disliked]);
  const open = latest.type === "question" && latest.kind === "open";
  if (liked.length + disliked.length > 0) return { kind: "inform-items", liked, disliked, mentioned: [], accept, reject, ...(open && accept.length > 0 ? { stated: true } : {}) };
  if (open) return { kind: "inform", accept, reject, stated: true };
  if (latest.type === "question" && latest.kind === "choice" && latest.options) {
    const unchosen = latest.options.map((o) => o.id).filter((id) => !accept.includes(id));
    return { kind: "inform", accept, reject: union(reject, unchosen) };
  }
  return { kind: "inform", accept, reject };
}

function fromMessage(catalog: Catalog, latest: SystemAct, t: TextAct, text: string, focus?: number): Move {
  const control = conversationMove(latest, t, focus);
  if (control) return control;
  const move = withSeries(fromText(catalog, latest, t, text), t);
  // A farewell ends it, or closes a message that did something else: neither is a clause to say was skipped.
  // Nor the words that asked to see some ("wat u got"), read by the pattern rather than the reading.
  const seeing = ASKS_TO_SEE.exec(text)?.[0].toLowerCase() ?? "";
  const skipped = move.kind === "leave" ? [] : (t.skipped ?? []).filter((clause) => !FAREWELL.test(clause) && !POPULAR.test(clause) && !(seeing && seeing.includes(clause.toLowerCase())));
  return skipped.length > 0 ? { ...move, skipped } : move;
}

/** A message in which the rules read nothing at all (not one they read and could not act on). */
class NothingRead extends ProtocolError {
  constructor(message: string) {
    super("not_understood", message);
  }
}

/**
 * Below this a guessed kind is not acted on: chosen by 5-fold cross-validation on the labelled replies, where a
 * guess this sure of one of the kinds below was right .976 of the time (330 of 338; .963 at 0.9).
 */
const GUESS_CONFIDENCE = 0.99;

/** Words of going back, one of which a guessed "go back" needs. */
const UNDO_CUES = /\b(back|undo|wrong|mistake|meant|change|changed|oops|scratch|previous|last|misclick(ed)?|typo|redo|revert|retract|return)\b/i;

/**
 * The kinds a guess may be acted on, as words the rules read: never taking a film (a wrong guess would end the
 * conversation) or liking one or all (on the ReDial replies the rules refuse, "liked all" guesses were wrong a
 * third of the time: "they kept getting worse"), nor an age (a guess may go the wrong way: "these all seem way
 * too old" is guessed "older"), nor the kinds that need what the rules did not find.
 */
const SAID_AS: Partial<Record<ReplyKind, (position: number | undefined, slate: boolean, text: string) => string | null>> = {
  more: (_, slate) => (slate ? "none of these" : null),
  why: (n, slate) => (slate ? `why number ${n ?? 1}?` : null),
  show: (_, slate) => (slate ? "none of these" : "just show me something"),
  indifferent: (_, slate) => (slate ? null : "doesn't matter"),
  // Only with a word of going back ("blowing my mind" is not "changed my mind").
  undo: (_, __, text) => (UNDO_CUES.test(text) ? "go back" : null),
  restart: () => "start over",
};

function guessedAs(latest: SystemAct, text: string, position: number | undefined): string | null {
  const guess = replyClassifier().guess(text);
  if (guess.confidence < GUESS_CONFIDENCE) return null;
  return SAID_AS[guess.kind]?.(position, latest.type === "recommendations", text) ?? null;
}

function turnContext(latest: SystemAct, focus?: number): TurnContext {
  if (latest.type === "recommendations") return { shown: slateOf(latest), ...(focus !== undefined ? { focus } : {}) };
  if (latest.type === "question" && latest.kind === "yesno" && latest.attribute) return { question: { kind: "yesno", attributeId: latest.attribute.id } };
  if (latest.type === "question" && latest.kind === "choice" && latest.options) return { question: { kind: "choice", attributeIds: latest.options.map((o) => o.id) } };
  return {};
}

const NONE_OF_THESE =
  /\b(no|nope|nah|none|neither|nothing|other|others|else|different|diff|another|alternatives?|more|next|pass|try again|not (these|those|them|it|really|interested|for me|feeling (any of )?(these|those|them|it))|(seen|saw|watched) (them |'?em |these |those )?(all|every (single )?one)\b|(seen|saw|watched) (pretty much |almost |nearly |just about )?(most |all |every (single )?one |a lot |many |some )?(of )?(these|those|them|em|all|both|it)|(new|different|another|fresh) (batch|set|list|round|bunch)|skip (these|those|them|all)|pass on (these|those|them|all)|new ones|(these|those|they) (are not|aren'?t|r not) (it|for me|my thing)|(tired|sick|had my fill) of (these|those|them)|(aren'?t|are not|isn'?t|not) (really )?doing it for me|(don'?t|doesn'?t) do it for me|know (all|every (single )?one) (of )?(these|those|this|them|the)|know already (these|those|this|them|all)|already know (these|those|them|all)|(don'?t|do not) (really )?(interest|appeal|like|want)|(not|n'?t) (really |too |that |so )?(thrilled|excited|impressed|sold|keen|into|crazy|loving)( (with|by|on|about))?( (most|any|all|much) of)? (these|those|them|this list|the list|this lot))\b/i;

/** Asking outright for other picks than these (narrower than NONE_OF_THESE, whose "another" or "no" may praise or answer). */
const OTHER_PICKS = /\b(any ?(thing|one|body)? else|other (options|ones|picks|suggestions|choices)|pass on (these|those|them|all)|next (batch|set|bunch|page|round)|none of (these|those|them)|different (ones|picks|options|batch|set)|something else)\b/i;

/** "I haven't seen either of those", "never heard of any of them": the slate is all new to them. */
const NONE_SEEN = /\b(haven'?t|have not|havent|never|not) (seen|watched|heard of) (any|either|none|them|those|these|both)\b/i;

/** "the second one", "why the first one?", "number 3": pointing at a card, where no slate is shown. */
const POINTS_AT_CARD = /\b(first|second|third|fourth|fifth|last|top) (one|1)\b|\bthe (1st|2nd|3rd|[4-9]th|second|third|fourth|fifth)\b|\b(that|this) one\b|\bnumber (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|#\d+\b|\bwhy (is|was) \d\b|\bhow come \d\b|\b(put|suggested|recommended|included|agreed on|settled on|decided on) (number |#)?\d\b|\b\d+ it is\b|^\s*\d\s*,/i;

/** Words of small talk: a message made of these alone ("Hi! How are you?", "Good and yourself?", "Heya") greets. */
const SMALL_TALK = new Set(
  `hi hii hiya hey heya heyy hello helo howdy yo greetings good great fine well doing pretty very
  really thanks thank thx you yourself your self u and how hows are r is it its going im i am m by the way there
  sir or madam madame again friend morning afternoon evening day whats up nice to meet for asking too as always
  today tonight night so far not bad oh well fantastic awesome wonderful excellent ya yea ty been have about my
  heloo helloo hellooo why what weekend quite wbu hbu`.split(/\s+/),
);
const GREETING = /\b(hi+|hello|hey+|heya|hiya|howdy|how are you|how r u|good (morning|afternoon|evening))\b/i;
/** A question to the recommender about its own viewing, as ReDial seekers ask a person: "what's your favorite movie?". */
const ASKS_ABOUT_ME = /\b((your|ur) (favou?rite|fav|fave|all[- ]time)|what (movies? )?(have|did) (you|u) (seen|see|watch(ed)?)|(have|did) (you|u) (seen|see|watch(ed)?) (it|that|any)|are you a (movie|film) (buff|fan|lover)|what'?s? (was |is )?the last (movie|film) (you|u) (saw|watched)|what (a )?good (movie|film) (have )?(you|u) (have )?seen)\b/i;
/** A short message that opens with a greeting, however typed: "Hhi", "hi ther", "Howdy ho neighbor!", "Hi there sorry I'm here". */
const GREETED = /^\W*(h+i+|h*el+o+|hey+|heya|hiya|howdy|hola|greetings|good (morning|afternoon|evening|morninf))\b/i;
/** Asking why a question is asked: "why?", "how come?", "why do you ask?", "why do you need to know that". */
const WHY_ASKED = /^\W*(but |and )?(why|how come|wy|y)( (do|did|are|would) (you|u) (ask|asking|want to know|need to know|wanna know))?( that| this)?\W*$/i;
const isSmallTalk = (text: string): boolean => {
  const words = text.toLowerCase().replace(/['’]/g, "").split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && (words.every((w) => SMALL_TALK.has(w)) || (words.length <= 6 && GREETED.test(text)));
};

/** Taking leave: "bye, thanks", "have a great day", "have to run", "thank you for your time and your suggestions". */
const FAREWELL =
  /\b(bye|goodbye|byebye|cya|see (you|ya)( later)?|talk (to you )?later|gotta go|have to (run|go)|got to go|good ?night|have a (great|good|nice|wonderful) (day|night|evening|weekend|one)|thanks? (you )?(so much )?for (the|your|all)( \w+)? (suggestions?|suggestiongs|recommendations?|time|help)|thanks? (you )?(so much )?for helping)\b/i;

/** Two to four capitalised words mid-sentence: a name ("starring Bill Murray"), which nothing of the catalog matched. */
const UNKNOWN_NAME = /(?<=[a-z,] )([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3})/;
/** Words that start the next sentence when a name runs into it ("I have seen Baby Driver It was different"). */
const NOT_A_NAME = new Set(["It", "I", "You", "He", "She", "We", "They", "The", "A", "An", "And", "But"]);

function unknownName(text: string): string | null {
  const words = UNKNOWN_NAME.exec(text)?.[1].split(" ") ?? [];
  while (words.length > 0 && NOT_A_NAME.has(words[words.length - 1])) words.pop();
  return words.length >= 2 ? words.join(" ") : null;
}

const SHOW_NOW = /\b(show|results|rec+om+end|rec+om+endations|suggest|suggestions|options|give me|gimme|recs|see a list|what (have you|do you have|you got)|skip|surprise me|no more questions?|enough (with )?(the |these |your )?questions?|stop asking|just (the )?(movies|films|picks)|see (the |some |your )?(movies|films|picks|results|recommendations|suggestions|options)|list (a few|some|me|them|your|the)|(let'?s|let me|lemme|can i|could i) see|showed me (some|a few))\b/i;
/**
 * Asking to see picks in words that carry no request ("hit me with some", "wat u got", "What else?", as ReDial seekers
 * ask for more): a slate, whatever else the reading made of it. Not "what else do you like?", asked of the recommender.
 */
const ASKS_TO_SEE = /\b((hit|drop) (me with |me )?(some|a few|em)|(what|wat|wut)('?s| have| do)? (u|you|ya) got|w(h)?atcha( you)? got|what else\b(?! (do|did) (you|u) (like|love|enjoy|watch)))/i;
/** Asking for what most people watch, nothing else said. */
const POPULAR = /\b(popular|trending|most watched|top rated|highest rated|everyone'?s watching|everyone is watching|what'?s hot)\b/i;
/** Asking outright for picks of what the message names: "any good thrillers?", "do you know any good romance movies?", "loved the notebook, got anything similar?". */
const ASKS_FOR_PICKS = /\b(any (good|great|decent|fun|funny|scary|new|newer|recent|older|old|other|popular)|any \w+ ones|(know|have|got) any|(anything|something) similar)\b/i;

/**
 * Whether a pattern holds of the message as typed or as read (slips corrected: "non of these" is "none of these").
 * Greetings and names are looked for in what was typed.
 */
function saysIt(t: TextAct, text: string): (pattern: RegExp) => boolean {
  return (pattern) => pattern.test(text) || (t.read !== undefined && pattern.test(t.read));
}

/** Named items by what the message says of them; a plain mention ("films like Toy Story", "The Matrix") counts as liked. */
function namedItems(t: TextAct, skip: readonly number[] = []): { liked: number[]; disliked: number[]; mentioned: number[] } {
  const out = { liked: [] as number[], disliked: [] as number[], mentioned: [] as number[] };
  for (const m of t.items) {
    if (skip.includes(m.itemId)) continue;
    (m.unseen ? out.mentioned : m.liked === false ? out.disliked : out.liked).push(m.itemId);
  }
  return out;
}

/** "...but not the sequels" rides along with whatever else the message does. */
function withSeries(move: UserAct, t: TextAct): UserAct {
  return t.noSeries ? { ...move, noSeries: true } : move;
}

/** The language layer's reading of a message, as a dialogue move for the latest act. */
function fromText(catalog: Catalog, latest: SystemAct, t: TextAct, text: string): UserAct {
  const says = saysIt(t, text);
  const slate = slateOf(latest);
  if (latest.type === "recommendations") {
    const taken = t.items.find((m) => m.liked !== false && slate.includes(m.itemId));
    if (taken && t.intent === "answer") {
      // "3 and 7 look good": several cards wanted in one breath and none taken yet. Which one?
      const wanted = t.items.filter((m) => m.liked === true && slate.includes(m.itemId)).map((m) => slate.indexOf(m.itemId) + 1);
      if (t.several && wanted.length > 1) throw new ProtocolError("not_understood", `Which will it be: ${spokenList(wanted.map(String), " or ")}? Or say "more like ${spokenList(wanted.map(String), " and ")}".`);
      return { kind: "accept-item", item: taken.itemId };
    }
    // "More like the third one": a liked anchor for the next slate. Films from outside the slate ("I loved
    // Alien though") steer the next one too, unless the message asks something else of the slate: beside a card
    // pointed at, a critique, what it turns down, or other picks asked for outright, those said in passing are
    // asides ("less romance please, we just watched The Notebook"), those named as what to look for are not
    // ("less romance, something like Gone Girl").
    const aside = t.critique !== null || t.reject.length > 0 || t.ordinal !== undefined || says(OTHER_PICKS);
    const named = namedItems(aside ? { ...t, items: t.items.filter((m) => m.wanted) } : t, slate);
    // "More like the third one"; "I've seen both of them, great movies" likes every card.
    if (taken && t.intent === "request") named.liked.unshift(...t.items.filter((m) => m.liked !== false && slate.includes(m.itemId)).map((m) => m.itemId));
    // "I've seen the first one", "seen 1 and 2 already": kept out of the next slate.
    else if (taken && t.intent === "chitchat" && taken.liked === null && !taken.unseen) {
      for (const m of t.items) if (slate.includes(m.itemId) && m.liked === null && !m.unseen) named.mentioned.push(m.itemId);
    }
    if (named.liked.length + named.disliked.length + named.mentioned.length > 0) {
      for (const m of t.items) if (m.liked === false && slate.includes(m.itemId)) named.disliked.push(m.itemId);
      // Asked on a slate, "more like the third one" or "something similar to Heat" wants to see where it leads;
      // "I have seen the first two. What else?" wants others.
      const show = (t.intent === "request" && named.liked.length > 0) || says(ASKS_TO_SEE);
      // "Any more animated films? I love stuff like Toy Story", "more war movies like Saving Private Ryan, but skip
      // anything with romance": what it asks of the slate are critiques beside the film, as without one.
      const asked = slateCritiques(t, slate);
      // Asking for others like a film moves past the cards on screen: the next slates bring new ones.
      const passed = show ? slate.filter((i) => !t.items.some((m) => m.itemId === i)) : [];
      return { kind: "inform-items", ...named, accept: [], reject: [], ...(asked ?? {}), ...(show ? { show } : {}), ...(passed.length > 0 ? { passed } : {}) };
    }
    const asked = slateCritiques(t, slate);
    if (asked) return { kind: "reject-slate", items: slate, ...asked };
    if (says(FAREWELL) && t.items.length === 0) return { kind: "leave" };
    // "Show me more", "none of these": a new slate of others. "No sequels please": none of these, and none of a
    // liked film's series from now on. "Just show me what you have" with a slate on screen: others.
    const showMe = t.items.length === 0 && ((t.intent === "request" && says(SHOW_NOW)) || says(ASKS_TO_SEE));
    if (says(NONE_OF_THESE) || t.intent === "indifferent" || t.noSeries || t.items.some((m) => m.liked === false) || showMe) return { kind: "reject-slate", items: slate, show: true };
    const hint = CRITIQUE_HINT[catalog.graph.manifest.format];
    if (says(NONE_SEEN)) throw new ProtocolError("not_understood", `Then they are all new to you: pick one, ask why one was picked, or say what should change (${hint}).`);
    // "Hi!", "I'm fine how are you?": greeted back, with what the slate takes.
    if (says(ASKS_ABOUT_ME)) {
      throw new ProtocolError("not_understood", `I don't ${NOT_MINE[catalog.graph.manifest.format]} myself, but these are picked for you: say which one you'd take, or what should change (${hint}).`);
    }
    if (isSmallTalk(text) && GREETING.test(text)) throw new ProtocolError("not_understood", `Hi! Say which one you'd take, or what should change (${hint}).`);
    if (t.ungrounded) throw new ProtocolError("not_understood", `I can't go "${t.ungrounded.word}": ${t.ungrounded.why}. Try ${hint}, or pick one of these.`);
    throw new NothingRead(`Say which one you'd take, or what should change (${hint}).`);
  }
  const { accept, reject } = withCritique(t);
  const open = latest.type === "question" && latest.kind === "open";
  if (t.intent === "indifferent") return !open && says(SHOW_NOW) ? { kind: "show" } : indifferent(catalog, latest);
  // Films named on a question steer by themselves; "more action than Titanic" there is about wanting action.
  const show = says(SHOW_NOW) || says(ASKS_FOR_PICKS) ? { show: true } : {};
  if (t.items.length > 0) {
    // "Like Toy Story but older", "nothing too old": one of the ages the words reach, wanted as on a slate (not
    // folded into what is accepted).
    const c = t.critique?.direction === "more" && t.critique.also?.length ? t.critique : null;
    const said = c ? withCritique({ ...t, critique: null }) : { accept, reject };
    const ages = c ? { critique: { ...(c.itemId !== null ? { item: c.itemId } : {}), attribute: c.attributeId, direction: c.direction, also: [...(c.also ?? [])] } } : {};
    return { kind: "inform-items", ...namedItems(t), ...said, ...ages, ...(open && said.accept.length > 0 ? { stated: true } : {}), ...show };
  }
  if (t.critique && t.critique.itemId !== null) {
    return { kind: "critique", critique: { item: t.critique.itemId, attribute: t.critique.attributeId, direction: t.critique.direction } };
  }
  if (t.critique?.also && t.critique.itemId === null) {
    // "I like old movies", "a recent comedy", "less violent please" with nothing shown: one of the catalog's
    // older (newer) decades, or none of what the word covers but what the message asks for ("I love horror but
    // nothing too gory"), and the rest of the message as critiques beside it (wanted, or kept out).
    const { direction } = t.critique;
    // "any older ones? like 80s": a decade named within the ages the word reaches is the one wanted.
    const reached = [t.critique.attributeId, ...t.critique.also];
    if (direction === "more" && t.accept.some((a) => reached.includes(a))) return { kind: "inform", accept: t.accept, reject: t.reject, ...show };
    // "thrillers but nothing too gory": what the message asks for stays, its tag of the same name too.
    const asked = new Set(t.accept.map((a) => catalog.graph.attrName[a].toLowerCase()));
    const [attribute, ...also] = reached.filter((a) => direction === "more" || !asked.has(catalog.graph.attrName[a].toLowerCase()));
    // Not the critique's own attribute again ("these all feel very 90s, go back a few decades" reaches the 1990s).
    const rest = [...t.accept.filter((a) => a !== attribute).map((a) => ({ attribute: a, direction: "more" as const })), ...t.reject.map((a) => ({ attribute: a, direction: "less" as const }))];
    if (attribute !== undefined) return { kind: "critique", critique: { attribute, direction, ...(also.length > 0 ? { also } : {}) }, ...(rest.length > 0 ? { then: rest } : {}), ...show };
  }
  // "What's popular right now?", "what's trending": the best-known picks, a slate now (the opening included).
  if (accept.length + reject.length === 0 && says(POPULAR)) return { kind: "show" };
  if (accept.length + reject.length === 0 && t.intent === "request") {
    // "Hi, I'm looking for a good movie": the opening on the whole catalog, asked from there. "Just show me
    // something" to a later question: a slate now.
    if (open) return { kind: "indifferent" };
    if (says(SHOW_NOW)) return { kind: "show" };
  }
  if (accept.length + reject.length + t.items.length === 0 && !open && says(ASKS_TO_SEE)) return { kind: "show" };
  if (accept.length + reject.length === 0) {
    // A farewell ends a conversation under way; as its first words ("Good night") it greets.
    if (says(FAREWELL) && t.items.length === 0 && !open) return { kind: "leave" };
    const hint = OPENING_HINT[catalog.graph.manifest.format];
    if (says(POINTS_AT_CARD)) throw new ProtocolError("not_understood", `There is nothing to pick from yet: answer the question, or say "show me some".`);
    // "Hi! How are you?": most ReDial seekers open so; greeted back, not told they were not understood.
    if (says(ASKS_ABOUT_ME) && t.items.length === 0) {
      throw new ProtocolError("not_understood", `I don't ${NOT_MINE[catalog.graph.manifest.format]} myself, but I can find you something: ${open ? `name ${hint}` : `try yes or no, or name ${hint}`}.`);
    }
    // "why?", "why do you ask?" to a question: what the question is for.
    if (!open && latest.type === "question" && WHY_ASKED.test(text)) {
      throw new ProtocolError("not_understood", `Your answer narrows down what I show you: ${latest.kind === "choice" ? "pick any that suit you" : "yes or no"}, or say it doesn't matter.`);
    }
    if (isSmallTalk(text)) throw new ProtocolError("not_understood", open ? `Hi! I'm good, thanks. What are you in the mood for? Name ${hint}.` : `Hi! Try yes or no, or name ${hint}.`);
    // "Know any good movies starring Bill Murray?" where the catalog has no such name: say which name.
    const name = unknownName(text);
    if (name) throw new ProtocolError("not_understood", `I don't know “${name}” in this catalog. Try ${open ? "" : "yes or no, or "}${hint}.`);
    throw new NothingRead(`I didn't catch anything I can use in that. Try yes or no, or name ${hint}.`);
  }
  return { kind: "inform", accept, reject, ...(open && accept.length > 0 ? { stated: true } : {}), ...show };
}

/** What the message accepts and rejects, its critique among them. */
/**
 * What a message asks of a slate, as critiques: "not horror or thrillers" keeps both out, "something from the 80s"
 * asks for it; "Something older, and no horror": what else the message accepts or rejects, each its own critique.
 */
function slateCritiques(t: TextAct, slate: readonly number[]): { critique: Critique; then?: Critique[] } | null {
  const c = t.critique ?? (t.reject.length ? { itemId: null, attributeId: t.reject[0], direction: "less" as const, also: t.reject.slice(1) } : t.accept.length ? { itemId: null, attributeId: t.accept[0], direction: "more" as const } : null);
  if (!c) return null;
  const also = { ...(c.also?.length ? { also: [...c.also] } : {}), ...(c.relative ? { relative: c.relative } : {}) };
  const item = c.itemId ?? slate[0];
  const covered = [c.attributeId, ...(c.also ?? [])];
  const rejected = t.reject.filter((a) => !covered.includes(a));
  const then: Critique[] = [
    ...(rejected.length > 0 ? [{ item, attribute: rejected[0], direction: "less" as const, ...(rejected.length > 1 ? { also: rejected.slice(1) } : {}) }] : []),
    ...t.accept.filter((a) => !covered.includes(a)).map((a) => ({ item, attribute: a, direction: "more" as const })),
  ];
  return { critique: { item, attribute: c.attributeId, direction: c.direction, ...also }, ...(then.length > 0 ? { then } : {}) };
}

function withCritique(t: TextAct): { accept: number[]; reject: number[] } {
  const accept = [...t.accept];
  const reject = [...t.reject];
  // "less violent" is against every attribute its words cover; "older" wants one of them, read as the nearest.
  if (t.critique?.direction === "less") reject.push(...[t.critique.attributeId, ...(t.critique.also ?? [])].filter((a) => !reject.includes(a)));
  else if (t.critique && !accept.includes(t.critique.attributeId)) accept.push(t.critique.attributeId);
  return { accept, reject };
}

/** "Doesn't matter" to a yes/no question is about its attribute, to a choice about its attribute type, to the opening about anything. */
function indifferent(catalog: Catalog, latest: SystemAct): UserAct {
  if (latest.type === "question" && latest.kind === "yesno" && latest.attribute) return { kind: "indifferent", attribute: latest.attribute.id };
  if (latest.type === "question" && latest.kind === "choice" && latest.attributeType !== undefined) {
    const type = catalog.graph.typeNames.indexOf(latest.attributeType);
    if (type >= 0) return { kind: "indifferent", type };
  }
  return { kind: "indifferent" };
}
