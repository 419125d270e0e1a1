import type { LlamaChatSession } from "node-llama-cpp";
import { CONTROL_INTENTS, INTENTS } from "./act.ts";
import type { Critique, Intent, MentionedItem, TurnContext, UserAct } from "./act.ts";
import type { Lexicon } from "./lexicon.ts";
import type { LanguageModel } from "./llm.ts";
import { understandWithLexicon } from "./understand-lexicon.ts";
import type { LexiconReading } from "./understand-lexicon.ts";

/**
 * Message -> dialogue act. The lexicon always reads the message and shortlists the catalog
 * vocabulary it could mean; when a model is loaded it chooses among that shortlist through a JSON
 * schema grammar whose enums hold only those names, and the answer is validated back to ids and
 * merged into the lexicon's act: the model picks between a span's readings (which "Halloween"),
 * sets opinions and intent, and adds shortlisted attributes, but its silence removes nothing, so a
 * weak model cannot do worse than the lexicon on what the lexicon found. Any failure (no model,
 * timeout, unparsable output) leaves the lexicon's act.
 */
export class Understanding {
  /** How the model fared: calls, failures that fell back to the lexicon, acts it changed. */
  readonly stats = { calls: 0, fallbacks: 0, changed: 0 };

  constructor(
    readonly lexicon: Lexicon,
    readonly model: LanguageModel | null = null,
    readonly options: { readonly timeoutMs?: number; readonly prompt?: string } = {},
  ) {}

  /** The lexicon's act, synchronously. */
  quick(text: string, context: TurnContext = {}): UserAct {
    return understandWithLexicon(this.lexicon, text, context).act;
  }

  async understand(text: string, context: TurnContext = {}, signal?: AbortSignal): Promise<UserAct> {
    const reading = understandWithLexicon(this.lexicon, text, context);
    if (!this.model || !(await this.model.ready())) return reading.act;
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 5000);
    const stop = signal ? AbortSignal.any([signal, timeout]) : timeout;
    this.stats.calls++;
    try {
      const act = await this.model.withSession((s) => this.ask(s, text, context, reading, stop), stop);
      if (!sameAct(act, reading.act)) this.stats.changed++;
      return act;
    } catch {
      this.stats.fallbacks++;
      return reading.act;
    }
  }

  private async ask(session: LlamaChatSession, text: string, context: TurnContext, reading: LexiconReading, signal: AbortSignal): Promise<UserAct> {
    const vocab = vocabulary(this.lexicon, reading);
    const grammar = await this.model!.llama.createGrammarForJsonSchema(schemaFor(vocab) as never);
    const answer = await session.prompt(promptFor(this.lexicon, text, context, vocab), {
      grammar,
      maxTokens: 96 + 48 * (vocab.items.length + vocab.attrs.length),
      temperature: 0,
      signal,
    });
    return merge(reading, validate(grammar.parse(answer), vocab, context), context);
  }
}

interface Vocabulary {
  /** Display name -> id, names unique within the turn. */
  readonly items: readonly (readonly [string, number])[];
  readonly attrs: readonly (readonly [string, number])[];
}

function vocabulary(lexicon: Lexicon, reading: LexiconReading): Vocabulary {
  const c = lexicon.catalog;
  const unique = (ids: readonly number[], name: (id: number) => string, more: (id: number) => string) => {
    const out: [string, number][] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      let n = name(id);
      if (seen.has(n)) n = `${n} (${more(id)})`;
      seen.add(n);
      out.push([n, id]);
    }
    return out;
  };
  const typeOf = (a: number) => c.typeNames[c.attrTypes.ids[c.attrTypes.offsets[a]]] ?? "attribute";
  return {
    items: unique(reading.shortlist.items, (i) => c.itemTitle[i], (i) => `#${i}`),
    attrs: unique(reading.shortlist.attrs, (a) => c.attrName[a], typeOf),
  };
}

const OPINIONS = ["liked", "disliked", "unsaid"] as const;

/** The JSON schema of the act with this turn's names as the only allowed strings. */
export function schemaFor(v: Vocabulary): object {
  const attrEnum = { enum: v.attrs.map((e) => e[0]) };
  const properties: Record<string, object> = { intent: { enum: [...INTENTS] } };
  if (v.items.length > 0) {
    const item = { type: "object", properties: { title: { enum: v.items.map((e) => e[0]) }, opinion: { enum: [...OPINIONS] } }, required: ["title", "opinion"] };
    properties.items = { type: "array", items: item, maxItems: v.items.length };
  }
  if (v.attrs.length > 0) {
    properties.accept = { type: "array", items: attrEnum, maxItems: v.attrs.length };
    properties.reject = { type: "array", items: attrEnum, maxItems: v.attrs.length };
    properties.critique = {
      oneOf: [{ type: "null" }, { type: "object", properties: { attribute: attrEnum, direction: { enum: ["more", "less"] } }, required: ["attribute", "direction"] }],
    };
  }
  return { type: "object", properties, required: Object.keys(properties) };
}

