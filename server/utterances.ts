/**
 * What the system says for each act. Questions and justifications come from the language layer's
 * templates (grounded in the item's path facts); the opening, slate and closing lines live here.
 * Every phrasing is picked by a seed derived from the session and the act's sequence number, so a
 * replayed session says the same words.
 */
import type { EndReason, PathFact } from "../agents/dialogue/acts.ts";
import type { JustificationFacts, Templates } from "../agents/language/templates.ts";
import type { Graph } from "../graph/types.ts";

const pick = <T>(options: readonly T[], seed: number): T => options[(seed >>> 0) % options.length];

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The facts a justification may use: the item's accepted attributes, the attribute its path runs through, the liked item it resembles. */
export function justificationFacts(item: number, facts: readonly PathFact[]): JustificationFacts {
  const attributes: number[] = [];
  const historyItems: number[] = [];
  for (const f of facts) if (f.kind === "accepted") attributes.push(f.attribute);
  for (const f of facts) if (f.kind === "path" && !attributes.includes(f.attribute)) attributes.push(f.attribute);
  for (const f of facts) if (f.kind === "similar") historyItems.push(f.anchor);
  return { item, attributes, similarUsers: 0, historyItems };
}

/** What a person can name to start, in the catalog's own terms. */
export const OPENING_HINT = {
  movielens: "a genre, a decade or a film you love",
  "lastfm-star": "a style, a tag or an artist you love",
  catalog: "what you are after, or an item you like",
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

  critique(attribute: number, direction: "less" | "more", item: number | null, seed: number): string {
    return this.templates.critiqueReply(attribute, direction, item, seed);
  }

  slate(n: number, accepted: readonly number[], seed: number): string {
    const what = accepted.length ? ` with ${list(accepted.slice(0, 3).map((a) => this.g.attrName[a]))}` : "";
    return pick([`Here are ${n} picks${what}.`, `I think you'll like these${what}.`, `${n} suggestions${what}, best first.`], seed);
  }

  end(reason: EndReason, item: number | undefined, seed: number): string {
    if (reason === "accepted" && item !== undefined) return pick([`Enjoy ${this.g.itemTitle[item]}!`, `Great choice: ${this.g.itemTitle[item]}. Enjoy!`], seed);
    if (reason === "user-left") return "Bye for now.";
    return "I've run out of good suggestions for that. Start again with something different?";
  }
}
