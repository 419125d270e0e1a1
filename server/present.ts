/**
 * Dialogue acts (dense ids) as protocol acts: named attributes, item cards with their paths and
 * grounded justifications, and the text of the act. The question id is derived from the act's
 * sequence number; the phrasing seed from the session seed and that number.
 */
import type { PathFact, RecommendedItem, SystemAct as DialogueAct, UserAct } from "../agents/dialogue/acts.ts";
import type { CritiqueOutcome, DialogueState } from "../agents/dialogue/state.ts";
import { degree, row, rowHas, type Graph } from "../graph/types.ts";
import type { Catalog } from "./catalog.ts";
import type { ItemCard, PathStep, SystemAct, Understood } from "./protocol.ts";
import { justificationFacts, type Utterances } from "./utterances.ts";

export interface Turn {
  readonly seq: number;
  /** The session's seed. */
  readonly seed: number;
  readonly accepted: readonly number[];
  /** The user act that led here, so a critique is acknowledged… */
  readonly input: UserAct | null;
  /** …with what it did (agents/dialogue/critique.ts). */
  readonly critiqued: CritiqueOutcome | null;
  /** The input was read from free text: the act says back what was understood. */
  readonly echo?: boolean;
}

export function phrasingSeed(sessionSeed: number, seq: number): number {
  return (Math.imul(sessionSeed, 31) + seq * 7919) >>> 0;
}

export class Presenter {
  constructor(
    private readonly catalog: Catalog,
    readonly say: Utterances,
  ) {}

  opening(seq: number, seed: number): SystemAct {
    return { type: "question", questionId: `q${seq}`, kind: "open", text: this.say.opening(phrasingSeed(seed, seq)) };
  }

  act(act: DialogueAct, t: Turn): SystemAct {
    const understood = this.heard(t);
    const said = this.said(act, t, understood);
    return understood ? { ...said, understood } : said;
  }

  private said(act: DialogueAct, t: Turn, understood: Understood | null): SystemAct {
    const g = this.catalog.graph;
    const questionId = `q${t.seq}`;
    const seed = phrasingSeed(t.seed, t.seq);
    const ack = this.acknowledge(t, seed, understood);
    switch (act.kind) {
      case "ask": {
        const attribute = this.catalog.attribute(act.attribute);
        return { type: "question", questionId, kind: "yesno", attribute, text: ack + this.say.yesno(act.attribute, seed) };
      }
      case "choice": {
        const options = act.options.map((a) => this.catalog.attribute(a));
        const text = ack + this.say.choice(act.type, act.options, seed);
        return { type: "question", questionId, kind: "choice", attributeType: g.typeNames[act.type], options, text };
      }
      case "recommend": {
        const apart = setApart(g, act.items, t.accepted);
        const items = act.items.map((r, k) => this.card(r.item, r.facts, t.accepted, apart[k], seed + k));
        // The intro says what the whole slate shares; each card says what is particular to it.
        return { type: "recommendations", questionId, items, text: ack + this.say.slate(items.length, shared(g, act.items, t.accepted), seed) };
      }
      case "end":
        return { type: "end", reason: END_REASON[act.reason], ...(act.reason === "accepted" && { itemId: act.item }), text: ack + this.say.end(act.reason, act.item, seed) };
    }
  }

  /** Cards for ranked items (a search's results): each with its path and justification. */
  cards(items: readonly RecommendedItem[], accepted: readonly number[], seed: number): ItemCard[] {
    const apart = setApart(this.catalog.graph, items, accepted);
    return items.map((r, k) => this.card(r.item, r.facts, accepted, apart[k], seed + k));
  }

