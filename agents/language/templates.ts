import type { Catalog } from "./lexicon.ts";
import { orderValue } from "./synonyms.ts";
import { spokenList, spokenTitle } from "./text.ts";

/**
 * What users read when no model runs: several phrasings per act, picked by a seed (session and
 * turn) so a conversation does not repeat itself and a replay says the same words. Attributes are
 * phrased by type ("a comedy", "from the 1990s", "tagged “dark”"), the item's strongest ones first,
 * and titles as people say them ("The Matrix (1999)").
 */

export interface TemplateCatalog extends Catalog {
  /** What an item is called: "film", "artist", "item". */
  readonly noun?: string;
}

/** Facts on the path that produced a recommended item: the only things a justification may name. */
export interface JustificationFacts {
  readonly item: number;
  /** Attributes the item holds that the text may name, strongest first. */
  readonly attributes: readonly number[];
  /** Of `attributes`, those the user asked for: the slate's intro says them already, so a card names them only when it has nothing else. */
  readonly asked?: readonly number[];
  /** Of `attributes`, those that set the item apart from the rest of its slate. */
  readonly distinct?: readonly number[];
  /** How many users with similar taste liked it (0 when that is not on the path). */
  readonly similarUsers: number;
  /** Items in the user's history that led to it. */
  readonly historyItems: readonly number[];
}

export type Direction = "more" | "less";

/** A critique as the reply names it: its attribute and the further ones its words cover. */
export interface CritiqueWords {
  readonly attribute: number;
  readonly direction: Direction;
  readonly also?: readonly number[];
}

/** What a critique did beyond its own constraint (agents/dialogue/state.ts `CritiqueOutcome`). */
export interface CritiqueResult {
  readonly lifted: readonly number[];
  readonly unmet: readonly number[];
}

/** A small deterministic hash so variants spread evenly over seeds 0, 1, 2... */
function pick<T>(list: readonly T[], seed: number): T {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return list[((h ^ (h >>> 16)) >>> 0) % list.length];
}

export class Templates {
  private readonly noun: string;
  private readonly titles: string[] = [];

  constructor(private readonly catalog: TemplateCatalog) {
    this.noun = catalog.noun ?? "film";
  }

  typeOf(attribute: number): string {
    const c = this.catalog;
    const t = c.attrTypes.ids[c.attrTypes.offsets[attribute]];
    return t === undefined || c.attrTypes.offsets[attribute] === c.attrTypes.offsets[attribute + 1] ? "" : c.typeNames[t];
  }

  /** The item's title as people say it: "The Matrix (1999)" for the catalog's "Matrix, The (1999)". */
  title(item: number): string {
    return (this.titles[item] ??= spokenTitle(this.catalog.itemTitle[item]));
  }

  /** A genre's words ("a comedy", "comedies", "comedy", "comedy"); an unknown genre as "a shoegaze artist". */
  private genre(attribute: number): GenreWords {
    const name = this.catalog.attrName[attribute];
    const known = GENRES[name];
    if (known) return known.map((w) => w.replace("#", this.noun)) as unknown as GenreWords;
    const word = /^[A-Z][a-z-]+$/.test(name) ? name.toLowerCase() : name;
    return [`${article(word)} ${word} ${this.noun}`, `${word} ${plural(this.noun)}`, word, word];
  }

  /** What an item is, as a predicate after "the only one here": "tagged “dark”", "from the 1990s", "with director “Nolan”". */
  private trait(attribute: number): string {
    const name = this.catalog.attrName[attribute];
    const type = this.typeOf(attribute);
    if (type === "decade") return `from the ${name}`;
    if (isTag(type)) return `tagged “${name}”`;
    return `with ${type} “${name}”`;
  }

  /** Several attributes as one noun phrase: "a comedy from the 1990s", "a comedy and romance film, tagged “quirky”". */
  private describeAll(attributes: readonly number[], many = false): string {
    const genres: number[] = [];
    const decades: string[] = [];
    const tags: string[] = [];
    const traits: string[] = [];
    for (const a of attributes) {
      const type = this.typeOf(a);
      if (type === "genre") genres.push(a);
      else if (type === "decade") decades.push(this.catalog.attrName[a]);
      else if (isTag(type)) tags.push(`“${this.catalog.attrName[a]}”`);
      else traits.push(this.trait(a));
    }
    if (tags.length > 0) traits.unshift(`tagged ${spokenList(tags)}`);
    const kind =
      genres.length === 0
        ? many ? plural(this.noun) : `${article(this.noun)} ${this.noun}`
        : genres.length === 1
          ? this.genre(genres[0])[many ? 1 : 0]
          : this.mix(genres.map((g) => this.genre(g)[2]), many);
    const era = decades.length ? ` from the ${spokenList(decades, " or ")}` : "";
    const traitsSep = genres.length + decades.length > 0 ? ", " : " ";
    return `${kind}${era}${traits.length ? `${traitsSep}${spokenList(traits)}` : ""}`;
  }

