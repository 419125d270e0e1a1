/**
 * What the language layer makes of one user message, in catalog ids. The dialogue engine turns it
 * into its own answer and critique moves.
 */
/**
 * answer: replies to the question, or takes a shown item; critique: more or less of an attribute; request: says
 * what they want ("more like the third one" included); indifferent: the question does not matter to them;
 * explain: asks why a shown item was picked ("why the second one?"); restart: "start over"; undo: "go back".
 */
export type Intent = "answer" | "critique" | "request" | "indifferent" | "explain" | "restart" | "undo" | "chitchat";
/** The intents a model may choose; explain, restart and undo are fixed phrases only the lexicon reads. */
export const INTENTS: readonly Intent[] = ["answer", "critique", "request", "indifferent", "chitchat"];
/** Intents about the conversation itself rather than the item wanted: a model's reading never overrides them. */
export const CONTROL_INTENTS: ReadonlySet<Intent> = new Set(["explain", "restart", "undo"]);

export type Direction = "more" | "less";

export interface MentionedItem {
  readonly itemId: number;
  /** true liked, false disliked, null the message does not say. */
  readonly liked: boolean | null;
  /** The message says the user has not seen it, or is waiting for it ("haven't seen Up yet"). */
  readonly unseen?: true;
  /** Named as what to look for ("something like Heat", "similar to Alien", "I loved Up"), not in passing. */
  readonly wanted?: true;
}

export interface Critique {
  /** The item criticised, when the message names one or the turn showed exactly one. */
  readonly itemId: number | null;
  readonly attributeId: number;
  readonly direction: Direction;
  /** Further attributes the words cover ("less violent": Thriller, Crime… besides Action; "older": every earlier decade). */
  readonly also?: readonly number[];
  /** Said against the slate ("older", "newer"): items earlier (later) than its own, where the catalog knows their years. */
  readonly relative?: "earlier" | "later";
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
  /** Several cards pointed at in one list ("3 and 7 look good", "seen 1 and 2 already"), all among `items`. */
  readonly several?: boolean;
  /** Attributes a question about a card names ("is the third one sad?", "is it a comedy?"): what to answer of it. */
  readonly asked?: readonly number[];
  /** The word such a question used for several attributes at once ("is it gory?"): `asked` holds them, any one answering. */
  readonly askedAspect?: string;
  /** A comparative the catalog cannot act on ("shorter" where items have no lengths): the word and why. */
  readonly ungrounded?: { readonly word: string; readonly why: string };
  /**
   * Parts of the message that were not used, as typed: clauses holding no catalog vocabulary and no word the
   * reading knows, yet more than filler ("my cat is called Bob"). Absent when nothing was skipped.
   */
  readonly skipped?: readonly string[];
  /** Sequels are not wanted: "but not the sequels", "the sequels were horrible", "no sequels please". */
  readonly noSeries?: true;
  /** The message as read, where slips in the words a reply is read by were corrected ("the secnd one"). */
  readonly read?: string;
  /** Who understood it: the lexicon alone, or the model choosing among the lexicon's shortlist. */
  readonly source: "lexicon" | "model";
}

/** What the turn asked or showed, so "yes", "the second one" or "less of that" can be read. */
export interface TurnContext {
  readonly question?: { readonly kind: "yesno"; readonly attributeId: number } | { readonly kind: "choice"; readonly attributeIds: readonly number[] };
  /** Items of the last slate, in order. */
  readonly shown?: readonly number[];
  /** The card of it the conversation is on: the one last explained ("why the second one?"), else the first. */
  readonly focus?: number;
}
