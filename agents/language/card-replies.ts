/**
 * Replies about the cards of a slate, read from the message's tokens: taking one ("sure, I'll check it out"),
 * having seen or liked one before ("Oh I saw that!", "I loved it!"), asking about one ("who is in the first
 * one?", "why the second?"), asking for more like one, and a shown title typed however.
 */
import type { Lexicon } from "./lexicon.ts";
import { TRIVIAL } from "./lexicon.ts";
import { isCommonWord } from "./common-words.ts";
import { parseTitle, tokens as textTokens, withoutArticle, type Token } from "./text.ts";
import { NEGATORS, YES, indexOfPhrase, negatedBefore, splitAt } from "./words.ts";

/** Taking the slate's featured item: "yes", "sure", "I'll take it", "that one", "sounds good". */
export const TAKE_PHRASES = [["take", "it"], ["that", "one"], ["this", "one"], ["sounds", "good"], ["sounds", "great"], ["go", "with", "it"], ["watch", "it"], ["ill", "take"], ["lets", "go"], ["thank", "you"], ["love", "it"], ["thatll", "do"], ["im", "sold"],
  ["go", "with", "that"], ["go", "with", "this"], ["go", "for", "it"], ["go", "for", "that"], ["works", "for", "me"], ["that", "works"],
  ["of", "course"], ["guess", "so"], ["think", "so"], ["go", "on", "then"], ["thats", "the", "one"], ["that", "is", "the", "one"], ["this", "is", "the", "one"]];
export const TAKE_WORDS = new Set(["perfect", "great", "awesome", "good", "thanks", "fine", "nice", "excellent", "wonderful", "brilliant", "lovely"]);
/** Words that open a reaction without changing it: "Omg yes!", "Oh that is great!!", "That's perfect". */
const REACTION_LEADS = new Set(["oh", "ohh", "ooh", "wow", "omg", "well", "haha", "lol", "thats", "that", "is", "so", "very", "really"]);
/** Words that turn a short "ok, ..." into asking for something else: "ok show me more", "sure, another one". */
export const ELSEWHERE = new Set(["else", "more", "other", "others", "another", "different", "none", "not", "no", "next", "instead"]);
/** After "like I": "like I said", "like I mentioned". */
const SAID = new Set(["said", "say", "mentioned", "told", "wrote", "asked"]);
/** "more like the third one", "something similar to Heat": the named item anchors a new slate instead of being taken. */
const LIKE_LEADS = new Set(["more", "something", "anything", "any", "else", "others", "other", "ones", "stuff", "things", "films", "movies", "film", "movie", "artists", "bands", "music"]);
/** Meaning to watch a card: "I'll watch it", "I'll check it out", "adding it to my list". */
export const WATCH_PHRASES = [
  ["ill", "watch"], ["will", "watch"], ["gonna", "watch"], ["going", "to", "watch"], ["ill", "check"], ["check", "it", "out"], ["check", "that", "out"],
  ["ill", "add"], ["add", "it"], ["add", "that"], ["adding", "it"], ["look", "into"], ["look", "it", "up"], ["look", "that", "up"], ["look", "them", "up"],
  ["check", "them", "out"], ["check", "those", "out"], ["going", "to", "check"], ["to", "my", "list"], ["look", "out", "for"],
  ["will", "try"], ["try", "it"], ["try", "that"], ["try", "those"], ["have", "to", "watch"], ["but", "i", "will"],
  ["definitely", "watch"], ["definitely", "check"], ["would", "like", "that"], ["perfect", "for", "me"], ["my", "kind", "of"],
  ["id", "love", "that"], ["would", "love", "that"], ["id", "like", "that"], ["love", "to", "see", "it"], ["love", "to", "see", "that"], ["love", "to", "watch", "it"],
  ["like", "to", "see", "it"], ["like", "to", "watch", "it"], ["like", "to", "watch", "that"], ["want", "to", "watch", "it"], ["want", "to", "watch", "that"], ["check", "those", "ones", "out"], ["check", "these", "out"], ["check", "these", "ones", "out"], ["check", "both", "out"], ["well", "watch", "it"], ["well", "watch", "that"], ["we", "will", "watch"], ["well", "check"],
  ["give", "it", "a", "try"], ["give", "it", "a", "go"], ["give", "it", "a", "shot"], ["give", "that", "a", "try"], ["give", "that", "one", "a", "try"], ["put", "it", "on"], ["putting", "it", "on"], ["stick", "it", "on"], ["sticking", "it", "on"], ["pop", "it", "on"], ["popping", "it", "on"], ["meaning", "to", "watch"], ["meaning", "to", "rewatch"], ["meant", "to", "see"], ["meant", "to", "watch"], ["want", "to", "rewatch"], ["ill", "rewatch"], ["rewatch", "it"], ["rewatch", "that"], ["rewatching", "it"], ["rewatching", "that"],
  // "haven't seen that one, it looks good": wanting to see it.
  ["looks", "good"], ["looks", "great"], ["looks", "cool"], ["looks", "interesting"], ["sounds", "good"], ["sounds", "great"], ["sounds", "awesome"], ["sounds", "cool"], ["sounds", "interesting"], ["sounds", "fun"],
  ["sounds", "like", "a", "good"], ["sounds", "like", "a", "great"], ["sounds", "really"], ["sounds", "very"],
];
/** Words before a "why" that keep it a question about the slate ("just curious, why", "so why that one"), unlike "that's why". */
const WHY_LEADS = new Set(["but", "so", "and", "ok", "okay", "hmm", "hm", "hmmm", "um", "umm", "uh", "huh", "wait", "well", "just", "curious", "wondering", "wonder", "me", "oh", "then", "ask", "asking"]);
/** "why", "why'd", "why's". */
const WHY = new Set(["why", "whyd", "whys"]);
/** Other ways of asking why: "what makes the second one a good pick?", "how come", "explain the first". */
export const WHY_PHRASES = [["what", "makes"], ["what", "made"], ["how", "come"], ["explain"], ["tell", "me", "more", "about"], ["tell", "me", "about"], ["bit", "more", "about"], ["little", "more", "about"], ["more", "about", "the"], ["more", "about", "that"], ["more", "about", "it"], ["whats", "up", "with"], ["what", "is", "up", "with"], ["whats", "so", "good", "about"], ["whats", "good", "about"], ["whats", "special", "about"], ["special", "about"], ["reason", "for"], ["the", "reason", "you"], ["reason", "why"], ["a", "fit"], ["a", "good", "fit"],
  ["what", "happens", "in"], ["whats", "the", "deal", "with"], ["what", "is", "the", "deal", "with"], ["tell", "me", "a", "little", "about"], ["tell", "me", "a", "bit", "about"], ["tell", "me", "something", "about"], ["whats", "the", "story"], ["what", "is", "the", "story"], ["whats", "the", "plot"], ["what", "is", "the", "plot"], ["whats", "the", "premise"], ["what", "is", "the", "premise"]];