  /** "a comedy and children's film", "comedy and children's films". */
  private mix(adjectives: string[], many: boolean): string {
    const words = spokenList(adjectives);
    return many ? `${words} ${plural(this.noun)}` : `${article(words)} ${words} ${this.noun}`;
  }

  /** The slate's opening line: what the user asked for, said once for the whole slate. */
  slateIntro(n: number, asked: readonly number[], seed: number): string {
    if (n === 1) return pick(["Here is the one that fits best.", "One stands out."], seed);
    const what = asked.length ? this.describeAll(asked.slice(0, 3), true) : "picks";
    return pick([`Here are ${n} ${what}.`, `${n} ${what}, best first.`, `I think you'll like these ${what}.`], seed);
  }

  questionYesNo(attribute: number, seed: number): string {
    const type = this.typeOf(attribute);
    const [one, many] = type === "genre" ? this.genre(attribute) : [`something ${this.trait(attribute)}`, `${plural(this.noun)} ${this.trait(attribute)}`];
    return pick(
      [`Are you in the mood for ${one}?`, `Would ${one} suit you?`, `Should I look for ${many}?`, `How do you feel about ${many}: yes or no?`, `Do you fancy ${one}?`],
      seed,
    );
  }

  questionChoice(type: number, options: readonly number[], seed: number): string {
    const names = options.map((a) => this.catalog.attrName[a]);
    const typeName = this.catalog.typeNames[type] ?? "";
    const list = spokenList(names, " or ");
    // A type named after its members (LastFM* categories: "rock / pop / indie") reads badly as a noun.
    const these = typeName && !typeName.includes(" / ") ? `these ${plural(typeName)}` : "these";
    return pick(
      [`Which of ${these} appeal to you: ${list}? Pick any.`, `Any favourites among ${list}? Choose as many as you like.`, `Tell me which of ${list} you would enjoy.`],
      seed,
    );
  }

  /**
   * One recommended item's reason from its path facts only, led by what is particular to it: the
   * liked items it comes from, what sets it apart from the rest of its slate, the attributes its
   * path runs through, how many people with similar taste liked it. What the user asked for is the
   * slate's intro and is never listed again.
   */
  recommendation(f: JustificationFacts, seed: number): string {
    const title = this.title(f.item);
    const asked = f.asked ?? [];
    const distinct = f.distinct ?? [];
    const rest = f.attributes.filter((a) => !asked.includes(a) && !distinct.includes(a)).slice(0, 3);
    const history = f.historyItems.length > 0 ? spokenList(f.historyItems.slice(0, 2).map((i) => this.title(i))) : "";
    const only = distinct.length > 0 ? this.only(distinct[0]) : "";
    const sentences: string[] = [];
    // Only the picked phrasing is formatted: this runs for every card of every slate.
    if (history) sentences.push(pick(HISTORY, seed)(title, history));
    // At most three sentences: with a liked item and a trait of its own, the path's attributes go unsaid.
    if (rest.length > 0 && !(history && only)) sentences.push(history ? `It is ${this.describeAll(rest)}.` : pick(WHAT, seed)(title, this.describeAll(rest)));
    if (only) sentences.push(sentences.length ? `It is ${only}.` : pick(ONLY, seed)(title, only));
    if (f.similarUsers > 0) sentences.push(`${f.similarUsers === 1 ? "Someone" : `${f.similarUsers} people`} with taste like yours liked it.`);
    if (sentences.length === 0) sentences.push(pick(asked.length ? ASKED : NEITHER, seed)(title));
    else if (!history && rest.length === 0 && !only) sentences.unshift(pick(NEITHER, seed)(title));
    return sentences.join(" ");
  }

  /** "the only comedy here", "the only one here from the 1980s". */
  private only(attribute: number): string {
    return this.typeOf(attribute) === "genre" ? `the only ${this.genre(attribute)[0].replace(/^an? /, "")} here` : `the only one here ${this.trait(attribute)}`;
  }

