/**
 * What the system says for each act. Questions and justifications come from the language layer's
 * templates (grounded in the item's path facts); the opening, slate and closing lines live here.
 * Every phrasing is picked by a seed derived from the session and the act's sequence number, so a
 * replayed session says the same words.
 */
import type { EndReason, PathFact } from "../agents/dialogue/acts.ts";
import type { CritiqueResult, CritiqueWords, JustificationFacts, Templates } from "../agents/language/templates.ts";
import type { Graph } from "../graph/types.ts";

const pick = <T>(options: readonly T[], seed: number): T => options[(seed >>> 0) % options.length];

/**
 * The facts a justification may use: the attributes the user asked for, then those the item's path
 * runs through, then those that set it apart from the rest of its slate (`distinct`); and the liked
 * item it resembles.
 */
export function justificationFacts(item: number, facts: readonly PathFact[], distinct: readonly number[] = []): JustificationFacts {
  const asked: number[] = [];
  const historyItems: number[] = [];
  for (const f of facts) if (f.kind === "accepted") asked.push(f.attribute);
  const attributes = [...asked];
  for (const f of facts) if (f.kind === "path" && !attributes.includes(f.attribute)) attributes.push(f.attribute);
  for (const a of distinct) if (!attributes.includes(a)) attributes.push(a);
  for (const f of facts) if (f.kind === "similar") historyItems.push(f.anchor);
  return { item, attributes, asked, distinct: distinct.filter((a) => !asked.includes(a)), similarUsers: 0, historyItems };
}

/** What a person can name to start, in the catalog's own terms. */
export const OPENING_HINT = {
  movielens: "a genre, a decade or a film you love",
  "lastfm-star": "a style, a tag or an artist you love",
  catalog: "what you are after, or an item you like",
} as const;

/** What the recommender does not do itself, asked about it ("what's your favorite movie?"). */
export const NOT_MINE = {
  movielens: "watch films",
  "lastfm-star": "listen to music",
  catalog: "shop",
} as const;

/** Critiques a person can make of a slate, in the catalog's own terms. */
export const CRITIQUE_HINT = {
  movielens: '"less violent", "something older", "funnier"',
  "lastfm-star": '"less metal", "more electronic"',
  catalog: '"less of" or "more of" something they have',
} as const;

export class Utterances {
  constructor(
    private readonly g: Graph,
    readonly templates: Templates,
  ) {}

  opening(seed: number): string {
    const hint = OPENING_HINT[this.g.manifest.format];
    return pick([`What are you in the mood for? Name ${hint}.`, `Hi! Tell me what you feel like: ${hint}.`, `What would you like to find today? Start with ${hint}.`], seed);
  }

  yesno(attribute: number, seed: number): string {
    return this.templates.questionYesNo(attribute, seed);
  }

  choice(type: number, options: readonly number[], seed: number): string {
    return this.templates.questionChoice(type, options, seed);
  }

  justification(facts: JustificationFacts, seed: number): string {
    return this.templates.recommendation(facts, seed);
  }

  critique(c: CritiqueWords, outcome: CritiqueResult, seed: number): string {
    return this.templates.critiqueReply(c, outcome, seed);
  }

  /** Critiques said before anything was shown ("I like old movies, maybe a comedy"). */
  askedFor(critiques: readonly CritiqueWords[], outcome: CritiqueResult): string {
    return this.templates.askedFor(critiques, outcome);
  }

  /** Stated attributes taken as leanings, since too few items hold them with the rest. */
  leaning(unmet: readonly number[]): string {
    return this.templates.leaning(unmet);
  }

  /** Constraints that gave way to several critiques at once. */
  dropped(lifted: readonly number[]): string {
    return `${this.templates.dropping([...new Set(lifted)])}.`;
  }

  /** A chip of what was understood, taken back. */
  retracted(attribute: number, said: "accepted" | "rejected"): string {
    const name = this.g.attrName[attribute];
    return said === "accepted" ? `OK, I won't hold you to ${name}.` : `OK, ${name} is back on the table.`;
  }

  /** After "doesn't matter": the question is dropped, and the reply says so before moving on. */
  indifferent(seed: number): string {
    return pick(["No problem, I'll leave that out.", "Fine, that doesn't matter then.", "OK, I won't ask about that again."], seed);
  }

  /** What a message held that was not used, said after the reply: `(I didn't follow "my cat is called Bob".)` */
  skipped(parts: readonly string[]): string {
    return `(I didn't follow ${parts.map((p) => `"${p}"`).join(" or ")}.)`;
  }

  /** Before an act asked again: after "start over" a fresh opening, after "go back" the act before the last answer. */
  rewound(why: "restart" | "undo", seed: number): string {
    return why === "restart" ? pick(["Sure, let's start again.", "OK, starting over."], seed) : pick(["OK, going back a step.", "Sure, let's go back one step."], seed);
  }

  slate(n: number, accepted: readonly number[], seed: number): string {
    return this.templates.slateIntro(n, accepted, seed);
  }

  end(reason: EndReason, item: number | undefined, seed: number): string {
    if (reason === "accepted" && item !== undefined) {
      const title = this.templates.title(item);
      return pick([`Enjoy ${title}!`, `Great choice: ${title}. Enjoy!`], seed);
    }
    if (reason === "user-left") return "Bye for now.";
    return "I've run out of good suggestions for that. Start again with something different?";
  }
}