function promptFor(lexicon: Lexicon, text: string, context: TurnContext, v: Vocabulary): string {
  const c = lexicon.catalog;
  const q = context.question;
  const asked =
    q?.kind === "yesno" ? `We asked whether they want ${c.attrName[q.attributeId]}.\n`
    : q?.kind === "choice" ? `We asked which of these they want: ${q.attributeIds.map((a) => c.attrName[a]).join(", ")}.\n`
    : "";
  const titles = v.items.length > 0 ? `Titles it may name: ${v.items.map((e) => e[0]).join("; ")}.\n` : "";
  const attrs = v.attrs.length > 0 ? `Attributes it may name: ${v.attrs.map((e) => e[0]).join("; ")}.\n` : "";
  return (
    `${asked}A user wrote: "${text.slice(0, 500)}"\n${titles}${attrs}` +
    "Fill the form: intent (answer = replies to our question, critique = wants more or less of an attribute, " +
    "request = says what they want, indifferent = says our question does not matter to them, chitchat = anything else); items = titles they mention with their opinion; " +
    "accept = attributes they want; reject = attributes they do not want; critique = the attribute and more or less."
  );
}

interface ModelAnswer {
  intent?: string;
  items?: { title?: string; opinion?: string }[];
  accept?: string[];
  reject?: string[];
  critique?: { attribute?: string; direction?: string } | null;
}

/**
 * The model's reading laid over the lexicon's (see the class comment). The lexicon's fixed phrases stand:
 * a position or title taken from the slate, "more like" it, indifference, critiques covering several
 * attributes, and asking why, starting over or going back (the lexicon's act as it is). What the lexicon
 * found skipped stays skipped.
 */
function merge(lexical: LexiconReading, model: UserAct, context: TurnContext): UserAct {
  const base = lexical.act;
  if (CONTROL_INTENTS.has(base.intent)) return base;
  const opinion = new Map(model.items.map((m) => [m.itemId, m.liked]));
  const items: MentionedItem[] = [];
  for (const m of base.items) {
    const span = lexical.spans.find((s) => s.items[0] === m.itemId);
    const chosen = span?.items.find((i) => opinion.has(i)) ?? m.itemId;
    const liked = opinion.get(chosen);
    if (!items.some((x) => x.itemId === chosen)) items.push({ itemId: chosen, liked: liked ?? m.liked });
  }
  for (const m of model.items) {
    const fromSpan = lexical.spans.some((s) => s.items.includes(m.itemId));
    if (!fromSpan && !items.some((x) => x.itemId === m.itemId)) items.push(m);
  }
  const accept = [...model.accept, ...base.accept.filter((a) => !model.reject.includes(a) && !model.accept.includes(a))];
  const reject = [...model.reject.filter((a) => !accept.includes(a)), ...base.reject.filter((a) => !accept.includes(a) && !model.reject.includes(a))];
  // A critique covering several attributes ("less violent", "older") is the lexicon's reading of fixed words.
  const critique = base.critique?.also ? base.critique : model.critique ?? base.critique;
  const fixed = base.intent === "indifferent" || (base.intent !== "critique" && base.items.some((m) => context.shown?.includes(m.itemId)));
  const intent = fixed && !model.critique ? base.intent : critique ? model.intent : model.intent === "critique" ? base.intent : model.intent;
  const kept = {
    ...(base.ordinal === undefined ? {} : { ordinal: base.ordinal }),
    ...(base.several ? { several: base.several } : {}),
    ...(base.asked ? { asked: base.asked, ...(base.askedAspect ? { askedAspect: base.askedAspect } : {}) } : {}),
    ...(base.skipped ? { skipped: base.skipped } : {}),
    ...(base.noSeries ? { noSeries: base.noSeries } : {}),
    ...(base.read ? { read: base.read } : {}),
    ...(!critique && base.ungrounded ? { ungrounded: base.ungrounded } : {}),
  };
  return { intent, accept, reject, items, critique, ...kept, source: "model" };
}

function sameAct(a: UserAct, b: UserAct): boolean {
  const key = (x: UserAct) => JSON.stringify([x.intent, x.accept, x.reject, x.items, x.critique]);
  return key(a) === key(b);
}

/** Maps names back to ids, dropping anything outside the turn's vocabulary (the grammar already forbids it). */
function validate(raw: unknown, v: Vocabulary, context: TurnContext): UserAct {
  const a = (raw ?? {}) as ModelAnswer;
  const itemIds = new Map(v.items);
  const attrIds = new Map(v.attrs);
  const ids = (names: unknown, map: Map<string, number>) => {
    const out: number[] = [];
    if (Array.isArray(names)) for (const n of names) {
      const id = typeof n === "string" ? map.get(n) : undefined;
      if (id !== undefined && !out.includes(id)) out.push(id);
    }
    return out;
  };
  const accept = ids(a.accept, attrIds);
  const reject = ids(a.reject, attrIds).filter((x) => !accept.includes(x));
  const items: MentionedItem[] = [];
  if (Array.isArray(a.items)) for (const e of a.items) {
    const id = typeof e?.title === "string" ? itemIds.get(e.title) : undefined;
    if (id === undefined || items.some((m) => m.itemId === id)) continue;
    items.push({ itemId: id, liked: e.opinion === "liked" ? true : e.opinion === "disliked" ? false : null });
  }
  let critique: Critique | null = null;
  const cAttr = typeof a.critique?.attribute === "string" ? attrIds.get(a.critique.attribute) : undefined;
  if (cAttr !== undefined && (a.critique?.direction === "more" || a.critique?.direction === "less")) {
    const shown = context.shown?.length === 1 ? context.shown[0] : null;
    critique = { itemId: items[0]?.itemId ?? shown, attributeId: cAttr, direction: a.critique.direction };
  }
  const intent: Intent = INTENTS.includes(a.intent as Intent) ? (a.intent as Intent) : "chitchat";
  return { intent: critique ? intent : intent === "critique" ? "request" : intent, accept, reject, items, critique, source: "model" };
}