  /**
   * The reply to a critique, true to what it did: what it dropped of what the user asked for before, what it
   * keeps out or asks for, and what it could not honour because nothing else was left.
   */
  critiqueReply(c: CritiqueWords, outcome: CritiqueResult, seed: number): string {
    const { all, done } = covered(c, outcome);
    const parts: string[] = [];
    const lifted = outcome.lifted.filter((a) => !(c.direction === "more" && all.includes(a)));
    const dropping = lifted.length > 0 ? this.dropping(lifted) : "";
    if (c.direction === "less") {
      const what = this.massOf(done);
      // "no more comedies", "nothing from the 1990s".
      const none = what.startsWith("the ") ? `nothing from ${what}` : `no more ${what}`;
      if (done.length === 0) {
        if (dropping) parts.push(`${dropping}.`);
      } else if (dropping) parts.push(`${dropping}: ${none}.`);
      else parts.push(pick([`Got it: ${none}.`, `Understood, I'll steer away from ${what}.`, `${capitalise(none)}, then.`], seed));
      if (outcome.unmet.length > 0) parts.push(`Nothing else is left without ${this.massOf(outcome.unmet, " or ")}, so some of these still have it.`);
    } else {
      if (dropping) parts.push(`${dropping}.`);
      const what = this.wanted(all);
      if (done.length === 0) parts.push(`I have nothing left that fits with ${what}, so here is the closest.`);
      else parts.push(pick([`Got it: ${what}.`, `${capitalise(what)}, coming up.`, `Sure, I'll look for ${what}.`], seed));
    }
    return parts.join(" ");
  }

  /**
   * Critiques said with nothing shown yet ("an old comedy, no horror"), as an echo: "Comedy, something from
   * the 1990s or earlier, no horror." No "coming up": a question may come first.
   */
  askedFor(critiques: readonly CritiqueWords[], outcome: CritiqueResult): string {
    const parts: string[] = [];
    // What is wanted first, a single attribute before a range of decades, then what is kept out.
    const rank = (c: CritiqueWords) => (c.direction === "less" ? 2 : (c.also?.length ?? 0) > 0 ? 1 : 0);
    const ordered = [...critiques].sort((x, y) => rank(x) - rank(y));
    for (const c of ordered) {
      const { done } = covered(c, outcome);
      if (done.length === 0) continue;
      const what = this.massOf(done, " or ");
      parts.push(c.direction === "less" ? (what.startsWith("the ") ? `nothing from ${what}` : `no ${what}`) : this.wanted(done).replace(/^more /, ""));
    }
    const lifted = outcome.lifted.length > 0 ? ` ${this.dropping(outcome.lifted)}.` : "";
    return parts.length > 0 ? `${capitalise(parts.join(", "))}.${lifted}` : `I have nothing that fits all of that, so I'll go on from what I can.${lifted}`;
  }

  /** Stated attributes too few items share with the rest of what was asked for: they count as leanings. */
  leaning(unmet: readonly number[]): string {
    return `Too few ${plural(this.noun)} are all of that at once, so I'll lean towards ${this.massOf(unmet)} rather than require it.`;
  }

  /** Required attributes whose every item was turned down, now leanings (agents/dialogue/turn.ts). */
  exhausted(attrs: readonly number[]): string {
    return `That was everything I have for ${spokenList([...new Set(attrs)].map((a) => this.label(a)))}, so here are the nearest others.`;
  }

  /** "Dropping Children and the 1990s": constraints a critique lifted. */
  dropping(lifted: readonly number[]): string {
    return `Dropping ${spokenList(lifted.map((a) => this.label(a)))}`;
  }

  /** What an item is, said of one attribute it holds: "a fantasy film", "from the 1990s", "tagged “epic”". */
  held(attribute: number): string {
    return this.typeOf(attribute) === "genre" ? this.genre(attribute)[0] : this.trait(attribute);
  }

  /** How a lifted constraint is named: "Children", "the 1990s", “quirky”. */
  private label(attribute: number): string {
    const type = this.typeOf(attribute);
    const name = this.catalog.attrName[attribute];
    return type === "genre" ? name : type === "decade" ? `the ${name}` : `“${name}”`;
  }

  /** What a "less" critique keeps out: "children's films", "action, thriller, crime and the like", "the 1990s". */
  private massOf(attrs: readonly number[], last = " and "): string {
    // A genre and the tag of the same name ("Action", "action") are said once.
    const seen = new Set<string>();
    const words: string[] = [];
    for (const a of attrs) {
      const name = this.catalog.attrName[a];
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      const type = this.typeOf(a);
      words.push(type === "genre" ? this.genre(a)[3] : type === "decade" ? `the ${name}` : `“${name}”`);
    }
    return words.length > 3 ? `${words.slice(0, 3).join(", ")} and the like` : spokenList(words, last);
  }

