/**
 * Dialogue acts (dense ids) as protocol acts: named attributes, item cards with their paths and
 * grounded justifications, and the text of the act. The question id is derived from the act's
 * sequence number; the phrasing seed from the session seed and that number.
 */
import type { PathFact, SystemAct as DialogueAct, UserAct } from "../agents/dialogue/acts.ts";
import type { Catalog } from "./catalog.ts";
import type { ItemCard, PathStep, SystemAct } from "./protocol.ts";
import { justificationFacts, type Utterances } from "./utterances.ts";

export interface Turn {
  readonly seq: number;
  /** The session's seed. */
  readonly seed: number;
  readonly accepted: readonly number[];
  /** The user act that led here, so a critique is acknowledged. */
  readonly input: UserAct | null;
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
    const g = this.catalog.graph;
    const questionId = `q${t.seq}`;
    const seed = phrasingSeed(t.seed, t.seq);
    const ack = this.acknowledge(t.input, seed);
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
        const items = act.items.map((r, k) => this.card(r.item, r.facts, t.accepted, seed + k));
        const intro = ack + this.say.slate(items.length, t.accepted, seed);
        return { type: "recommendations", questionId, items, text: items.length ? `${intro} ${items[0].justification}` : intro };
      }
      case "end":
        return { type: "end", reason: END_REASON[act.reason], ...(act.reason === "accepted" && { itemId: act.item }), text: this.say.end(act.reason, act.item, seed) };
    }
  }

  /** The slate's opening words, before the top item's justification (which a model may narrate instead). */
  slateIntro(act: DialogueAct & { kind: "recommend" }, t: Turn): string {
    const seed = phrasingSeed(t.seed, t.seq);
    return this.acknowledge(t.input, seed) + this.say.slate(act.items.length, t.accepted, seed);
  }

  private acknowledge(input: UserAct | null, seed: number): string {
    const c = input?.kind === "critique" ? input.critique : input?.kind === "reject-slate" ? input.critique : undefined;
    return c ? `${this.say.critique(c.attribute, c.direction, c.item, seed)} ` : "";
  }

  private card(item: number, facts: readonly PathFact[], accepted: readonly number[], seed: number): ItemCard {
    const g = this.catalog.graph;
    // Attributes the conversation matched come first, so a card shows why before what else.
    const attributes = this.catalog.itemAttributes(item, accepted);
    const path: PathStep[] = [{ kind: "user", id: null, name: "you", relation: "start" }];
    for (const f of facts) {
      const relation = f.kind === "accepted" ? "you asked for" : f.liked ? "you like" : "your history leans to";
      path.push({ kind: "attribute", id: f.attribute, name: g.attrName[f.attribute], relation });
    }
    path.push({ kind: "item", id: item, name: g.itemTitle[item], relation: facts.length ? "holds all of these" : "is popular with people like you" });
    const justification = this.say.justification(justificationFacts(item, facts), seed);
    return { id: item, key: g.itemKey[item], title: g.itemTitle[item], attributes, justification, path };
  }
}

const END_REASON = { accepted: "accepted", "max-turns": "exhausted", "no-candidates": "exhausted", "user-left": "left" } as const;
