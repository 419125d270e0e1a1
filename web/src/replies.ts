/**
 * What the person said, in words, from the client act that answered an act: the same bubble whether
 * it was just sent or replayed from the server's turn log. `answerKeys` names the buttons the answer
 * chose (their `data-answer`), so a redrawn transcript shows them chosen.
 */
import type { AttributeRef, ItemCard, StoredClientAct, Understood } from "../../server/protocol.ts";

/** An act frame as the widget reads it: any type, so an act newer than this widget still renders as text. */
export interface AnyAct {
  type: string;
  seq: number;
  text?: string;
  questionId?: string;
  replay?: boolean;
  clientAct?: StoredClientAct | null;
  kind?: string;
  attribute?: AttributeRef;
  options?: AttributeRef[];
  items?: ItemCard[];
  itemId?: number;
  understood?: Understood;
}

export function words(reply: StoredClientAct, act: AnyAct | undefined, attributeNames: ReadonlyMap<number, string>): string {
  switch (reply.type) {
    case "message":
      return reply.text;
    case "critique": {
      const name = attributeNames.get(reply.attributeId);
      // Without an item it is a chip taken back: the attribute no longer asked for, or no longer refused.
      if (reply.itemId === undefined && name) return reply.direction === "less" ? `Drop ${name}` : `${name} is fine after all`;
      return `${reply.direction === "less" ? "Less" : "More"} ${name ?? "of that"}, please`;
    }
    case "answer": {
      if (act?.type === "recommendations") {
        const item = act.items?.find((i) => i.id === reply.accept[0]);
        return item ? `I'll take ${item.title}` : "None of these";
      }
      if (act?.type === "question" && act.kind === "yesno") return reply.accept.length ? "Yes" : reply.reject.length ? "No" : "Doesn't matter";
      const names = reply.accept.map((id) => attributeNames.get(id)).filter((name) => name !== undefined);
      return names.length ? names.join(", ") : "None of these";
    }
  }
}

export function answerKeys(reply: StoredClientAct, act: AnyAct): Set<string> {
  if (reply.type !== "answer") return new Set();
  if (act.type === "recommendations") return new Set([reply.accept.length ? `item:${reply.accept[0]}` : "none"]);
  if (act.kind === "yesno") return new Set([reply.accept.length ? "yes" : reply.reject.length ? "no" : "any"]);
  return new Set(["send", ...reply.accept.map(String)]);
}