/** "what kind of movie is the first one?", "what genre is it". */
const KIND_WORDS = new Set(["kind", "type", "sort", "genre"]);
/** First words of a question about a card: "who is in it?", "is it scary?", "when did the third one come out?". */
const QUESTION_LEADS = new Set(["who", "whos", "when", "where", "is", "was", "does", "did", "has", "how", "hows", "are", "whats"]);
/** Words that open a message without saying anything yet: "um", "so", "well". */
const FILLERS = new Set(["um", "umm", "uh", "hmm", "hm", "so", "well", "oh", "ok", "okay", "wait", "and", "but"]);
/** Words that point at a card after a question lead: "is it funny?", "was that any good?". */
const POINTER = new Set(["it", "that", "this", "the"]);
/** "what", as typed. */
const WHAT = new Set(["what", "whats", "wat", "wut", "wats", "wtf", "wth"]);
/** Words that lead a reference to a card: "the 4th one", "that one", "#3". */
const CARD_LEADS = new Set(["the", "that", "this", "it", "number", "no"]);
/** After "y", a "why": "y the 2nd?", "y u pick that", "y that one". */
const Y_WHY = new Set(["the", "that", "this", "u", "you", "did", "do", "number", "would"]);
/** Words that point at a card already shown: "what is it about?". */
export const CARD_WORDS = new Set(["it", "that", "this", "one", "those", "these", "them"]);
/** Words that point away from the cards shown: "something else", "another one", "a different one". */
export const AWAY = new Set(["else", "other", "others", "another", "different"]);
/** ...and "instead": "I'll take a different one", "the fourth instead". */
const OTHER = new Set([...AWAY, "instead"]);
const SEEN = new Set(["seen", "saw", "watched", "already"]);
export const LIKED_BEFORE = new Set(["loved", "liked", "enjoyed", "adored"]);
/** Liking said in the present: "I love that movie!", "I really enjoy those movies" (seen, so more like it). */
const LIKE_NOW = new Set(["love", "like", "enjoy", "adore", "loves", "likes"]);
/** Before a liking, it is a wish, not a memory: "I'd love that", "I would probably like them". */
const WISHING = new Set(["id", "would", "wd", "could", "might", "may", "to", "wed", "youd"]);
const FILM_NOUNS = new Set(["movie", "film", "flick", "show", "series"]);
/** Words for every card: "those", "both of them", "all of these". */
const EVERY_CARD = new Set(["those", "these", "them", "em", "both", "all"]);
/** A liking of the suggestions themselves, not of having seen them: "those all look good", "great choices". */
const PROSPECTIVE = new Set(["look", "looks", "sound", "sounds", "seem", "seems", "choices", "choice", "suggestions", "picks", "ideas", "options"]);
/** "That is my favorite!!", "haha yes, my favorite": the featured card, liked before. */
const FAVOURITE = new Set(["favorite", "favourite", "fav", "fave", "favorites", "favourites", "favs", "faves"]);

