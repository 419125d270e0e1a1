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
    const g = catalog.graph;
    const own = catalog.itemAttributes(act.itemId).slice(0, 6).map((a) => `${a.name} (${a.id})`).join(", ");
    throw invalid(`${g.itemTitle[act.itemId]} (item ${act.itemId}) is not marked ${g.attrName[act.attributeId]} (attribute ${act.attributeId}), so it has none to give ${act.direction} of; critique one of its own attributes: ${own}`);
  }
}

const invalid = (message: string) => new ProtocolError("invalid_answer", message);
