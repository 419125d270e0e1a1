import type { Catalog } from "./lexicon.ts";
import { parseTitle } from "./text.ts";

/**
 * What users read when no model runs: several phrasings per act, picked by a seed (session and
 * turn) so a conversation does not repeat itself and a replay says the same words. Attributes are
 * phrased by type ("a Comedy", "from the 1990s", "tagged dark"), the item's strongest ones first.
 */

export interface TemplateCatalog extends Catalog {
  /** What an item is called: "film", "artist", "item". */
  readonly noun?: string;
}

/** Facts on the path that produced a recommended item: the only things a justification may name. */
export interface JustificationFacts {
  readonly item: number;
  /** Accepted attributes the item holds, strongest first. */
  readonly attributes: readonly number[];
  /** How many users with similar taste liked it (0 when that is not on the path). */
  readonly similarUsers: number;
  /** Items in the user's history that led to it. */
  readonly historyItems: readonly number[];
}

export type Direction = "more" | "less";

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
    return (this.titles[item] ??= this.spokenTitle(item));
  }

  private spokenTitle(item: number): string {
    const raw = this.catalog.itemTitle[item];
    const p = parseTitle(raw);
    return p.main === "" ? raw : p.year === null ? p.main : `${p.main} (${p.year})`;
  }

  /** "a Comedy", "an Animation film", "from the 1990s", "tagged “dark”". */
  private describe(attribute: number): string {
    const name = this.catalog.attrName[attribute];
    const type = this.typeOf(attribute);
    if (type === "decade") return `from the ${name}`;
    if (type === "genre") return `${article(name)} ${name} ${this.noun}`;
    return `tagged “${name}”`;
  }

  /** Several attributes in one phrase: "an Adventure and Comedy film from the 1990s, tagged “pixar”". */
  private describeAll(attributes: readonly number[]): string {
    const genres: string[] = [];
    const decades: string[] = [];
    const tags: string[] = [];
    for (const a of attributes) {
      const type = this.typeOf(a);
      const name = this.catalog.attrName[a];
      if (type === "genre") genres.push(name);
      else if (type === "decade") decades.push(name);
      else tags.push(`“${name}”`);
    }
    const parts: string[] = [];
    if (genres.length > 0) parts.push(`${article(genres[0])} ${join(genres)} ${this.noun}`);
    if (decades.length > 0) parts.push(`${parts.length > 0 ? "" : `a ${this.noun} `}from the ${join(decades)}`.trim());
    if (tags.length > 0) parts.push(`${parts.length > 0 ? "tagged" : `a ${this.noun} tagged`} ${join(tags)}`);
    if (parts.length === 0) return `a ${this.noun}`;
    return parts.length === 3 ? `${parts[0]} ${parts[1]}, ${parts[2]}` : parts.join(parts[1]?.startsWith("from") ? " " : ", ");
  }

  questionYesNo(attribute: number, seed: number): string {
    const d = this.describe(attribute);
    const name = this.catalog.attrName[attribute];
    const type = this.typeOf(attribute);
    const something = type === "decade" ? `something ${d}` : type === "genre" ? d : `something ${d}`;
    return pick(
      [
        `Are you in the mood for ${something}?`,
        `Would ${something} suit you?`,
        `Should I look for ${something}?`,
        `How do you feel about ${name}: yes or no?`,
        `Do you fancy ${something}?`,
      ],
      seed,
    );
  }

  questionChoice(type: number, options: readonly number[], seed: number): string {
    const names = options.map((a) => this.catalog.attrName[a]);
    const typeName = this.catalog.typeNames[type] ?? "kind";
    const list = join(names, "or");
    return pick(
      [
        `Which of these ${plural(typeName)} appeal to you: ${list}? Pick any.`,
        `Any favourites among ${list}? Choose as many as you like.`,
        `Which ${typeName} are you after: ${list}? More than one is fine.`,
        `Tell me which of ${list} you would enjoy.`,
      ],
      seed,
    );
  }

  /** One recommended item's justification from its path facts only. */
  recommendation(f: JustificationFacts, seed: number): string {
    const title = this.title(f.item);
    const attrs = f.attributes.slice(0, 3);
    const what = attrs.length > 0 ? this.describeAll(attrs) : "";
    const history = f.historyItems.length > 0 ? join(f.historyItems.slice(0, 2).map((i) => this.title(i))) : "";
    // Only the picked phrasing is formatted: this runs for every card of every slate.
    const base = pick(what && history ? WHAT_AND_HISTORY : what ? WHAT : history ? HISTORY : NEITHER, seed)(title, what, history);
    if (f.similarUsers <= 0) return base;
    const people = `${f.similarUsers === 1 ? "someone" : `${f.similarUsers} people`} with taste like yours liked it`;
    return `${base} ${capitalise(people)}.`;
  }

  critiqueReply(attribute: number, direction: Direction, item: number | null, seed: number): string {
    const name = this.catalog.attrName[attribute];
    const than = item === null ? "" : ` than ${this.title(item)}`;
    return direction === "more"
      ? pick([`Got it: more ${name}${than}.`, `More ${name}${than}, coming up.`, `Noted, I'll lean towards ${name}.`, `Sure, I'll look for more ${name}${than}.`], seed)
      : pick([`Got it: less ${name}${than}.`, `Understood, I'll steer away from ${name}.`, `Less ${name}${than}, noted.`, `Fair enough, fewer ${name} picks from here.`], seed);
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function join(list: readonly string[], last = "and"): string {
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} ${last} ${list[list.length - 1]}`;
}

function plural(word: string): string {
  return word.endsWith("s") ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Phrasing = (title: string, what: string, history: string) => string;
const WHAT: readonly Phrasing[] = [
  (t, w) => `${t} fits what you asked for: ${w}.`,
  (t, w) => `You might like ${t}, ${w}.`,
  (t, w) => `${t}: ${w}, just as you asked.`,
  (t, w) => `Try ${t}. It is ${w}.`,
];
const WHAT_AND_HISTORY: readonly Phrasing[] = [
  (t, w, h) => `Since you enjoyed ${h}, try ${t}: ${w}.`,
  (t, w, h) => `${t} is ${w}, a natural next step after ${h}.`,
  ...WHAT,
];
const HISTORY: readonly Phrasing[] = [(t, _w, h) => `Because you enjoyed ${h}, ${t} is worth a look.`, (t, _w, h) => `${t} follows nicely from ${h}.`];
const NEITHER: readonly Phrasing[] = [(t) => `${t} is a strong match for you.`, (t) => `I think ${t} will suit you.`];