/** "yes", "sure", "I'll take it", "that one", "sounds good": a short message that takes what was shown. */
export function takes(tokens: readonly Token[]): boolean {
  // "sure, why not" is no "not".
  if (tokens.length === 0 || tokens.length > 8 || tokens.some((t, k) => ELSEWHERE.has(t.norm) && !(t.norm === "not" && tokens[k - 1]?.norm === "why"))) return false;
  let lead = 0;
  while (lead < tokens.length - 1 && REACTION_LEADS.has(tokens[lead].norm)) lead++;
  const core = tokens.slice(lead);
  if (YES.has(tokens[0].norm) || (core.length <= 3 && core.every((t) => YES.has(t.norm) || TAKE_WORDS.has(t.norm)))) return true;
  return hasUnnegated(tokens, TAKE_PHRASES);
}

/** One of `phrases` occurs with no negation before it in its clause ("I'll watch it", not "I won't watch it"). */
function hasUnnegated(tokens: readonly Token[], phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => {
    const at = indexOfPhrase(tokens, p);
    // From the phrase's last word, so a clause break before the phrase ends the reach.
    return at >= 0 && !negatedBefore(tokens, at + p.length - 1);
  });
}

/** "seen that one", "seen it", "Oh I saw that!": having seen the card the slate features. */
export function seesFeatured(tokens: readonly Token[]): boolean {
  return pointsAfter(tokens, SEEN);
}

/** "I loved it!", "I have and loved it", "really enjoyed that one", "that is my favorite!", "I love that movie!": liked (so seen) the featured card. */
export function likedFeatured(tokens: readonly Token[]): boolean {
  return favourite(tokens) || pointsAfter(tokens, LIKED_BEFORE) || likesNow(tokens) === "one";
}

/**
 * Liking a shown film said in the present: "one" for "I love that movie!", "all" for "I like both of those",
 * "I really enjoy those movies"; null for a wish ("I'd love that") or anything else.
 */
export function likesNow(tokens: readonly Token[]): "one" | "all" | null {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!likesAt(tokens, k)) continue;
    const next = tokens[k + 1].norm;
    if (EVERY_CARD.has(next)) return "all";
    if ((next === "that" || next === "this") && (FILM_NOUNS.has(tokens[k + 2]?.norm ?? "") || tokens[k + 2]?.norm === "one")) return "one";
  }
  return null;
}

/** A liking said in the present at `k` ("I love Porky's"), not a wish ("I'd love Porky's") nor negated. */
export function likesAt(tokens: readonly Token[], k: number): boolean {
  if (!LIKE_NOW.has(tokens[k]?.norm ?? "") || negatedBefore(tokens, k)) return false;
  return !WISHING.has(tokens[k - 1]?.norm ?? "") && !WISHING.has(tokens[k - 2]?.norm ?? "");
}

/** Words that praise films: "Those are all great!". */
const PRAISE = new Set(["great", "good", "awesome", "wonderful", "amazing", "excellent", "fantastic", "brilliant", "classics", "favorites", "favourites", "bangers", "gems"]);

