/**
 * Dialogue acts as plain data: what the system says and what the user says back. Ids are the
 * graph's dense ids; the server maps them to names, the simulator reads them directly.
 */

/** Why one recommended item fits: facts on the path that produced it. */
export type PathFact =
  /** The user accepted this attribute and the item holds it. */
  | { readonly kind: "accepted"; readonly attribute: number }
  /** The strongest user -> attribute -> item propagation path (the user's affinity for an attribute the item holds). */
  | { readonly kind: "path"; readonly user: number; readonly attribute: number; readonly item: number; readonly weight: number; readonly liked: boolean }
  /** The item is among the nearest neighbours of an item the user said they liked. */
  | { readonly kind: "similar"; readonly anchor: number }
  /** Not among them, it holds the rarest attribute it shares with an item the user said they liked. */
  | { readonly kind: "shares"; readonly attribute: number; readonly anchor: number };

export interface RecommendedItem {
  readonly item: number;
  /** The belief that this item is the one the user wants. */
  readonly probability: number;
  readonly facts: readonly PathFact[];
}

export type EndReason = "accepted" | "max-turns" | "no-candidates" | "user-left";

export type SystemAct =
  /** A yes/no question about one attribute. */
  | { readonly kind: "ask"; readonly attribute: number }
  /** One attribute type with up to 4 of its values; the user accepts any subset. */
  | { readonly kind: "choice"; readonly type: number; readonly options: readonly number[] }
  /** A slate, best first. */
  | { readonly kind: "recommend"; readonly items: readonly RecommendedItem[] }
  | { readonly kind: "end"; readonly reason: EndReason; readonly item?: number };

export type CritiqueDirection = "less" | "more";

/**
 * "Less of this" / "more of this" on a shown item. The words may cover several attributes (`also`: "less
 * violent" is Action, Thriller, Crime…; "older" every earlier decade): a "less" critique wants none of them
 * in the next slates, a "more" one wants one of them in every item.
 */
export interface Critique {
  /** The shown item it is about; absent when nothing was shown ("older" than most of the catalog). */
  readonly item?: number;
  readonly attribute: number;
  readonly direction: CritiqueDirection;
  readonly also?: readonly number[];
  /** "Older", "newer" said of a slate: of what it asks for, items earlier (later) than the slate's own lean first. */
  readonly relative?: "earlier" | "later";
}

export type UserAct = UserMove & {
  /**
   * Said with it: no sequels ("I liked Saw, but not the sequels"). For the rest of the conversation the other
   * films of a liked film's series are kept out, not lifted.
   */
  readonly noSeries?: boolean;
};

type UserMove =
  /**
   * Accepted and rejected attributes: answers to the last question, or attributes the user
   * volunteers. `stated` marks the user's own opening statement, which is taken as certain.
   */
  | {
      readonly kind: "inform";
      readonly accept: readonly number[];
      readonly reject: readonly number[];
      readonly stated?: boolean;
      /** The user asked for picks outright ("any good thrillers?"): a slate comes next. */
      readonly show?: boolean;
    }
  /**
   * Items the user names, with what they think of them ("I loved The Matrix", "not Titanic", "haven't seen
   * Up"), and attributes said in the same breath ("like Alien but funnier"). Liked items pull their
   * neighbours up, disliked ones push theirs down; no named item is recommended. `stated` makes the
   * accepted attributes hard constraints, as in `inform`.
   */
  | {
      readonly kind: "inform-items";
      readonly liked: readonly number[];
      readonly disliked: readonly number[];
      /** Named without an opinion that counts ("haven't seen it"): only kept out of the slates. */
      readonly mentioned: readonly number[];
      readonly accept: readonly number[];
      readonly reject: readonly number[];
      readonly stated?: boolean;
      /** The user asked to see where the items lead ("more like the third one"): a slate comes next. */
      readonly show?: boolean;
      /** Cards of the slate on screen the user moved past by asking for others: kept out as a rejected slate's are. */
      readonly passed?: readonly number[];
      /**
       * Asked beside them, applied after them as a critique: one of several ages ("like Toy Story but older", "nothing
       * too old"), or what a reply to a slate asks of it ("more war movies like Saving Private Ryan").
       */
      readonly critique?: Critique;
      /** The message's other critiques ("..., but skip anything with romance"). */
      readonly then?: readonly Critique[];
    }
  /** None of the slate; optionally with a critique of one of its items. */
  | {
      readonly kind: "reject-slate";
      readonly items: readonly number[];
      readonly critique?: Critique;
      /** Further critiques said in the same breath ("from the 80s, and not horror"), applied after `critique`. */
      readonly then?: readonly Critique[];
      /** Others asked for in so many words ("show me more", "none of these"): a new slate comes next. */
      readonly show?: boolean;
    }
  /**
   * A critique on its own: of a shown item ("less of this", "more of this"), or with nothing shown, of the
   * catalog ("I like old movies"), with what else the message asked for as further critiques.
   */
  | {
      readonly kind: "critique";
      readonly critique: Critique;
      readonly then?: readonly Critique[];
      /** Picks asked for outright ("any older ones?"): a slate comes next. */
      readonly show?: boolean;
    }
  /**
   * "Doesn't matter", "I don't know": the attribute asked about (for a choice, its whole type) is never asked
   * again, and nothing is learned about it. Neither given (the opening): the whole catalog, no evidence.
   */
  | { readonly kind: "indifferent"; readonly attribute?: number; readonly type?: number }
  /**
   * Takes back what the user said of an attribute (a chip of what was understood, removed): an accepted one is
   * no longer wanted, a rejected one no longer refused; neither becomes evidence the other way.
   */
  | { readonly kind: "retract"; readonly attribute: number; readonly said: "accepted" | "rejected" }
  /** "Just show me something": the next act is a slate, whatever the policy would have asked. */
  | { readonly kind: "show" }
  | { readonly kind: "accept-item"; readonly item: number }
  | { readonly kind: "leave" };
