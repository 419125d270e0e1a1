import { card, type CardActions } from "./card.ts";
import { Connection, type Status } from "./connection.ts";
import { arrowKeys, h, icon, ICONS } from "./dom.ts";
import type { ClientFrame, Id, Named, ServerFrame } from "./protocol.ts";
import { styles } from "./styles.ts";

type Question = Extract<ServerFrame, { type: "question" }>;
type Recommendations = Extract<ServerFrame, { type: "recommendations" }>;

const SHOWN_CARDS = 3;
const STATUS_TEXT: Record<Status, string> = { connecting: "Connecting…", open: "Online", reconnecting: "Reconnecting…" };

/**
 * `<pathwise-chat server="ws://host/v1/chat">`: a conversation that asks, recommends and takes critiques.
 * Attributes: `server` (required; a ws:// address, or a path on this page's host such as `/v1/chat`),
 * `user-id` and `user-token` (a known user's history shapes the ranking once the token, signed by the
 * site's backend, proves the id; without it the conversation is anonymous), `heading`.
 * Methods: `restart()` starts a new conversation, `reconnect()` resumes this one on a fresh socket.
 * Every server frame is also dispatched as a `pathwise-frame` event (detail: the frame) for host analytics.
 */
export class PathwiseChat extends HTMLElement {
  static observedAttributes = ["server", "user-id", "user-token", "heading"];