/** Between a pointer and praise: "that's a really good one", "it was so funny". */
const PRAISE_FILLERS = new Set(["a", "an", "such", "very", "really", "so", "pretty", "quite", "super", "truly", "great", "good"]);
const HEARSAY = new Set(["heard", "hear", "hearing", "reviews", "supposedly", "apparently"]);
const SOCIAL = new Set(["chatting", "talking", "meeting", "speaking", "to", "of", "chat", "talk"]);
/** Praise said of one film besides `PRAISE`: "that's a fun one", "that third one is a gem". */
const PRAISE_ONE = new Set(["nice", "fun", "funny", "cool", "solid", "gem", "masterpiece", "banger"]);
/** Praise that is a noun, so a film known: "the 4th one is a gem". */
const PRAISE_NOUNS = new Set(["gem", "masterpiece", "banger", "classic", "favorite", "favourite"]);

/**
 * The featured film praised as one known: "That's a good one", "That was a great movie too", "It's really good!",
 * "I have and its great!" (not "that's great", a reaction that takes it, nor "sounds good", "looks good").
 */
export function praisesFeatured(tokens: readonly Token[]): boolean {
  // Not what was heard of it ("I heard it was great"), nor turned down after all ("a great movie, but I don't like it").
  if (tokens.length > 14 || tokens.some((t) => PROSPECTIVE.has(t.norm) || HEARSAY.has(t.norm)) || dislikedFeatured(tokens)) return false;
  for (let k = 1; k < tokens.length; k++) {
    if (!(PRAISE.has(tokens[k].norm) || PRAISE_ONE.has(tokens[k].norm)) || negatedBefore(tokens, k)) continue;
    // "it was nice chatting", "awesome talking to you": about the conversation.
    if (SOCIAL.has(tokens[k + 1]?.norm ?? "") || tokens[k].breakBefore) continue;
    let j = k - 1;
    while (j > 0 && PRAISE_FILLERS.has(tokens[j].norm) && !tokens[j + 1].breakBefore) j--;
    if (tokens[j + 1].breakBefore && j + 1 < k) continue;
    const w = tokens[j].norm;
    const pointer = tokens[j - 1]?.norm ?? "";
    // "the first one was amazing": a card pointed at, praised as seen.
    const it = w === "its" || ((w === "is" || w === "was") && pointer === "it") || (w === "was" && pointer === "one") || ((w === "is" || w === "was") && pointer === "one" && PRAISE_NOUNS.has(tokens[k].norm));
    const that = w === "thats" || ((w === "is" || w === "was") && (pointer === "that" || pointer === "this"));
    if (!it && !that) continue;
    const noun = tokens[k + 1]?.norm === "one" || FILM_NOUNS.has(tokens[k + 1]?.norm ?? "");
    if (it || noun || w === "was") return true;
  }
  return false;
}

/** Seen and not liked, said without "like": "not as good as I thought", "Yes, not a fan though!". */
const DISLIKE_PHRASES = [["not", "as", "good", "as"], ["not", "a", "fan"], ["wasnt", "a", "fan"], ["not", "a", "big", "fan"], ["didnt", "care", "for"], ["wasnt", "that", "good"], ["not", "that", "good"], ["wasnt", "very", "good"]];
/** "I did not like it very much", "didn't enjoy that one": the featured film seen and not liked. */
export function dislikedFeatured(tokens: readonly Token[]): boolean {
  if (DISLIKE_PHRASES.some((p) => indexOfPhrase(tokens, p) >= 0)) return true;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const w = tokens[k].norm;
    if (!(LIKE_NOW.has(w) || LIKED_BEFORE.has(w)) || !negatedBefore(tokens, k)) continue;
    const next = tokens[k + 1].norm;
    if (next === "it" || ((next === "that" || next === "this") && (tokens[k + 2] === undefined || tokens[k + 2].norm === "one" || FILM_NOUNS.has(tokens[k + 2].norm)))) return true;
  }
  return false;
}

/** Praise of every card, as films seen: "Those are all great!", "All good movies!", "both absolutely wonderful" (not "cool, I'll check them out"). */
export function praisesAll(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => PROSPECTIVE.has(t.norm)) || meansToWatch(tokens)) return false;
  // A short sentence of its own: "Oh these are all great movies! I've watched every single one of them already."
  return splitAt(tokens, (t) => t.stopBefore).some((s) => s.length <= 8 && !s.some((t) => NEGATORS.has(t.norm)) && s.some((t) => EVERY_CARD.has(t.norm)) && s.some((t) => PRAISE.has(t.norm)));
}