  /**
   * What a "more" critique asks for: "more comedy", "more from the 1980s"; along an ordered type ("older"),
   * "from the 1980s or earlier".
   */
  private wanted(attrs: readonly number[]): string {
    const [first, ...rest] = attrs;
    const type = this.typeOf(first);
    const what = type === "genre" ? this.genre(first)[3] : type === "decade" ? `from the ${this.catalog.attrName[first]}` : `“${this.catalog.attrName[first]}”`;
    if (rest.length === 0) return `more ${what}`;
    const v = orderValue(this.catalog.attrName[first]);
    const w = orderValue(this.catalog.attrName[rest[0]]);
    if (v !== null && w !== null && rest.every((a) => this.typeOf(a) === type)) {
      const lower = w < v;
      return `something ${what} or ${type === "decade" ? (lower ? "earlier" : "later") : lower ? "less" : "more"}`;
    }
    return `more ${what} and the like`;
  }
}

/** Every attribute a critique's words cover, and those of them it could honour. */
function covered(c: CritiqueWords, outcome: CritiqueResult): { all: number[]; done: number[] } {
  const all = [c.attribute, ...(c.also ?? []).filter((a) => a !== c.attribute)];
  return { all, done: all.filter((a) => !outcome.unmet.includes(a)) };
}

/**
 * A genre's words: singular noun phrase, plural, adjective (for mixes: "a comedy and children's film")
 * and the word a critique uses ("less comedy", "more thrillers"); `#` is the catalog's noun. MovieLens genres by name.
 */
type GenreWords = readonly [one: string, many: string, adjective: string, mass: string];
const GENRES: Record<string, GenreWords> = {
  Action: ["an action #", "action #s", "action", "action"],
  Adventure: ["an adventure #", "adventure #s", "adventure", "adventure"],
  Animation: ["an animated #", "animated #s", "animated", "animation"],
  Children: ["a children's #", "children's #s", "children's", "children's #s"],
  Comedy: ["a comedy", "comedies", "comedy", "comedy"],
  Crime: ["a crime #", "crime #s", "crime", "crime"],
  Documentary: ["a documentary", "documentaries", "documentary", "documentary"],
  Drama: ["a drama", "dramas", "drama", "drama"],
  Fantasy: ["a fantasy #", "fantasy #s", "fantasy", "fantasy"],
  "Film-Noir": ["a film noir", "films noirs", "film noir", "film noir"],
  Horror: ["a horror #", "horror #s", "horror", "horror"],
  IMAX: ["an IMAX #", "IMAX #s", "IMAX", "IMAX"],
  Musical: ["a musical", "musicals", "musical", "musicals"],
  Mystery: ["a mystery", "mysteries", "mystery", "mystery"],
  Romance: ["a romance", "romances", "romance", "romance"],
  "Sci-Fi": ["a sci-fi #", "sci-fi #s", "sci-fi", "sci-fi"],
  Thriller: ["a thriller", "thrillers", "thriller", "thrillers"],
  War: ["a war #", "war #s", "war", "war"],
  Western: ["a western", "westerns", "western", "westerns"],
};

/** Free tags, untyped attributes and LastFM* categories (named after their members) read as tags. */
function isTag(type: string): boolean {
  return type === "tag" || type === "" || type.includes(" / ");
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function plural(word: string): string {
  return word.endsWith("s") ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const WHAT: readonly ((title: string, what: string) => string)[] = [
  (t, w) => `You might like ${t}, ${w}.`,
  (t, w) => `Try ${t}: ${w}.`,
  (t, w) => `${t} is ${w}.`,
];
/** Nothing particular to say: what was asked is the intro's, so it is not listed again. */
const ASKED: readonly ((title: string) => string)[] = [
  (t) => `${t} has everything you asked for.`,
  (t) => `${t} ticks every box you gave me.`,
  (t) => `${t} matches all you asked for.`,
];
const ONLY: readonly ((title: string, only: string) => string)[] = [
  (t, o) => `${t} is ${o}.`,
  (t, o) => `${t} stands out: it is ${o}.`,
  (t, o) => `What sets ${t} apart: it is ${o}.`,
];
const HISTORY: readonly ((title: string, history: string) => string)[] = [
  (t, h) => `Because you liked ${h}, ${t} is worth a look.`,
  (t, h) => `${t} is close to ${h}, which you liked.`,
  (t, h) => `If you liked ${h}, try ${t}.`,
  (t, h) => `${t} follows nicely from ${h}.`,
];
const NEITHER: readonly ((title: string) => string)[] = [(t) => `${t} is a strong match for you.`, (t) => `I think ${t} will suit you.`];