  private readonly root = this.attachShadow({ mode: "open" });
  private connection: Connection | undefined;
  private log!: HTMLElement;
  private typing!: HTMLElement;
  private announcer!: HTMLElement;
  private heading!: HTMLElement;
  private dot!: HTMLElement;
  private state!: HTMLElement;
  private input!: HTMLInputElement;
  private stream: { seq: number; bubble: HTMLElement } | undefined;
  /** Controls that answer the latest act (quick replies, "pick this"): disabled once it is overtaken. */
  private latest: HTMLElement | undefined;

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
    });
    this.connection.start();
  }

  private render(): void {
    const style = h("style");
    style.textContent = styles;
    this.dot = h("span", { class: "dot", "aria-hidden": "true" });
    this.heading = h("h2", {}, this.getAttribute("heading") || "Pathwise");
    this.state = h("span", { class: "state" });
    const restart = h("button", { type: "button", class: "icon", "aria-label": "Start over", title: "Start over" }, icon(ICONS.restart));
    restart.addEventListener("click", () => this.restart());
    this.log = h("div", { class: "log", role: "log", "aria-label": "Conversation", tabindex: "0" });
    this.typing = h("div", { class: "typing", hidden: true, "aria-hidden": "true" }, h("span"), h("span"), h("span"));
    this.announcer = h("div", { class: "sr", role: "status" });
    this.input = h("input", {
      type: "text",
      id: "pw-input",
      autocomplete: "off",
      enterkeyhint: "send",
      maxlength: 2000,
      placeholder: "Tell me what you're after…",
    });
    const form = h(
      "form",
      {},
      h("label", { class: "sr", for: "pw-input" }, "Message"),
      this.input,
      h("button", { type: "submit", class: "send", "aria-label": "Send" }, icon(ICONS.send)),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = "";
      this.say(text, { type: "message", text });
    });
    const header = h("header", {}, this.dot, this.heading, this.state, restart);
    this.root.append(style, h("section", { class: "panel", part: "panel", "aria-label": "Recommendation chat" }, header, this.log, this.announcer, form));
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case "token":
        this.streamText(frame.seq, frame.text);
        break;
      case "question":
        this.showQuestion(frame);
        break;
      case "recommendations":
        this.showRecommendations(frame);
        break;
      case "end":
        this.showEnd(frame.seq, frame.text);
        break;
      case "done":
        this.setWaiting(false);
        break;
      case "error":
        this.endStream();
        this.setWaiting(false);
        // "not understood" is part of the conversation; the other errors are about the connection or the client.
        if (frame.code === "not_understood") this.add(h("div", { class: "msg sys" }, frame.message));
        else this.note(frame.message || "Something went wrong.", true);
        break;
    }
    this.dispatchEvent(new CustomEvent("pathwise-frame", { detail: frame, bubbles: true, composed: true }));
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
    this.closeLatest();
    this.setWaiting(false);
    const streamed = this.stream?.seq === seq ? this.endStream() : undefined;
    this.endStream();
    const bubble = streamed ?? this.add(h("div", { class: "msg sys" }));
    bubble.textContent = text;
    return bubble;
  }

  private showQuestion(question: Question): void {
    const bubble = this.utterance(question.seq, question.text);
    if (question.kind === "open") return; // answered by typing
    const chips = h("div", { class: "chips", role: "group", "aria-label": "Quick replies" });
    const reply = (label: string, accept: Id[], reject: Id[]) =>
      h("button", { type: "button", class: "chip", "data-once": true, onclick: () => this.answer(chips, label, question.questionId, accept, reject) }, label);
    if (question.kind === "yesno" && question.attribute) {
      const id = question.attribute.id;
      chips.append(reply("Yes", [id], []), reply("No", [], [id]), reply("Doesn't matter", [], []));
    } else {
      this.choiceChips(chips, question.questionId, question.options ?? []);
    }
    arrowKeys(chips);
    bubble.after(chips);
    this.latest = chips;
    this.scrollToEnd();
  }

  /** Multiple choice: any subset is a valid answer, so options toggle and one button sends them. */
  private choiceChips(chips: HTMLElement, questionId: string, options: Named[]): void {
    const send = h("button", { type: "button", class: "chip primary", "data-once": true }, "None of these");
    const toggles = options.map((option) => {
      const toggle = h("button", { type: "button", class: "chip", "aria-pressed": "false", "data-once": true }, option.name);
      toggle.addEventListener("click", () => {
        toggle.setAttribute("aria-pressed", String(toggle.getAttribute("aria-pressed") !== "true"));
        send.textContent = picked().length ? "Done" : "None of these";
      });
      return toggle;
    });
    const picked = () => options.filter((_, i) => toggles[i].getAttribute("aria-pressed") === "true");
    send.addEventListener("click", () => {
      const accept = picked();
      const label = accept.length ? accept.map((o) => o.name).join(", ") : "None of these";
      const reject = options.filter((o) => !accept.includes(o));
      this.answer(chips, label, questionId, accept.map((o) => o.id), reject.map((o) => o.id));
    });
    chips.append(...toggles, send);
  }

  private answer(chips: HTMLElement, label: string, questionId: string, accept: Id[], reject: Id[]): void {
    const hadFocus = chips.contains(this.root.activeElement);
    for (const button of chips.querySelectorAll("button")) {
      if (button.textContent === label || button.getAttribute("aria-pressed") === "true") button.classList.add("chosen");
    }
    this.closeLatest();
    if (hadFocus) this.input.focus();
    this.say(label, { type: "answer", questionId, accept, reject });
  }

  private closeLatest(): void {
    for (const button of this.latest?.querySelectorAll<HTMLButtonElement>("[data-once]") ?? []) button.disabled = true;
    this.latest = undefined;
  }

  private showRecommendations(frame: Recommendations): void {
    const intro = this.utterance(frame.seq, frame.text);
    const { items, questionId } = frame;
    const actions: CardActions = {
      feedback: (item, liked) => {
        this.connection?.send({ type: "feedback", itemId: item.id, liked });
        this.announce(liked ? `Noted: you like ${item.title}.` : `Noted: ${item.title} is not for you.`);
      },
      critique: (item, attribute, direction) =>
        this.say(`${direction === "less" ? "Less" : "More"} ${attribute.name}, please`, {
          type: "critique",
          itemId: item.id,
          attributeId: attribute.id,
          direction,
        }),
      choose: (item) => this.say(`I'll take ${item.title}`, { type: "answer", questionId, accept: [item.id], reject: [] }),
    };
    const list = h("ul", { class: "cards", "aria-label": "Recommendations" });
    items.forEach((item, i) => {
      const li = card(item, i + 1, actions);
      li.hidden = i >= SHOWN_CARDS;
      list.append(li);
    });
    const controls = h("div", { class: "chips" });
    if (items.length > SHOWN_CARDS) {
      const more = h("button", { type: "button", class: "chip" }, `Show ${items.length - SHOWN_CARDS} more`);
      more.addEventListener("click", () => {
        for (const li of list.children) (li as HTMLElement).hidden = false;
        more.remove();
        list.children[SHOWN_CARDS]?.querySelector("button")?.focus();
      });
      controls.append(more);
    }
    const none = h("button", { type: "button", class: "chip", "data-once": true }, "None of these");
    none.addEventListener("click", () =>
      this.say("None of these", { type: "answer", questionId, accept: [], reject: items.map((item) => item.id) }),
    );
    controls.append(none);
    const turn = h("div", { class: "turn" }, list, controls);
    intro.after(turn);
    this.latest = turn;
    this.announce(`${items.length} recommendations: ${items.slice(0, SHOWN_CARDS).map((i) => i.title).join(", ")}.`);
    // Show what the person said just before, then the slate from its top rather than its end.
    this.log.scrollTop = ((intro.previousElementSibling as HTMLElement | null) ?? intro).offsetTop - 12;
  }

  private showEnd(seq: number, text: string): void {
    const again = h("button", { type: "button", class: "chip primary" }, "Start over");
    again.addEventListener("click", () => this.restart());
    this.utterance(seq, text).after(h("div", { class: "chips" }, again));
    this.scrollToEnd();
  }

  /** Shows what the person said and sends it; the typing indicator runs until the server answers. */
  private say(text: string, frame: ClientFrame): void {
    this.closeLatest();
    this.add(h("div", { class: "msg user" }, text));
    this.setWaiting(true);
    this.connection?.send(frame);
  }

  private note(text: string, error = false): void {
    this.add(h("div", { class: error ? "note err" : "note" }, text));
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
    this.log.replaceChildren();
    this.setWaiting(false);
  }

  private showStatus(status: Status): void {
    this.dot.classList.toggle("open", status === "open");
    this.state.textContent = STATUS_TEXT[status];
    if (status === "reconnecting") this.announce("Connection lost, reconnecting.");
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