/**
 * "I haven't seen that one", "never heard of it", "Oh cool, I never saw that": the featured card is new to them
 * (not "haven't seen that in ages", seen long ago; not "haven't seen it but I don't want to").
 */
export function unseenFeatured(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm;
    const heard = w === "heard" && tokens[k + 1]?.norm === "of";
    if (!(SEEN.has(w) || heard) || !negatedBefore(tokens, k) || ofOthers(tokens, k)) continue;
    const at = k + (heard ? 2 : 1);
    const next = tokens[at]?.norm;
    if (!(next === undefined || next === "it" || next === "that" || next === "this" || next === "yet")) continue;
    const rest = tokens.slice(at + 1);
    return (rest[0]?.norm === "one" ? rest[1] : rest[0])?.norm !== "in" && !rest.some((t) => NEGATORS.has(t.norm));
  }
  return false;
}

/** "my favorite", "one of my all time favorites", not negated. */
function favourite(tokens: readonly Token[]): boolean {
  // "my favorite", "a favorite of mine".
  const mine = (k: number) => tokens.slice(Math.max(0, k - 3), k).some((w) => w.norm === "my") || (tokens[k + 1]?.norm === "of" && tokens[k + 2]?.norm === "mine");
  return tokens.some((t, k) => FAVOURITE.has(t.norm) && mine(k) && !negatedBefore(tokens, k));
}

/** Liked in the past ("I really liked Sixteen Candles", "that is one of my favorites"): seen it, so more like it. */
export function likedBefore(tokens: readonly Token[]): boolean {
  // "Big fan of the third one".
  const fan = tokens.some((t, k) => (t.norm === "fan" || t.norm === "fans") && tokens[k + 1]?.norm === "of" && !negatedBefore(tokens, k));
  return fan || favourite(tokens) || tokens.some((t, k) => LIKED_BEFORE.has(t.norm) && !negatedBefore(tokens, k)) || likesNow(tokens) !== null;
}

/** A word of `words` followed by "it", "that" or "this (one)", with no negation before it. */
function pointsAfter(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!words.has(tokens[k].norm) || negatedBefore(tokens, k)) continue;
    const next = tokens[k + 1].norm;
    if (next === "it" || next === "that" || next === "this") return true;
  }
  return false;
}

export function meansToWatch(tokens: readonly Token[]): boolean {
  // "I will try something else" means to watch another.
  if (tokens.some((t) => OTHER.has(t.norm))) return false;
  // "I'll finally watch it", "I will definitely check it out": the phrase with its adverb left out.
  return hasUnnegated(tokens, WATCH_PHRASES) || hasUnnegated(tokens.filter((t) => !WATCH_ADVERBS.has(t.norm)), WATCH_PHRASES);
}
const WATCH_ADVERBS = new Set(["finally", "definitely", "probably", "totally", "really", "just", "maybe", "prob", "def", "surely", "certainly", "actually"]);

/** A shown item whose whole main title (its leading article optional) the message holds, in any case; the longest. */
export function shownTitle(lexicon: Lexicon, tokens: readonly Token[], shown: readonly number[]): { item: number; from: number; to: number } | null {
  let best: { item: number; from: number; to: number } | null = null;
  for (const item of shown) {
    const words = textTokens(parseTitle(lexicon.catalog.itemTitle[item]).main);
    for (const phrase of [words, withoutArticle(words)]) {
      if (phrase.length === 0 || (best && phrase.length <= best.to - best.from)) continue;
      // One everyday word ("It", "Up", "Her") is no title typed in lowercase.
      if (phrase.length === 1 && (TRIVIAL.has(phrase[0]) || isCommonWord(phrase[0]))) continue;
      const at = indexOfPhrase(tokens, phrase);
      if (at >= 0) best = { item, from: at, to: at + phrase.length };
    }
  }
  return best;
}

/** Words asking for the like of a card, read as typed however ("more in that directon"). */
const SIMILAR_WORDS = new Set(["similar", "resembling", "lines", "vein", "spirit", "style", "direction", "vibe", "vibes", "lane", "cousins", "lookalike", "lookalikes", "soundalikes"]);
/** Nouns of a way films go, after "the", "those", "that": "along the lines of", "more in that lane". */
const LINES = new Set(["lines", "vein", "spirit", "style", "manner", "direction", "lane"]);
/** "along the lines of", "along those lines", "in the same vein". */
const THOSE_LINES = new Set(["the", "same", "those", "these", "that"]);
const SAME_AS = new Set(["same", "similar", "that", "those", "this", "the"]);