  /**
   * What a user act says, as the wire's `understood`: the attributes it accepts and rejects (a critique's
   * included) and the items it names with the user's opinion of them. Null when it says none of these.
   */
  understood(input: UserAct): Understood | null {
    const accept: number[] = [];
    const reject: number[] = [];
    const items: Understood["items"] = [];
    const item = (id: number, opinion: Understood["items"][number]["opinion"]) => items.push({ id, title: this.say.templates.title(id), opinion });
    switch (input.kind) {
      case "inform":
        accept.push(...input.accept);
        reject.push(...input.reject);
        break;
      case "inform-items":
        accept.push(...input.accept);
        reject.push(...input.reject);
        for (const i of input.liked) item(i, "liked");
        for (const i of input.disliked) item(i, "disliked");
        for (const i of input.mentioned) item(i, "mentioned");
        // One of the ages wanted, said by the first, as a critique's "more".
        if (input.critique) accept.push(input.critique.attribute);
        break;
      case "critique":
      case "reject-slate": {
        // "Less" keeps out every attribute its words covered ("less violent": Action, Thriller, Crime, ...); "more" wants
        // any one of them ("older": the 1980s or earlier), said by the first.
        for (const c of [input.critique, ...(input.then ?? [])]) {
          if (c?.direction === "more") accept.push(c.attribute);
          else if (c) reject.push(c.attribute, ...(c.also ?? []).filter((a) => a !== c.attribute));
        }
        break;
      }
    }
    if (accept.length + reject.length + items.length === 0) return null;
    const attribute = (a: number) => this.catalog.attribute(a);
    return { accepted: accept.map(attribute), rejected: reject.map(attribute), items };
  }

  /** `understood` in a few words: "Comedy, 1990s, no Horror, like Toy Story (1995)."; "No Drama."; "Comedy, “tom hanks”." */
  echo(u: Understood | null): string {
    if (!u) return "";
    // Genres and decades before tags; a tag is quoted as the catalog has it ("“tom hanks”", not "Tom hanks").
    const name = (a: Understood["accepted"][number]) => (a.type === "tag" ? `“${a.name}”` : a.name);
    // A tag named as a genre or decade said beside it ("Romance" and "romance") is said once.
    const byKind = (list: Understood["accepted"]) => {
      const named = new Set(list.filter((a) => a.type !== "tag").map((a) => a.name.toLowerCase()));
      return [...list.filter((a) => a.type !== "tag"), ...list.filter((a) => a.type === "tag" && !named.has(a.name.toLowerCase()))];
    };
    // "less violent" or "no comedy" may turn down a dozen attributes: the first three, "and the like".
    const refused = byKind(u.rejected).map(name);
    const parts = [
      ...byKind(u.accepted).map(name),
      ...(refused.length > 3 ? [`no ${refused.slice(0, 3).join(", ")} and the like`] : refused.map((n) => `no ${n}`)),
      ...titles("like", u.items.filter((i) => i.opinion === "liked")),
      ...titles("not like", u.items.filter((i) => i.opinion === "disliked")),
    ];
    const said = parts.join(", ");
    return said ? `${said[0].toUpperCase()}${said.slice(1)}.` : "";
  }

  /** The slate's opening words, which a model follows with its own sentence on the top item. */
  slateIntro(act: DialogueAct & { kind: "recommend" }, t: Turn): string {
    const seed = phrasingSeed(t.seed, t.seq);
    return this.acknowledge(t, seed, this.heard(t)) + this.say.slate(act.items.length, shared(this.catalog.graph, act.items, t.accepted), seed);
  }

  /** What the turn's input said, when it was read from free text (an answer the client built is not echoed). */
  private heard(t: Turn): Understood | null {
    return t.echo && t.input ? this.understood(t.input) : null;
  }

  /** The reply's first words: a critique (with what it did) or "doesn't matter" acknowledged, else what a message was understood to say. */
  private acknowledge(t: Turn, seed: number, understood: Understood | null): string {
    const input = t.input;
    if (input?.kind === "indifferent" && (input.attribute !== undefined || input.type !== undefined)) return `${this.say.indifferent(seed)} `;
    const c = input?.kind === "critique" ? input.critique : input?.kind === "reject-slate" ? input.critique : undefined;
    if (c) {
      const outcome = t.critiqued ?? { lifted: [], unmet: [] };
      if (input?.kind === "critique" && c.item === undefined) return `${this.say.askedFor([c, ...(input.then ?? [])], outcome)} `;
      const then = input?.kind === "reject-slate" || input?.kind === "critique" ? (input.then ?? []) : [];
      if (then.length === 0) return `${this.say.critique(c, outcome, seed)} `;
      // Several at once: what gave way is said once, first, then each critique.
      const parts = [c, ...then].map((x, k) => this.say.critique(x, { lifted: [], unmet: outcome.unmet }, seed + k));
      return [...(outcome.lifted.length > 0 ? [this.say.dropped(outcome.lifted)] : []), ...parts].join(" ") + " ";
    }
    if (input?.kind === "retract") return `${this.say.retracted(input.attribute, input.said)} `;
    if (input?.kind === "inform-items" && input.critique && understood) {
      // "Something from the 1980s or earlier, like Toy Story (1995).": the ages wanted as the range they are.
      const range = this.say.askedFor([input.critique], t.critiqued ?? { lifted: [], unmet: [] });
      const attribute = input.critique.attribute;
      const rest = this.echo({ ...understood, accepted: understood.accepted.filter((a) => a.id !== attribute) });
      if (!rest || !range.endsWith(".")) return `${[range, rest].filter(Boolean).join(" ")} `;
      return `${range.slice(0, -1)}, ${rest[0].toLowerCase()}${rest.slice(1)} `;
    }
    if (t.critiqued?.exhausted) return `${this.say.templates.exhausted(t.critiqued.exhausted)} `;
    const echo = this.echo(understood);
    // Stated attributes that would have left less than a slate were taken as leanings (agents/dialogue/turn.ts).
    const unmet = t.critiqued?.unmet ?? [];
    const leaning = unmet.length > 0 ? `${this.say.leaning(unmet)} ` : "";
    return echo ? `${echo} ${leaning}` : leaning;
  }

