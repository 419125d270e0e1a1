/**
 * What the language layer makes of one user message, in catalog ids. The dialogue engine turns it
 * into its own answer and critique moves.
 */
/**
 * answer: replies to the question, or takes a shown item; critique: more or less of an attribute; request: says
 * what they want ("more like the third one" included); indifferent: the question does not matter to them.
 */
export type Intent = "answer" | "critique" | "request" | "indifferent" | "chitchat";
export const INTENTS: readonly Intent[] = ["answer", "critique", "request", "indifferent", "chitchat"];

export type Direction = "more" | "less";

export interface MentionedItem {
  readonly itemId: number;
  /** true liked, false disliked, null the message does not say. */
  readonly liked: boolean | null;
  /** The message says the user has not seen it, or is waiting for it ("haven't seen Up yet"). */
  readonly unseen?: true;
}

export interface Critique {
  /** The item criticised, when the message names one or the turn showed exactly one. */
  readonly itemId: number | null;
  readonly attributeId: number;
  readonly direction: Direction;
  /** Further attributes the words cover ("less violent": Thriller, Crime… besides Action; "older": every earlier decade). */
  readonly also?: readonly number[];
}

export interface UserAct {
  readonly intent: Intent;
  readonly accept: readonly number[];
  readonly reject: readonly number[];
  readonly items: readonly MentionedItem[];
  readonly critique: Critique | null;
  /**
   * The 1-based position in `TurnContext.shown` the message points at ("the second one", "#2", "the last
   * one"); the item itself is among `items`.
   */
  readonly ordinal?: number;
  /** A comparative the catalog cannot act on ("shorter" where items have no lengths): the word and why. */
  readonly ungrounded?: { readonly word: string; readonly why: string };
  /** Who understood it: the lexicon alone, or the model choosing among the lexicon's shortlist. */
  readonly source: "lexicon" | "model";
}

/** What the turn asked or showed, so "yes", "the second one" or "less of that" can be read. */
export interface TurnContext {
  readonly question?: { readonly kind: "yesno"; readonly attributeId: number } | { readonly kind: "choice"; readonly attributeIds: readonly number[] };
  /** Items of the last slate, in order. */
  readonly shown?: readonly number[];
}