/** Asking what a card is without a question word: "more info on the third one", "curious about the 2nd one". */
export function asksForInfo(tokens: readonly Token[]): boolean {
  return tokens.some((t) => INFO.has(t.norm)) || INFO_PHRASES.some((p) => indexOfPhrase(tokens, p) >= 0);
}
const INFO = new Set(["info", "information", "details", "detail", "lowdown", "plot", "premise", "synopsis", "summary", "remind", "curious", "rundown", "trailer"]);
const INFO_PHRASES = [["any", "good"], ["worth", "it"], ["what", "year"], ["what", "is", "it"]];

/** "more like", "something similar", "similar to": asking for the neighbours of what it names. */
export function asksForSimilar(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm;
    if (w === "similar" || w === "resembling") return true;
    // "along the lines of", "in the vein of", "in the style of", "in the same spirit as", "in the manner of", "more in
    // that direction", "more in that lane".
    if (LINES.has(w) && THOSE_LINES.has(tokens[k - 1]?.norm ?? "")) return true;
    // "in the line of", as said in some Englishes.
    if (w === "line" && tokens[k - 1]?.norm === "the" && tokens[k + 1]?.norm === "of") return true;
    // "more of this type", "that kind of thing".
    // Not "my wife loves that kind of stuff", which says why.
    const why = LIKE_NOW.has(tokens[k - 2]?.norm ?? "") || LIKED_BEFORE.has(tokens[k - 2]?.norm ?? "");
    if (KIND_WORDS.has(w) && !why && (tokens[k - 1]?.norm === "this" || (tokens[k - 1]?.norm === "that" && tokens[k + 1]?.norm === "of"))) return true;
    // "like 2", "like the 4th": a message that opens with "like" asks for the like of a card.
    // Not "like I said before - the 6th one please".
    const aside = (tokens[k + 1]?.norm === "i" || tokens[k + 1]?.norm === "you") && SAID.has(tokens[k + 2]?.norm ?? "");
    if (w === "like" && !aside && (LIKE_LEADS.has(tokens[k - 1]?.norm ?? "") || k === 0)) return true;
    // "same vibe as #1", "show me its cousins", "find me lookalikes".
    if ((w === "vibe" || w === "vibes") && SAME_AS.has(tokens[k - 1]?.norm ?? "")) return true;
    if (w === "cousins" || w === "lookalikes" || w === "lookalike" || w === "soundalikes") return true;
    // "anything close", "something close to it".
    if (w === "close" && (tokens[k - 1]?.norm === "anything" || tokens[k - 1]?.norm === "something" || tokens[k + 1]?.norm === "to")) return true;
    // "movies same as number 3", "show me like this".
    if (w === "same" && (tokens[k + 1]?.norm === "as" || tokens[k + 1]?.norm === "like")) return true;
    if (w === "like" && tokens[k - 1]?.norm === "me" && CARD_WORDS.has(tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

/** true: the message says the user has seen it ("I've seen the first one"); false: has not ("haven't seen it"); null: neither. */
export function saysSeen(tokens: readonly Token[]): boolean | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!SEEN.has(tokens[k].norm) || ofOthers(tokens, k) || alreadyDidElse(tokens, k)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (NEGATORS.has(tokens[j].norm)) return sinceLong(tokens, k);
    return true;
  }
  return null;
}

/** Done already, but not seeing: "my roommate already called it", "we already picked" (not "already watched"). */
function alreadyDidElse(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k].norm !== "already" || next === undefined || next.breakBefore || SEEN.has(next.norm) || LIKED_BEFORE.has(next.norm)) return false;
  return next.norm.endsWith("ed") || DONE_ELSE.has(next.norm);
}
const DONE_ELSE = new Set(["said", "made", "chose", "chosen", "got", "bought", "told", "had", "paid", "put", "set"]);

const SINCE_LONG = [["since"], ["in", "years"], ["in", "donkeys", "years"], ["in", "yonks"], ["in", "ages"], ["in", "forever"], ["in", "a", "while"], ["in", "a", "long", "time"], ["for", "years"], ["for", "ages"], ["for", "a", "long", "time"], ["in", "decades"], ["in", "so", "long"]];
/** Films not yet named: "something I haven't seen", "anything we haven't watched". */
const UNNAMED = new Set(["something", "anything", "stuff", "ones"]);
const AMOUNTS = new Set(["few", "couple", "lot", "bunch", "handful", "number", "bit"]);
/**
 * "any others I haven't seen", "something else we haven't watched", "something I HAVEN'T seen", "we watched
 * something forgettable last week": seeing at `k` said of other films, not the cards.
 */