  private card(item: number, facts: readonly PathFact[], accepted: readonly number[], apart: readonly number[], seed: number): ItemCard {
    const g = this.catalog.graph;
    // Attributes the conversation matched come first, so a card shows why before what else.
    const attributes = this.catalog.itemAttributes(item, accepted);
    const path: PathStep[] = [{ kind: "user", id: null, name: "you", relation: "start" }];
    for (const f of facts) {
      if (f.kind === "similar" || f.kind === "shares") {
        // "like Up (2009), which you liked"; what a card only shares with it leads: "a fantasy film like ...".
        const like = `like ${this.say.templates.title(f.anchor)}, which you liked`;
        path.push({ kind: "similar-items", id: f.anchor, name: g.itemTitle[f.anchor], relation: f.kind === "shares" ? `${this.say.templates.held(f.attribute)} ${like}` : like });
        continue;
      }
      const relation = f.kind === "accepted" ? "you asked for" : f.liked ? "you like" : "your history leans to";
      path.push({ kind: "attribute", id: f.attribute, name: g.attrName[f.attribute], relation });
    }
    const title = this.say.templates.title(item);
    path.push({ kind: "item", id: item, name: title, relation: facts.length ? "holds all of these" : "ranks high for you" });
    const justification = this.say.justification(justificationFacts(item, facts, apart), seed);
    return { id: item, key: g.itemKey[item], title, attributes, justification, path };
  }
}

/**
 * Per slate item, the attribute no other item of the slate holds (none when every one is shared),
 * leaving out what the user asked for and what the item's path already names: the reason that
 * card alone can give. A genre says most, then a decade, then a tag; among equals the better known.
 */
/** What was asked for that every card of the slate holds: a leaning some lack ("feel-good" once its films ran out) is not said of all. */
function shared(g: Graph, slate: readonly RecommendedItem[], accepted: readonly number[]): number[] {
  return accepted.filter((a) => slate.every((r) => rowHas(g.itemAttrs, r.item, a)));
}

function setApart(g: Graph, slate: readonly RecommendedItem[], accepted: readonly number[]): number[][] {
  const holders = new Map<number, number>();
  for (const r of slate) for (const a of row(g.itemAttrs, r.item)) holders.set(a, (holders.get(a) ?? 0) + 1);
  const rank = (a: number) => {
    const type = g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]];
    return (type === "genre" ? 0 : type === "decade" ? 1 : 2) * g.nItems - degree(g.attrItems, a);
  };
  return slate.map((r) => {
    if (slate.length < 2) return [];
    let best = -1;
    for (const a of row(g.itemAttrs, r.item)) {
      if (holders.get(a) !== 1 || accepted.includes(a) || r.facts.some((f) => f.kind !== "similar" && f.attribute === a)) continue;
      if (best < 0 || rank(a) < rank(best)) best = a;
    }
    return best < 0 ? [] : [best];
  });
}

const END_REASON = { accepted: "accepted", "max-turns": "exhausted", "no-candidates": "exhausted", "user-left": "left" } as const;

/** "like A", "like B"; past two ("Those are all great!" likes a whole slate): "like A, B and 8 more". */
function titles(lead: string, items: readonly { readonly title: string }[]): string[] {
  if (items.length === 0) return [];
  if (items.length <= 2) return [`${lead} ${items.map((i) => i.title).join(" and ")}`];
  return [`${lead} ${items[0].title}, ${items[1].title} and ${items.length - 2} more`];
}
