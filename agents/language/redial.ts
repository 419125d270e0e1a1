import { readFileSync } from "node:fs";
import type { LoggedDialogue } from "../ranking/dialogue-log.ts";
import { parseTitle, tokens, withoutArticle } from "./text.ts";

/**
 * ReDial dialogues (Li et al., NeurIPS 2018, CC BY 4.0) as seeker utterances: the text a person
 * typed (each `@id` replaced by the film's name without its "(year)") and the ReDial ids mentioned.
 */

export interface SeekerUtterance {
  readonly conversationId: string;
  readonly text: string;
  /** ReDial movie ids mentioned in the message, in order, without repeats. */
  readonly mentions: readonly string[];
}

/** One message of a dialogue, either side, read as text the way `SeekerUtterance` is. */
export interface RedialMessage {
  readonly fromSeeker: boolean;
  readonly text: string;
  /** ReDial movie ids mentioned, in order, without repeats. */
  readonly mentions: readonly string[];
}

export interface RedialDialogue {
  readonly conversationId: string;
  /** Every message in order, seeker's and recommender's. */
  readonly messages: readonly RedialMessage[];
  /** ReDial id -> "Title (Year)". */
  readonly movieMentions: Readonly<Record<string, string>>;
  /** ReDial id -> the seeker's own label: true liked, false disliked, null did not say. */
  readonly seekerLiked: Readonly<Record<string, boolean | null>>;
  readonly utterances: readonly SeekerUtterance[];
}

interface RawDialogue {
  conversationId: string;
  initiatorWorkerId: number;
  movieMentions: Record<string, string | null> | [];
  initiatorQuestions: Record<string, { liked: number }> | [];
  messages: { text: string; senderWorkerId: number }[];
}

/** A ReDial name as typed: "(year)" dropped, spaces collapsed. */
export function spokenName(name: string): string {
  return name.replace(/\s*\(\d{4}\)\s*$/, "").replace(/\s+/g, " ").trim();
}

export function parseRedialLine(line: string, lineNo: number): RedialDialogue {
  let raw: RawDialogue;
  try {
    raw = JSON.parse(line) as RawDialogue;
  } catch (err) {
    throw new Error(`line ${lineNo}: not JSON (${(err as Error).message})`);
  }
  if (!raw || !Array.isArray(raw.messages) || typeof raw.initiatorWorkerId !== "number") {
    throw new Error(`line ${lineNo}: not a ReDial dialogue (messages or initiatorWorkerId missing)`);
  }
  const movieMentions: Record<string, string> = {};
  for (const [id, name] of Object.entries(raw.movieMentions ?? {})) if (typeof name === "string") movieMentions[id] = name;
  const seekerLiked: Record<string, boolean | null> = {};
  for (const [id, q] of Object.entries(raw.initiatorQuestions ?? {})) seekerLiked[id] = q?.liked === 1 ? true : q?.liked === 0 ? false : null;
  const messages: RedialMessage[] = [];
  const utterances: SeekerUtterance[] = [];
  for (const m of raw.messages) {
    if (typeof m.text !== "string") continue;
    const mentions: string[] = [];
    const text = m.text.replace(/@(\d+)/g, (whole, id: string) => {
      const name = movieMentions[id];
      if (name === undefined) return whole;
      if (!mentions.includes(id)) mentions.push(id);
      return spokenName(name);
    });
    const fromSeeker = m.senderWorkerId === raw.initiatorWorkerId;
    messages.push({ fromSeeker, text, mentions });
    if (fromSeeker) utterances.push({ conversationId: String(raw.conversationId), text, mentions });
  }
  return { conversationId: String(raw.conversationId), messages, movieMentions, seekerLiked, utterances };
}

export function readRedial(file: string): RedialDialogue[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: RedialDialogue[] = [];
  lines.forEach((line, i) => {
    if (line.trim()) out.push(parseRedialLine(line, i + 1));
  });
  return out;
}

/**
 * ReDial names to catalog items by exact title and year, independently of the lexicon (an evaluation's
 * targets must not depend on the reader under test): the folded title, its alternative titles and both
 * without a leading article, with the same year. A name without a year, or with none equal, maps to nothing.
 */
export class ExactTitles {
  private readonly byKey = new Map<string, number>();

  constructor(titles: readonly string[]) {
    titles.forEach((raw, item) => {
      const p = parseTitle(raw);
      if (p.year === null) return;
      for (const name of [p.main, ...p.alts]) {
        const t = tokens(name);
        for (const key of [t, withoutArticle(t)]) {
          const k = `${key.join(" ")}|${p.year}`;
          if (!this.byKey.has(k)) this.byKey.set(k, item);
        }
      }
    });
  }

  resolve(name: string): number | null {
    const p = parseTitle(name);
    if (p.year === null) return null;
    const t = tokens(p.main);
    return this.byKey.get(`${t.join(" ")}|${p.year}`) ?? this.byKey.get(`${withoutArticle(t).join(" ")}|${p.year}`) ?? null;
  }
}

/** Dialogues as logs a deployment keeps: the items either side mentioned and those the recommender did. */
export function loggedDialogues(dialogues: readonly RedialDialogue[], titles: ExactTitles): LoggedDialogue[] {
  return dialogues.map((d) => {
    const mentioned: number[] = [];
    const recommended: number[] = [];
    for (const m of d.messages) {
      for (const id of m.mentions) {
        const item = titles.resolve(d.movieMentions[id]);
        if (item === null) continue;
        mentioned.push(item);
        if (!m.fromSeeker) recommended.push(item);
      }
    }
    return { mentioned, recommended };
  });
}