function ofOthers(tokens: readonly Token[], k: number): boolean {
  // After it, "something" or "a ..." that is no amount ("seen a few of these" is of the cards).
  const next = tokens[k + 1];
  if (next && !next.breakBefore && (next.norm === "something" || ((next.norm === "a" || next.norm === "an") && !AMOUNTS.has(tokens[k + 2]?.norm ?? "")))) return true;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (OTHER.has(tokens[j].norm) || UNNAMED.has(tokens[j].norm)) return true;
    if (tokens[j + 1].breakBefore) return false;
  }
  return false;
}

/** "haven't seen it since high school", "not watched it in years": seen, long ago (true); otherwise not seen (false). */
function sinceLong(tokens: readonly Token[], k: number): boolean {
  const rest = tokens.slice(k + 1, k + 6);
  return SINCE_LONG.some((p) => {
    const at = indexOfPhrase(rest, p);
    return at >= 0 && rest.slice(0, at + 1).every((t, j) => j === 0 || !t.breakBefore);
  });
}

/**
 * "why the first one?", "so why that one", "what makes the second one a good pick?": a question about a shown
 * item, not taking it. "That's why", "I don't know why" and "why not" are not such a question.
 */
export function asksWhy(tokens: readonly Token[]): boolean {
  // "y the 2nd?", "y u pick that": "y" for "why" (alone, "y" is a yes).
  if (tokens[0]?.norm === "y" && Y_WHY.has(tokens[1]?.norm ?? "")) return true;
  for (let k = 0; k < tokens.length; k++) {
    if (!WHY.has(tokens[k].norm) || tokens[k + 1]?.norm === "not") continue;
    // "my wife wants to know why", not "I don't know why".
    const toKnow = tokens[k - 1]?.norm === "know" && tokens[k - 2]?.norm === "to";
    if (k === 0 || tokens[k].breakBefore || WHY_LEADS.has(tokens[k - 1].norm) || toKnow) return true;
  }
  return WHY_PHRASES.some((p) => indexOfPhrase(tokens, p) >= 0);
}

/**
 * "what kind of movie is the first one?", "what's it about?", "who is in the first one?", "is the second one
 * scary?": a question about a card, never taking it (not "what about comedies?", "how about the second one").
 */
export function asksWhatItIs(tokens: readonly Token[]): boolean {
  // A question may follow something else said first: "No, I havent what is it about?", "Not seen it. What is it like?".
  const last = tokens[tokens.length - 1]?.norm;
  // "what else would I like?" asks for more, not what a card is like.
  const whatElse = tokens.some((t, k) => WHAT.has(t.norm) && OTHER.has(tokens[k + 1]?.norm ?? ""));
  if ((last === "about" || last === "like") && !whatElse && tokens.some((t) => t.norm === "what" || t.norm === "whats")) return true;
  // "and the first one is what kind of film": a "what kind" anywhere asks what a card is.
  if (tokens.some((t, k) => WHAT.has(t.norm) && KIND_WORDS.has(tokens[k + 1]?.norm ?? ""))) return true;
  // "never heard of #4 whats that": a closing "what's that".
  if (WHAT.has(tokens[tokens.length - 2]?.norm ?? "") && (last === "that" || last === "it" || last === "this")) return true;
  // "number 3 is about what": the question word last.
  if (last === "what" && (tokens[tokens.length - 2]?.norm === "about" || tokens[tokens.length - 2]?.norm === "is")) return true;
  // "Haven't heard of the 4th, what is it?": a "what" question may also open a later clause.
  // "I don't know the 4th one, is it funny?": so may one that asks after "it", "that" or "this".
  // "um what kind of movie is it": fillers before the question word leave it first.
  const first = tokens.findIndex((t) => !FILLERS.has(t.norm));
  return tokens.some((t, k) => (t.sentenceStart || k === first || (t.breakBefore && (WHAT.has(t.norm) || POINTER.has(tokens[k + 1]?.norm ?? "")))) && questionAt(tokens, k));
}

