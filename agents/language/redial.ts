import { readFileSync } from "node:fs";

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

export interface RedialDialogue {
  readonly conversationId: string;
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
  const utterances: SeekerUtterance[] = [];
  for (const m of raw.messages) {
    if (m.senderWorkerId !== raw.initiatorWorkerId || typeof m.text !== "string") continue;
    const mentions: string[] = [];
    const text = m.text.replace(/@(\d+)/g, (whole, id: string) => {
      const name = movieMentions[id];
      if (name === undefined) return whole;
      if (!mentions.includes(id)) mentions.push(id);
      return spokenName(name);
    });
    utterances.push({ conversationId: String(raw.conversationId), text, mentions });
  }
  return { conversationId: String(raw.conversationId), movieMentions, seekerLiked, utterances };
}

export function readRedial(file: string): RedialDialogue[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: RedialDialogue[] = [];
  lines.forEach((line, i) => {
    if (line.trim()) out.push(parseRedialLine(line, i + 1));
  });
  return out;
}
