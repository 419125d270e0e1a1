import type { AttributeRef, ItemCard, PathStep } from "../../server/protocol.ts";
import { arrowKeys, h, icon, ICONS } from "./dom.ts";

export interface CardActions {
  feedback(item: ItemCard, liked: boolean): void;
  critique(item: ItemCard, attribute: AttributeRef, direction: "less" | "more"): void;
  /** Takes the item, which ends the conversation; only while this slate is the latest act. */
  choose(item: ItemCard): void;
}

let uid = 0;

/** One recommended item: what it is, why it was picked, and ways to push back on it. */
export function card(item: ItemCard, rank: number, liked: boolean | undefined, actions: CardActions): HTMLLIElement {
  const id = `pw-${++uid}`;
  const titleId = `${id}-t`;
  const critiqueRow = h("div", { class: "critique", id: `${id}-c`, hidden: true });
  const attributes = h("ul", { class: "attrs", "aria-label": `Less or more of what ${item.title} is` });
  for (const attribute of item.attributes) {
    const button = h("button", { type: "button", class: "attr", "aria-expanded": "false", "aria-controls": critiqueRow.id, title: attribute.type }, attribute.name);
    button.addEventListener("click", () => toggleCritique(attributes, critiqueRow, button, item, attribute, actions));
    attributes.append(h("li", {}, button));
  }
  arrowKeys(attributes);
  const path = h("ol", { class: "path", id: `${id}-p`, hidden: true, "aria-label": "How we got here" });
  item.path.forEach((step, i) => path.append(pathStep(step, i === 0)));
  const why = h("button", { type: "button", class: "link", "aria-expanded": "false", "aria-controls": path.id }, "Why this?");
  why.addEventListener("click", () => {
    const open = path.hidden;
    path.hidden = !open;
    why.setAttribute("aria-expanded", String(open));
  });
  const li = h(
    "li",
    { class: "card", "aria-labelledby": titleId, "data-item": String(item.id) },
    h(
      "div",
      { class: "card-head" },
      h("span", { class: "rank", "aria-hidden": "true" }, String(rank)),
      h("div", { class: "title" }, h("h3", { id: titleId }, item.title), h("span", { class: "rated", "aria-hidden": "true" })),
      rating(item, actions),
    ),
    item.attributes.length > 0 && attributes,
    critiqueRow,
    item.justification && h("p", { class: "just" }, item.justification),
    h(
      "div",
      { class: "card-foot" },
      item.path.length > 0 && why,
      h("button", { type: "button", class: "chip pick", "data-once": true, "data-answer": `item:${item.id}`, onclick: () => actions.choose(item), "aria-label": `Pick ${item.title}` }, "Pick this"),
    ),
    path,
  );
  showRating(li, liked);
  return li;
}

/** Like and dislike, with a visible note of what was recorded. */
function rating(item: ItemCard, actions: CardActions): HTMLElement {
  const group = h("div", { class: "rate", role: "group", "aria-label": `Rate ${item.title}` });
  const like = h("button", { type: "button", class: "icon", "data-liked": "true", "aria-label": `I like ${item.title}` }, icon(ICONS.up));
  const dislike = h("button", { type: "button", class: "icon", "data-liked": "false", "aria-label": `Not for me: ${item.title}` }, icon(ICONS.down));
  for (const button of [like, dislike]) button.addEventListener("click", () => actions.feedback(item, button === like));
  group.append(like, dislike);
  arrowKeys(group);
  return group;
}

/** Marks a card's rating as pressed and says so under its title (`undefined`: not rated). */
export function showRating(within: Element, liked: boolean | undefined): void {
  for (const button of within.querySelectorAll<HTMLElement>("[data-liked]")) {
    button.setAttribute("aria-pressed", String(liked !== undefined && button.dataset.liked === String(liked)));
  }
  const note = within.querySelector(".rated");
  if (note) note.textContent = liked === undefined ? "" : liked ? "✓ You like this" : "✓ Not for you";
}

/** Clicking an attribute opens "less of this / more of this" for it; clicking it again closes them. */
function toggleCritique(
  attributes: HTMLElement,
  row: HTMLElement,
  button: HTMLButtonElement,
  item: ItemCard,
  attribute: AttributeRef,
  actions: CardActions,
): void {
  const wasOpen = button.getAttribute("aria-expanded") === "true";
  for (const other of attributes.querySelectorAll("button")) other.setAttribute("aria-expanded", "false");
  row.replaceChildren();
  row.hidden = wasOpen;
  if (wasOpen) return;
  button.setAttribute("aria-expanded", "true");
  const act = (direction: "less" | "more") => () => actions.critique(item, attribute, direction);
  const group = h(
    "div",
    { role: "group", class: "chips", "aria-label": `Critique ${attribute.name}` },
    h("button", { type: "button", class: "chip", "aria-label": `Less ${attribute.name}`, onclick: act("less") }, "Less of this"),
    h("button", { type: "button", class: "chip", "aria-label": `More ${attribute.name}`, onclick: act("more") }, "More of this"),
  );
  arrowKeys(group);
  row.append(h("span", { class: "crit-label" }, attribute.name), group);
  (group.firstChild as HTMLButtonElement).focus();
}

/** The first step has nothing before it, so its relation ("start") is not shown; any step kind renders by name. */
function pathStep(step: PathStep, first: boolean): HTMLLIElement {
  const name = first ? step.name.charAt(0).toUpperCase() + step.name.slice(1) : step.name;
  return h("li", { "data-kind": step.kind }, !first && step.relation && h("span", { class: "rel" }, `${step.relation} `), h("strong", {}, name));
}