/** A question about a card starts at `k`: "what kind of movie", "who is in it", "is it scary" (not "how about"). */
function questionAt(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k].norm;
  // "which genre has the last film".
  if (first === "which" && KIND_WORDS.has(tokens[k + 1]?.norm ?? "")) return true;
  if (WHAT.has(first)) {
    const next = tokens[k + 1]?.norm ?? "";
    if (KIND_WORDS.has(next)) return true;
    // "what is the 4th one", "whats that one": what a card is.
    const ref = tokens[next === "is" || next === "s" ? k + 2 : first === "what" ? -1 : k + 1];
    return ref !== undefined && (CARD_LEADS.has(ref.norm) || ref.joiner === "#" || /^\d+$/.test(ref.norm));
  }
  // "is it ok if I see a few others?", "is it possible to see ten different ones?" ask leave, not what a card is.
  if (first === "is" && tokens[k + 1]?.norm === "it" && PERMISSION.has(tokens[k + 2]?.norm ?? "") && (tokens[k + 3]?.norm === "if" || tokens[k + 3]?.norm === "to")) return false;
  // "are there any others?", "is there anything that isn't a drama?" ask for other films; so does "is that all you have?".
  if ((first === "is" || first === "are") && tokens[k + 1]?.norm === "there") return false;
  if (first === "is" && tokens[k + 1]?.norm === "that" && tokens[k + 2]?.norm === "all") return false;
  // "Is not what I search" says what it is not (the "it" left out, as in several first languages).
  return QUESTION_LEADS.has(first) && tokens[k + 1]?.norm !== "about" && tokens[k + 1]?.norm !== "not";
}
/** "is it ok ...", "is it alright ...": asking leave. */
export const PERMISSION: ReadonlySet<string> = new Set(["ok", "okay", "alright", "fine", "possible", "cool"]);

/** Every word these readings look for: a reply word, never corrected into another (slips.ts). */
export function cardReplyWords(): string[] {
  const sets: Iterable<string>[] = [
    TAKE_WORDS, REACTION_LEADS, ELSEWHERE, LIKE_LEADS, WHY_LEADS, KIND_WORDS, QUESTION_LEADS, FILLERS, POINTER, WHAT, CARD_LEADS, Y_WHY,
    CARD_WORDS, OTHER, SEEN, LIKED_BEFORE, LIKE_NOW, WISHING, FILM_NOUNS, EVERY_CARD, PROSPECTIVE, FAVOURITE, PRAISE, PRAISE_FILLERS,
    HEARSAY, SOCIAL, PRAISE_ONE, PRAISE_NOUNS, WATCH_ADVERBS, THOSE_LINES, SAME_AS, INFO, SIMILAR_WORDS, WHY,
  ];
  return [...sets.flatMap((s) => [...s]), ...[TAKE_PHRASES, WATCH_PHRASES, WHY_PHRASES, INFO_PHRASES].flat(2)];
}

/** Taking a card in so many words, whatever else is said: "ill go with that one", "I'll take it", "I'm sold". */
const EXPLICIT_TAKES = [["go", "with"], ["go", "for"], ["going", "with"], ["ill", "take"], ["take", "it"], ["im", "sold"], ["ill", "pick"], ["ill", "choose"], ["ill", "have", "the"], ["ill", "have", "that"], ["ill", "have", "it"], ["ill", "have", "number"],
  ["lets", "have"], ["lets", "do", "that"], ["lets", "do", "it"], ["lets", "do", "this"], ["im", "choosing"], ["choosing", "it"], ["im", "picking"], ["picking", "it"], ["gonna", "pick"], ["gonna", "take"], ["gonna", "choose"], ["going", "to", "pick"], ["ive", "decided"], ["already", "decide"], ["already", "decided"], ["decided", "on"], ["put", "on"], ["will", "choose"], ["will", "pick"], ["will", "take"], ["that", "one", "please"], ["thats", "the", "one"], ["that", "is", "the", "one"],
  // "so that's my pick", "so that's the pick", "that's what we're watching".
  ["my", "pick"], ["our", "pick"], ["thats", "the", "pick"], ["that", "is", "the", "pick"], ["thats", "the", "winner"], ["we", "have", "a", "winner"], ["what", "were", "watching"], ["what", "im", "watching"], ["what", "ill", "watch"], ["what", "well", "watch"]];
export function takesExplicitly(tokens: readonly Token[]): boolean {
  return meansToWatch(tokens) || hasUnnegated(tokens, EXPLICIT_TAKES);
}
