/**
 * "Why the second one?": a card of the latest slate explained from what the slate already said of it, its
 * path (what the user asked for, likes or leans to, the liked film it resembles) and its justification, so
 * the answer never tells another story than the card.
 */
import { spokenList, spokenTitle } from "../agents/language/text.ts";
import type { AttributeRef, ExplanationAct, ItemCard, RecommendationsAct } from "./protocol.ts";

/**
 * `about`: attributes the question names ("is the third one sad?"), answered of the card first; `aspect`: the
 * word it used for several at once ("is it gory?"), of which any one answers.
 */
export function explanation(slate: RecommendationsAct, itemId: number, about: readonly AttributeRef[] = [], aspect?: string): ExplanationAct {
  const card = slate.items.find((c) => c.id === itemId) ?? slate.items[0];
  // A reason the card's justification already gives ("close to Logan (2017), which you liked") is said once.
  const fresh = reasons(card).filter((r) => r.liked === undefined || !card.justification.includes(r.liked));
  // The title said once: "I picked Borat (2006) because ... . It ticks every box", "... . If you liked Up, try it."
  const at = card.justification.indexOf(card.title);
  const rest = at < 0 ? card.justification : `${card.justification.slice(0, at)}${at === 0 ? "It" : "it"}${card.justification.slice(at + card.title.length)}`;
  const because = spokenList(fresh.map((r) => r.text), ", and ");
  const why = fresh.length > 0 ? `I picked ${card.title} because ${because}. ${rest}`.trim() : card.justification;
  const said = aspect === undefined ? answer(card, about) : answerAspect(card, about, aspect);
  const text = about.length > 0 ? `${said} ${why.replace(` ${card.title} `, " it ")}` : why;
  return { type: "explanation", questionId: slate.questionId, itemId: card.id, text, path: card.path };
}

/** "Yes, Up (2009) is marked “sad”.", "No, Heat (1995) is not from the 1980s.": what the catalog holds of the card. */
function answer(card: ItemCard, about: readonly AttributeRef[]): string {
  const holds = heldBy(card, about);
  const lacks = about.filter((a) => !holds.includes(a));
  const said = (attrs: readonly AttributeRef[]) => spokenList(attrs.map((a) => (a.type === "decade" ? `from the ${a.name}` : `marked ${a.type === "tag" ? `“${a.name}”` : a.name}`)), " and ");
  if (lacks.length === 0) return `Yes, ${card.title} is ${said(holds)}.`;
  if (holds.length === 0) return `No, ${card.title} is not ${said(lacks)}.`;
  return `${card.title} is ${said(holds)}, but not ${said(lacks)}.`;
}

/**
 * "Yes, Se7en (1995) is marked “violence”.", "Nothing on Die Hard (1988) says “gory”, but it is marked Action and
 * Thriller.", "No, nothing on Up (2009) says “gory”.": a tag of the aspect answers it, its genres only hint.
 */
function answerAspect(card: ItemCard, about: readonly AttributeRef[], aspect: string): string {
  const holds = heldBy(card, about);
  const tags = holds.filter((a) => a.type === "tag");
  if (tags.length > 0) return `Yes, ${card.title} is marked ${spokenList(tags.map((a) => `“${a.name}”`), " and ")}.`;
  if (holds.length > 0) return `Nothing on ${card.title} says “${aspect}”, but it is marked ${spokenList(holds.map((a) => a.name), " and ")}.`;
  return `No, nothing on ${card.title} says “${aspect}”.`;
}

/** Of `about`, the attributes the card holds. */
function heldBy(card: ItemCard, about: readonly AttributeRef[]): AttributeRef[] {
  return about.filter((a) => card.attributes.some((c) => c.id === a.id));
}

/** One reason for a card: its clause, and the liked film it names, if any. */
interface Reason {
  readonly text: string;
  readonly liked?: string;
}

/** The card's path as clauses: "you asked for Comedy and Animation", "it is like Up (1995), which you liked". */
function reasons(card: ItemCard): Reason[] {
  const named = new Map<string, string[]>();
  const similar: Reason[] = [];
  let fallback = "it ranks high for you";
  for (const step of card.path) {
    if (step.kind === "attribute") named.set(step.relation, [...(named.get(step.relation) ?? []), step.name]);
    else if (step.kind === "similar-items") similar.push({ text: `it is ${step.relation}`, liked: spokenTitle(step.name) });
    else if (step.kind === "item" && step.relation !== "holds all of these") fallback = `it ${step.relation}`;
  }
  const out: Reason[] = [...[...named].map(([relation, names]) => ({ text: `${relation} ${spokenList(names, " and ")}` })), ...similar];
  return out.length > 0 ? out : [{ text: fallback }];
}

