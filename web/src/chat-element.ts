import type { AttributeRef, ExplanationFrame, ItemCard, ServerFrame, SessionFrame, StoredClientAct, Understood } from "../../server/protocol.ts";
import { card, showRating, type CardActions } from "./card.ts";
import { Connection, type Status } from "./connection.ts";
import { arrowKeys, h, icon, ICONS } from "./dom.ts";
import { answerKeys, words, type AnyAct } from "./replies.ts";
import { styles } from "./styles.ts";

const SHOWN_CARDS = 3;

/** Every card of a slate in view, without its "Show N more". */
function showAll(list: HTMLElement): void {
  for (const li of list.children) (li as HTMLElement).hidden = false;
  list.parentElement?.querySelector(".show-more")?.remove();
}
const STATUS_TEXT: Record<Status, string> = { connecting: "Connecting…", open: "Online", reconnecting: "Reconnecting…", unreachable: "Offline" };
const UNREACHABLE = "Can't reach the chat server. I'll keep trying; anything you send waits until it's back.";

/**
 * `<pathwise-chat server="ws://host/v1/chat">`: a conversation that asks, recommends and takes critiques.
 * Attributes: `server` (required; a ws:// address, or a path on this page's host such as `/v1/chat`),
 * `user-id` and `user-token` (a known user's history shapes the ranking once the token, signed by the
 * site's backend, proves the id; without it the conversation is anonymous), `heading`.
 * Methods: `restart()` starts a new conversation, `reconnect()` resumes this one on a fresh socket.
 * Every server frame is also dispatched as a `pathwise-frame` event (detail: the frame) for host analytics.
 *
 * The server's turn log is the transcript: a reload or reconnect redraws it from the replayed acts,
 * each with the client act that answered the one before, and the session's feedback.
 */
export class PathwiseChat extends HTMLElement {
  static observedAttributes = ["server", "user-id", "user-token", "heading"];

  private readonly root = this.attachShadow({ mode: "open" });
  private connection: Connection | undefined;
  private log!: HTMLElement;
  private typing!: HTMLElement;
  private announcer!: HTMLElement;
  private banner!: HTMLElement;
  private heading!: HTMLElement;
  private dot!: HTMLElement;
  private state!: HTMLElement;
  private input!: HTMLInputElement;
  private form!: HTMLFormElement;
  private stream: { seq: number; bubble: HTMLElement } | undefined;
  private status: Status = "connecting";
  /** A connection problem was announced and not yet taken back. */
  private troubled = false;
  /** The latest act and the controls answering it: usable until the next act arrives. */
  private latest: { act: AnyAct; controls?: HTMLElement } | undefined;
  /** What the person sent last, until an act (or an error) answers it. */
  private sent: StoredClientAct | undefined;
  /** The person acted from inside the conversation, so the next act takes the focus. */
  private focusNext = false;
  private readonly opinions = new Map<number, boolean>();
  /** Attribute names seen so far, to put a replayed critique into words. */
  private readonly attributeNames = new Map<number, string>();

  connectedCallback(): void {
    if (!this.log) this.render();
    this.connect();
  }

