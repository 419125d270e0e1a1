import { arrowKeys, h, icon, ICONS } from "./dom.ts";
import type { Named, PathStep, RecommendedItem } from "./protocol.ts";

export interface CardActions {
  feedback(item: RecommendedItem, liked: boolean): void;
  critique(item: RecommendedItem, attribute: Named, direction: "less" | "more"): void;
  /** Takes the item, which ends the conversation; only while this slate is the latest act. */
  choose(item: RecommendedItem): void;
}

let uid = 0;

/** One recommended item: what it is, why it was picked, and ways to push back on it. */
export function card(item: RecommendedItem, rank: number, actions: CardActions): HTMLLIElement {
  const id = `pw-${++uid}`;
  const titleId = `${id}-t`;
  const rating = ratingButtons(item, actions);
  const critiqueRow = h("div", { class: "critique", hidden: true });
  const attributes = h("ul", { class: "attrs", "aria-label": `Attributes of ${item.title}` });
  for (const attribute of item.attributes) {
    const button = h("button", { type: "button", class: "attr", "aria-expanded": "false", title: attribute.type }, attribute.name);
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
  return h(
    "li",
    { class: "card", "aria-labelledby": titleId, "data-item": String(item.id) },
    h("div", { class: "card-head" }, h("span", { class: "rank", "aria-hidden": "true" }, String(rank)), h("h3", { id: titleId }, item.title), rating),
    item.attributes.length > 0 && attributes,
    critiqueRow,
    item.justification && h("p", { class: "just" }, item.justification),
    h(
      "div",
      { class: "card-foot" },
      item.path.length > 0 && why,
      h("button", { type: "button", class: "chip pick", "data-once": true, onclick: () => actions.choose(item), "aria-label": `Pick ${item.title}` }, "Pick this"),
    ),
    path,
  );
}

function ratingButtons(item: RecommendedItem, actions: CardActions): HTMLElement {
  const group = h("div", { class: "rate", role: "group", "aria-label": `Rate ${item.title}` });
  const like = h("button", { type: "button", class: "icon", "aria-pressed": "false", "aria-label": `I like ${item.title}` }, icon(ICONS.up));
  const dislike = h("button", { type: "button", class: "icon", "aria-pressed": "false", "aria-label": `Not for me: ${item.title}` }, icon(ICONS.down));
  const press = (liked: boolean) => {
    like.setAttribute("aria-pressed", String(liked));
    dislike.setAttribute("aria-pressed", String(!liked));
    actions.feedback(item, liked);
  };
  like.addEventListener("click", () => press(true));
  dislike.addEventListener("click", () => press(false));
  group.append(like, dislike);
  arrowKeys(group);
  return group;
}

/** Clicking an attribute opens "less of this / more of this" for it; clicking it again closes them. */
function toggleCritique(
  attributes: HTMLElement,
  row: HTMLElement,
  button: HTMLButtonElement,
  item: RecommendedItem,
  attribute: Named,
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

/** The first step has nothing before it, so its relation ("start") is not shown. */
function pathStep(step: PathStep, first: boolean): HTMLLIElement {
  const name = first ? step.name.charAt(0).toUpperCase() + step.name.slice(1) : step.name;
  return h("li", { "data-kind": step.kind }, !first && step.relation && h("span", { class: "rel" }, `${step.relation} `), h("strong", {}, name));
}
