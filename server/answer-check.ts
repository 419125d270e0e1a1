/**
 * A structured answer or critique must fit the act it answers: a slate's answer accepts only items
 * it showed, nothing is both accepted and rejected, and a critique names an attribute its item has.
 * Free text is not checked here: the language layer reads it against the act it answers.
 */
import type { Catalog } from "./catalog.ts";
import { ProtocolError, type ClientAct, type SystemAct } from "./protocol.ts";

export function checkAnswer(catalog: Catalog, latest: SystemAct, act: ClientAct): void {
  if (act.type === "answer") {
    const both = act.accept.find((id) => act.reject.includes(id));
    if (both !== undefined) throw invalid(`${both} is both accepted and rejected; say one or the other`);
    if (latest.type === "recommendations") {
      const shown = latest.items.map((i) => i.id);
      const other = act.accept.find((id) => !shown.includes(id));
      if (other !== undefined) throw invalid(`item ${other} is not on the slate being answered (${shown.join(", ")}); accept one of those`);
    }
  }
  if (act.type === "critique" && act.itemId !== undefined && catalog.hasItem(act.itemId) && catalog.hasAttribute(act.attributeId) && !catalog.itemHas(act.itemId, act.attributeId)) {
    throw invalid(`item ${act.itemId} has no attribute ${act.attributeId}; critique one of its own attributes`);
  }
}

const invalid = (message: string) => new ProtocolError("invalid_answer", message);