  disconnectedCallback(): void {
    this.connection?.stop();
    this.connection = undefined;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.log || old === value) return;
    if (name === "heading") this.heading.textContent = value || "Pathwise";
    else if (this.isConnected) this.connect();
  }

  restart(): void {
    this.clear();
    this.announce("Started a new conversation.");
    this.connection?.restart();
    this.input.focus();
  }

  reconnect(): void {
    this.connection?.reconnect();
  }

  private connect(): void {
    this.connection?.stop();
    this.clear();
    const server = this.getAttribute("server");
    if (!server) {
      this.note("Set the server attribute to the chat address, for example ws://localhost:8080/v1/chat.", true);
      return;
    }
    const url = chatUrl(server);
    if (!url) {
      this.note(`"${server}" is not a chat address; use ws(s)://HOST/v1/chat or a path such as /v1/chat.`, true);
      return;
    }
    const user = { userId: this.getAttribute("user-id") ?? undefined, userToken: this.getAttribute("user-token") ?? undefined };
    this.connection = new Connection(url, user, {
      frame: (frame) => this.receive(frame),
      status: (status) => this.showStatus(status),
      newSession: () => {
        this.clear();
        this.note("That conversation has expired, so here is a new one.");
      },
      flushed: () => {
        for (const waiting of this.log.querySelectorAll(".queued")) waiting.classList.remove("queued");
        if (this.sent) this.setWaiting(true);
      },
    });
    this.connection.start();
  }

  private render(): void {
    const style = h("style");
    style.textContent = styles;
    this.dot = h("span", { class: "dot", "aria-hidden": "true" });
    this.heading = h("h2", {}, this.getAttribute("heading") || "Pathwise");
    this.state = h("span", { class: "state" });
    const restart = h("button", { type: "button", class: "icon", "aria-label": "Start over", title: "Start over", onclick: () => this.restart() }, icon(ICONS.restart));
    // Complete utterances are announced through the status region, so the log itself stays quiet
    // (a streamed reply would otherwise be read out piece by piece).
    this.log = h("div", { class: "log", role: "log", "aria-live": "off", "aria-label": "Conversation", tabindex: "0" });
    this.typing = h("div", { class: "typing", hidden: true, "aria-hidden": "true" }, h("span"), h("span"), h("span"));
    this.announcer = h("div", { class: "sr", role: "status" });
    this.banner = h("p", { class: "banner", hidden: true }, UNREACHABLE);
    this.input = h("input", {
      type: "text",
      id: "pw-input",
      autocomplete: "off",
      enterkeyhint: "send",
      maxlength: 2000,
      placeholder: "Tell me what you're after…",
    });
    this.form = h(
      "form",
      {},
      h("label", { class: "sr", for: "pw-input" }, "Message"),
      this.input,
      h("button", { type: "submit", class: "send", "aria-label": "Send" }, icon(ICONS.send)),
      h("button", { type: "button", class: "chip primary again", onclick: () => this.restart() }, "Start over"),
    );
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = "";
      this.say({ type: "message", text });
    });
    const header = h("header", {}, this.dot, this.heading, this.state, restart);
    this.root.append(style, h("section", { class: "panel", part: "panel", "aria-label": "Recommendation chat" }, header, this.log, this.banner, this.announcer, this.form));
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case "session":
        this.resumeFrom(frame);
        break;
      case "token":
        this.streamText(frame.seq, frame.text);
        break;
      case "done":
        this.setWaiting(false);
        break;
      case "ack":
      case "pong":
        break;
      case "error":
        this.showError(frame.code, frame.message);
        break;
      case "explanation":
        this.showExplanation(frame);
        break;
      default:
        this.showAct(frame as AnyAct);
    }
    this.dispatchEvent(new CustomEvent("pathwise-frame", { detail: frame, bubbles: true, composed: true }));
  }

  private resumeFrom(session: SessionFrame): void {
    for (const { itemId, liked } of session.feedback ?? []) this.opinions.set(itemId, liked);
    for (const li of this.log.querySelectorAll<HTMLElement>(".card")) showRating(li, this.opinions.get(Number(li.dataset.item)));
    this.setEnded(session.status === "ended");
  }

  /** Any act, of a type this widget knows or not: what answered the one before, then its utterance and controls. */
  private showAct(act: AnyAct): void {
    const reply = act.replay ? act.clientAct ?? undefined : this.sent;
    // A turn this page sent already shows; a replayed one is drawn from the log.
    if (act.replay && reply && !this.sent) this.addUser(words(reply, this.latest?.act, this.attributeNames));
    this.sent = undefined;
    if (act.understood) this.understoodChips(act.understood);
    const focus = this.focusNext && !act.replay;
    this.focusNext = false;
    // An act about the same question (say, an explanation) leaves the question's controls live.
    const sameQuestion = act.questionId !== undefined && act.questionId === this.latest?.act.questionId;
    if (!sameQuestion) this.closeLatest(reply, act.type === "end" ? act.itemId : undefined);
    const bubble = this.utterance(act.seq, act.text ?? "");
    let controls: HTMLElement | undefined;
    if (act.type === "question") controls = this.quickReplies(act);
    else if (act.type === "recommendations") controls = this.slate(act);
    else if (act.type === "end") this.setEnded(true);
    if (controls) bubble.after(controls);
    if (!sameQuestion) this.latest = { act, controls };

    if (act.replay) this.scrollToEnd();
    else {
      const items = act.items ?? [];
      this.announce(items.length ? `${act.text ?? ""} ${items.length} picks: ${items.slice(0, SHOWN_CARDS).map((i) => i.title).join(", ")}.` : act.text ?? "");
      // A slate shows from what the person said just before it, not from its end.
      if (act.type === "recommendations") this.log.scrollTop = ((bubble.previousElementSibling as HTMLElement | null) ?? bubble).offsetTop - 12;
      else this.scrollToEnd();
    }
    if (focus) {
      const target = act.type === "recommendations" ? controls?.querySelector<HTMLElement>(".cards") : controls?.querySelector<HTMLElement>("button");
      (target ?? (this.form.classList.contains("ended") ? this.form.querySelector<HTMLElement>(".again") : this.input))?.focus();
    }
  }

  /**
   * What the server took from the person's message, under it: attributes as removable chips (removing one is a
   * critique of the conversation, not of an item), named items as plain tags.
   */
  private understoodChips(u: Understood): void {
    for (const a of [...u.accepted, ...u.rejected]) this.attributeNames.set(a.id, a.name);
    const chip = (a: AttributeRef, rejected: boolean) => {
      const label = rejected ? `no ${a.name}` : a.name;
      const remove = h("button", { type: "button", class: "x", "aria-label": `Remove ${label}`, title: `Remove ${label}` }, "×");
      remove.addEventListener("click", () => {
        remove.disabled = true;
        this.say({ type: "critique", attributeId: a.id, direction: rejected ? "more" : "less" });
      });
      return h("span", { class: "took" }, label, remove);
    };
    // One chip per name: the genre Romance and the tag "romance" are one thing to the person (and the server takes
    // back both when one is removed).
    const once = (list: AttributeRef[]) => list.filter((a, k) => list.findIndex((b) => b.name.toLowerCase() === a.name.toLowerCase()) === k);
    const opinion = { liked: "♥ ", disliked: "✗ ", mentioned: "" } as const;
    const row = h(
      "div",
      { class: "understood", role: "group", "aria-label": "What I understood" },
      ...once(u.accepted).map((a) => chip(a, false)),
      ...once(u.rejected).map((a) => chip(a, true)),
      ...u.items.map((i) => h("span", { class: "took item" }, opinion[i.opinion] + i.title)),
    );
    // Under the person's message; streamed text may already have started the reply's bubble after it.
    const anchor = this.stream?.bubble ?? null;
    if (anchor) this.log.insertBefore(row, anchor);
    else this.add(row);
  }

  private streamText(seq: number, text: string): void {
    this.setWaiting(false);
    if (this.stream?.seq !== seq) {
      this.endStream();
      this.stream = { seq, bubble: this.add(h("div", { class: "msg sys streaming", "aria-busy": "true" })) };
    }
    this.stream.bubble.textContent += text;
    this.scrollToEnd();
  }

  private endStream(): HTMLElement | undefined {
    const bubble = this.stream?.bubble;
    this.stream = undefined;
    bubble?.classList.remove("streaming");
    bubble?.removeAttribute("aria-busy");
    return bubble;
  }

  /** An act's utterance: the bubble its tokens streamed into, completed with the act's full text. */
  private utterance(seq: number, text: string): HTMLElement {
    this.setWaiting(false);
    const streamed = this.stream?.seq === seq ? this.endStream() : undefined;
    this.endStream();
    const bubble = streamed ?? this.add(h("div", { class: "msg sys" }));
    bubble.textContent = text;
    return bubble;
  }

  /** The latest act is overtaken: its controls show what was chosen and stop taking answers. */
  private closeLatest(reply: StoredClientAct | undefined, picked: number | undefined): void {
    const latest = this.latest;
    this.latest = undefined;
    if (!latest?.controls) return;
    const chosen = reply ? answerKeys(reply, latest.act) : new Set<string>();
    if (picked !== undefined) chosen.add(`item:${picked}`);
    for (const button of latest.controls.querySelectorAll<HTMLButtonElement>("[data-once]")) {
      const yes = chosen.has(button.dataset.answer ?? "");
      button.classList.toggle("chosen", yes);
      if (button.hasAttribute("aria-pressed")) button.setAttribute("aria-pressed", String(yes));
      button.disabled = true;
      const pickedCard = yes ? button.closest(".card") : null;
      if (pickedCard) {
        pickedCard.classList.add("picked");
        button.textContent = "Your pick";
        button.setAttribute("aria-label", `You picked ${pickedCard.querySelector("h3")?.textContent}`);
      }
    }
    latest.controls.classList.add("past");
  }

  private quickReplies(question: AnyAct): HTMLElement | undefined {
    for (const a of [...(question.options ?? []), ...(question.attribute ? [question.attribute] : [])]) this.attributeNames.set(a.id, a.name);
    if (question.kind !== "yesno" && question.kind !== "choice") return undefined; // open: answered by typing
    const questionId = question.questionId ?? "";
    const chips = h("div", { class: "chips", role: "group", "aria-label": "Quick replies" });
    const reply = (label: string, key: string, accept: number[], reject: number[]) =>
      h("button", { type: "button", class: "chip", "data-once": true, "data-answer": key, onclick: () => this.say({ type: "answer", questionId, accept, reject }) }, label);
    if (question.kind === "yesno" && question.attribute) {
      const id = question.attribute.id;
      chips.append(reply("Yes", "yes", [id], []), reply("No", "no", [], [id]), reply("Doesn't matter", "any", [], []));
    } else {
      this.choiceChips(chips, questionId, question.options ?? []);
    }
    arrowKeys(chips);
    return chips;
  }

  /** Multiple choice: any subset is a valid answer, so options toggle and one button sends them. */
  private choiceChips(chips: HTMLElement, questionId: string, options: AttributeRef[]): void {
    const send = h("button", { type: "button", class: "chip primary", "data-once": true, "data-answer": "send" }, "None of these");
    const toggles = options.map((option) => {
      const toggle = h("button", { type: "button", class: "chip", "aria-pressed": "false", "data-once": true, "data-answer": String(option.id) }, option.name);
      toggle.addEventListener("click", () => {
        toggle.setAttribute("aria-pressed", String(toggle.getAttribute("aria-pressed") !== "true"));
        send.textContent = picked().length ? "Done" : "None of these";
      });
      return toggle;
    });
    const picked = () => options.filter((_, i) => toggles[i].getAttribute("aria-pressed") === "true");
    send.addEventListener("click", () => {
      const accept = picked();
      this.say({ type: "answer", questionId, accept: accept.map((o) => o.id), reject: options.filter((o) => !accept.includes(o)).map((o) => o.id) });
    });
    chips.append(...toggles, send);
  }

  private slate(frame: AnyAct): HTMLElement {
    const items = frame.items ?? [];
    const questionId = frame.questionId ?? "";
    for (const item of items) for (const a of item.attributes) this.attributeNames.set(a.id, a.name);
    const actions: CardActions = {
      feedback: (item, liked) => {
        this.opinions.set(item.id, liked);
        for (const li of this.log.querySelectorAll<HTMLElement>(`.card[data-item="${item.id}"]`)) showRating(li, liked);
        this.connection?.send({ type: "feedback", itemId: item.id, liked });
        this.announce(liked ? `Noted: you like ${item.title}.` : `Noted: ${item.title} is not for you.`);
      },
      critique: (item: ItemCard, attribute, direction) => this.say({ type: "critique", itemId: item.id, attributeId: attribute.id, direction }),
      choose: (item) => this.say({ type: "answer", questionId, accept: [item.id], reject: [] }),
    };
    const list = h("ul", { class: "cards", "aria-label": "Recommendations", tabindex: "-1" });
    items.forEach((item, i) => {
      const li = card(item, i + 1, this.opinions.get(item.id), actions);
      li.hidden = i >= SHOWN_CARDS;
      list.append(li);
    });
    const controls = h("div", { class: "chips" });
    if (items.length > SHOWN_CARDS) {
      const more = h("button", { type: "button", class: "chip show-more" }, `Show ${items.length - SHOWN_CARDS} more`);
      more.addEventListener("click", () => {
        showAll(list);
        list.children[SHOWN_CARDS]?.querySelector("button")?.focus();
      });
      controls.append(more);
    }
    const none = h("button", { type: "button", class: "chip", "data-once": true, "data-answer": "none" }, "None of these");
    none.addEventListener("click", () => this.say({ type: "answer", questionId, accept: [], reject: items.map((item) => item.id) }));
    controls.append(none);
    return h("div", { class: "turn" }, list, controls);
  }

  private showError(code: string, message: string): void {
    this.endStream();
    this.setWaiting(false);
    this.sent = undefined;
    // "Not understood" is part of the conversation, and the act it answered still stands.
    if (code === "not_understood") {
      this.add(h("div", { class: "msg sys" }, message));
      this.announce(message);
    } else if (code === "stale_question") this.note("The conversation had already moved on; the latest question is below.");
    else if (code === "session_ended") this.setEnded(true);
    else this.note(message || "Something went wrong.", true);
  }

  /** Shows what the person said and sends it; the typing indicator runs once it has really gone out. */
  private say(reply: StoredClientAct): void {
    // One answer per act: a second click before the next act arrives would only be refused as stale.
    if (this.sent && reply.type !== "message") return;
    const bubble = this.addUser(words(reply, this.latest?.act, this.attributeNames));
    this.focusNext = this.log.contains(this.root.activeElement);
    this.sent = reply;
    if (this.connection?.send(reply)) this.setWaiting(true);
    else bubble.classList.add("queued");
  }

  /** "Why the second one?": the answer as a system bubble; the slate it is about stays the latest act, its cards live. */
  private showExplanation(frame: ExplanationFrame): void {
    if (frame.replay && frame.clientAct && !this.sent) this.addUser(words(frame.clientAct, this.latest?.act, this.attributeNames));
    this.sent = undefined;
    this.setWaiting(false);
    this.endStream();
    this.add(h("div", { class: "msg sys explanation" }, frame.text));
    if (!frame.replay) this.announce(frame.text);
    // "Why the fourth one?" of a card still behind "Show 7 more": the slate opens so the card can be seen, the
    // answer still in view at the end.
    const list = [...this.log.querySelectorAll<HTMLElement>(".cards")].at(-1);
    if (list?.querySelector<HTMLElement>(`[data-item="${frame.itemId}"]`)?.hidden) {
      showAll(list);
      this.scrollToEnd();
    }
  }

  private addUser(text: string): HTMLElement {
    return this.add(h("div", { class: "msg user" }, text));
  }

  /** Ended: the input gives way to one "Start over" action, and no critique can be sent. */
  private setEnded(ended: boolean): void {
    this.form.classList.toggle("ended", ended);
    for (const button of this.log.querySelectorAll<HTMLButtonElement>(".attr, .critique button, .understood .x")) button.disabled = ended;
  }

  private note(text: string, error = false): void {
    this.add(h("div", { class: error ? "note err" : "note" }, text));
    this.announce(text);
  }

  private add<T extends HTMLElement>(el: T): T {
    this.log.insertBefore(el, this.typing.parentNode === this.log ? this.typing : null);
    this.scrollToEnd();
    return el;
  }

  private setWaiting(on: boolean): void {
    this.typing.hidden = !on;
    if (!on) return;
    this.log.append(this.typing);
    this.scrollToEnd();
  }

  private clear(): void {
    this.stream = undefined;
    this.latest = undefined;
    this.sent = undefined;
    this.opinions.clear();
    this.log.replaceChildren();
    this.setWaiting(false);
    this.setEnded(false);
  }

  private showStatus(status: Status): void {
    const was = this.status;
    this.status = status;
    this.dot.className = `dot ${status}`;
    this.state.textContent = STATUS_TEXT[status];
    this.banner.hidden = status !== "unreachable";
    if (status !== "open") this.setWaiting(false);
    // Each change is said once, and getting back replaces the bad news rather than leaving it to be read again.
    if (status === "reconnecting" && was === "open") this.trouble("Connection lost, reconnecting.");
    else if (status === "unreachable" && was !== "unreachable") this.trouble(UNREACHABLE);
    else if (status === "open" && this.troubled) {
      this.troubled = false;
      this.announce("Connected again.");
    }
  }

  private trouble(text: string): void {
    this.troubled = true;
    this.announce(text);
  }

  private announce(text: string): void {
    this.announcer.textContent = text;
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

/** Accepts `ws(s)://…` as is, and a path or `http(s)://` address as the matching WebSocket address. */
function chatUrl(server: string): string | undefined {
  let url: URL;
  try {
    url = new URL(server, location.href);
  } catch {
    return undefined;
  }
  if (url.protocol === "http:" || url.protocol === "https:") url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.protocol === "ws:" || url.protocol === "wss:" ? url.href : undefined;
}
