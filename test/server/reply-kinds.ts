/**
 * Replies people give, by kind, and what the next act must do for each to count as honoured. Shared by
 * the conversation suite (test/server/conversation.test.ts, every reply must be honoured) and the larger
 * bench (bench/replies.ts, the share honoured per kind). Everything runs through a real server's
 * WebSocket; a reply is judged by the act that answers it, never by its wording alone.
 */
import { parseTitle } from "../../agents/language/text.ts";
import { rowHas, type Graph } from "../../graph/types.ts";
import type { ReplyExample } from "../../agents/language/reply-examples.ts";
import { answerUntilSlate, ChatClient, type Frame } from "./helpers.ts";

export type Card = { id: number; title: string };
type Attr = { id: number; name: string; type: string };

export type Reply = ReplyExample;

export type Kind = Reply["kind"];

/** The replies said to a slate. */
export type SlateReply = Exclude<Reply, { kind: "echo" | "indifferent" | "show" | "undo" | "restart" }>;

export interface Verdict {
  /** The reply was read as something (no `not_understood`). */
  readonly understood: boolean;
  /** The next act did what the reply asked. */
  readonly honoured: boolean;
  /** What happened, for a failure message. */
  readonly detail: string;
}

/** The opening used to reach a slate, and the film the user then answers questions after (1990s, three genres). */
const SLATE_OPENING = "I'm in the mood for a good movie, maybe a comedy";
const SLATE_TARGET = "Groundhog Day (1993)";

type Outcome = Omit<Verdict, "understood">;

/** Connections whose last message was answered `not_understood`. */
const refused = new WeakSet<ChatClient>();

export class ReplyJudge {
  /** The act that answered the latest message said. */
  private latest: Frame | null = null;

  constructor(
    private readonly g: Graph,
    private readonly wsUrl: string,
  ) {}

  private genre(name: string): number {
    for (let a = 0; a < this.g.nAttributes; a++) if (this.g.attrName[a] === name && this.typeOf(a) === "genre") return a;
    throw new Error(`no genre ${name}`);
  }

  private typeOf(a: number): string {
    return this.g.typeNames[this.g.attrTypes.ids[this.g.attrTypes.offsets[a]]];
  }

  private holds(item: number, a: number): boolean {
    return rowHas(this.g.itemAttrs, item, a);
  }

  private year(item: number): number {
    return parseTitle(this.g.itemTitle[item]).year ?? 0;
  }

  async judge(reply: Reply): Promise<Verdict> {
    const c = await ChatClient.open(this.wsUrl);
    try {
      const v = await this.trial(c, reply);
      return { understood: !refused.has(c), ...v };
    } catch (err) {
      return { understood: !refused.has(c), honoured: false, detail: (err as Error).message };
    } finally {
      c.close();
    }
  }

  private async trial(c: ChatClient, reply: Reply): Promise<Outcome> {
    c.send({ type: "hello" });
    await c.next();
    await c.act();
    switch (reply.kind) {
      case "echo":
        return this.echo(c, reply);
      case "indifferent":
        return this.indifferent(c, reply.text);
      case "show":
        return this.show(c, reply.text);
      case "undo":
        return this.undo(c, reply.text);
      case "restart":
        return this.restart(c, reply.text);
      default:
        return this.onSlate(c, reply);
    }
  }

  /** Says something, then answers every question as someone after `target` until a slate. */
  private async toSlate(c: ChatClient, text: string, target = SLATE_TARGET): Promise<Frame> {
    const film = this.g.itemTitle.indexOf(target);
    c.send({ type: "message", text });
    const act = await answerUntilSlate(c, (await c.act()).act, (a) => this.holds(film, a));
    if (act.type !== "recommendations") throw new Error(`no slate reached (${act.type})`);
    return act;
  }

  private async say(c: ChatClient, text: string): Promise<Frame> {
    c.send({ type: "message", text });
    refused.delete(c);
    for (;;) {
      const f = await c.next();
      if (f.type === "error" && f.code === "not_understood") refused.add(c);
      if (f.type === "error") return (this.latest = f);
      if (f.type === "token") continue;
      if (f.type === "done") throw new Error("done before an act");
      const done = await c.next();
      if (done.type !== "done") throw new Error(`expected done, got ${done.type}`);
      return (this.latest = f);
    }
  }

  private async onSlate(c: ChatClient, reply: SlateReply): Promise<Outcome> {
    const slate = await this.toSlate(c, SLATE_OPENING);
    return this.replyOn(c, reply, slate.items as Card[], this.genre("Comedy"));
  }

  /**
   * A slate reply said in a conversation under way (bench/reply-chains.ts), judged as `judge` judges it on its own
   * slate; `next` is the act that answered it, to go on from.
   */
  async inConversation(c: ChatClient, reply: SlateReply, cards: Card[]): Promise<Verdict & { next: Frame | null }> {
    this.latest = null;
    try {
      const v = await this.replyOn(c, reply, cards, -1);
      return { understood: !refused.has(c), ...v, next: this.latest };
    } catch (err) {
      return { understood: !refused.has(c), honoured: false, detail: (err as Error).message, next: this.latest };
    }
  }

  /** `asked`: a genre the conversation asked for, which "less {}" leaves alone (-1: none). */
  private async replyOn(c: ChatClient, reply: SlateReply, cards: Card[], asked: number): Promise<Outcome> {
    const at = (p: number) => cards[p === 0 ? cards.length - 1 : p - 1];
    if (reply.kind === "less") return this.less(c, reply.text, cards, asked);
    if (reply.kind === "take-with") return this.takeWith(c, reply.text, cards);
    const text = reply.kind === "take-title" ? reply.text.replaceAll("{}", parseTitle(at(reply.position).title).main.toLowerCase()) : reply.text;
    const next = await this.say(c, text);
    const shown = `-> ${next.type}${next.type === "error" ? ` ${next.code}` : ""}: ${String(next.text ?? next.message ?? "").slice(0, 120)}`;
    const ids = ((next.items as Card[] | undefined) ?? []).map((i) => i.id);
    switch (reply.kind) {
      case "take":
      case "take-title": {
        const want = at(reply.position);
        return { honoured: next.type === "end" && next.reason === "accepted" && next.itemId === want.id && String(next.text).includes(want.title), detail: `wanted ${want.title} ${shown}` };
      }
      case "more":
        return { honoured: next.type === "recommendations" && !ids.some((i) => cards.some((k) => k.id === i)), detail: shown };
      case "similar": {
        const liked = at(reply.position);
        const understood = (next.understood as { items: { id: number; opinion: string }[] } | undefined)?.items ?? [];
        const ok = next.type === "recommendations" && !ids.includes(liked.id) && understood.some((u) => u.id === liked.id && u.opinion === "liked");
        return { honoured: ok, detail: `liked ${liked.title} ${shown}` };
      }
      case "liked-all": {
        const liked = new Set(((next.understood as { items: { id: number; opinion: string }[] } | undefined)?.items ?? []).filter((u) => u.opinion === "liked").map((u) => u.id));
        const ok = next.type === "recommendations" && ids.length > 0 && !ids.some((i) => cards.some((k) => k.id === i)) && cards.every((k) => liked.has(k.id));
        return { honoured: ok, detail: `${cards.filter((k) => liked.has(k.id)).length} of ${cards.length} liked ${shown}` };
      }
      case "why": {
        const card = at(reply.position);
        const explained = next.type === "explanation" && next.itemId === card.id && String(next.text).includes(card.title);
        if (!explained) return { honoured: false, detail: `wanted why ${card.title} ${shown}` };
        // The slate still stands: taking its first card ends the conversation with it.
        const taken = await this.say(c, "ok I'll take the first one");
        return { honoured: taken.type === "end" && taken.itemId === cards[0].id, detail: `after the explanation ${taken.type}` };
      }
      case "more-of": {
        const g = this.genre(reply.genre);
        const share = (list: number[]) => list.filter((i) => this.holds(i, g)).length / Math.max(1, list.length);
        const before = share(cards.map((k) => k.id));
        return { honoured: next.type === "recommendations" && (share(ids) > before || share(ids) === 1), detail: `${reply.genre} ${before.toFixed(2)} -> ${share(ids).toFixed(2)} ${shown}` };
      }
      case "mixed": {
        const attrs = (names: string[]) => names.map((n) => this.g.attrName.indexOf(n));
        const bad = ids.filter((i) => !attrs(reply.holds).every((a) => this.holds(i, a)) || attrs(reply.lacks).some((a) => this.holds(i, a)));
        return { honoured: next.type === "recommendations" && ids.length > 0 && bad.length === 0, detail: `${bad.length} of ${ids.length} cards off ${shown}` };
      }
      case "older":
      case "newer": {
        const median = (list: number[]) => list.map((i) => this.year(i)).sort((a, b) => a - b)[list.length >> 1];
        const before = median(cards.map((k) => k.id));
        const after = next.type === "recommendations" ? median(ids) : NaN;
        return { honoured: reply.kind === "older" ? after < before : after > before, detail: `median year ${before} -> ${after} ${shown}` };
      }
    }
  }

  /** "the one with {}": a tag of two words or more (a person, most often) that exactly one card holds. */
  private async takeWith(c: ChatClient, template: string, cards: Card[]): Promise<Outcome> {
    const count = new Map<number, number>();
    for (const k of cards) for (let e = this.g.itemAttrs.offsets[k.id]; e < this.g.itemAttrs.offsets[k.id + 1]; e++) {
      const a = this.g.itemAttrs.ids[e];
      if (this.typeOf(a) === "tag" && /^[a-z]+ [a-z]+$/i.test(this.g.attrName[a])) count.set(a, (count.get(a) ?? 0) + 1);
    }
    const tag = [...count].filter(([, n]) => n === 1).map(([a]) => a).sort((x, y) => x - y)[0];
    if (tag === undefined) return { honoured: false, detail: "no card holds a two-word tag of its own" };
    const card = cards.find((k) => this.holds(k.id, tag))!;
    const next = await this.say(c, template.replaceAll("{}", this.g.attrName[tag]));
    return { honoured: next.type === "end" && next.itemId === card.id, detail: `"${this.g.attrName[tag]}" wanted ${card.title} -> ${next.type} ${String(next.text ?? next.message).slice(0, 100)}` };
  }

  /** "less {}": the most held genre of the slate that was not asked for; none of the next slate holds it. */
  private async less(c: ChatClient, template: string, cards: Card[], asked: number): Promise<Outcome> {
    const count = new Map<number, number>();
    for (const k of cards) for (let e = this.g.itemAttrs.offsets[k.id]; e < this.g.itemAttrs.offsets[k.id + 1]; e++) {
      const a = this.g.itemAttrs.ids[e];
      if (a !== asked && this.typeOf(a) === "genre") count.set(a, (count.get(a) ?? 0) + 1);
    }
    const top = [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    if (!top) return { honoured: false, detail: "the slate holds no genre besides the one asked for" };
    const genre = top[0];
    const name = this.g.attrName[genre];
    const next = await this.say(c, template.replaceAll("{}", name.toLowerCase()));
    const ids = ((next.items as Card[] | undefined) ?? []).map((i) => i.id);
    const still = ids.filter((i) => this.holds(i, genre)).length;
    return { honoured: next.type === "recommendations" && still === 0, detail: `${name}: ${still} of ${ids.length} still -> ${next.type} ${String(next.text ?? next.message).slice(0, 100)}` };
  }

  private async echo(c: ChatClient, reply: Extract<Reply, { kind: "echo" }>): Promise<Outcome> {
    const next = await this.say(c, reply.text);
    const u = next.understood as { accepted: Attr[]; rejected: Attr[]; items: { title: string; opinion: string }[] } | undefined;
    if (!u) return { honoured: false, detail: `no understood -> ${next.type} ${String(next.text ?? next.message)}` };
    const names = (list: Attr[]) => list.map((a) => a.name);
    const missing = [
      ...reply.accepted.filter((n) => !names(u.accepted).includes(n)),
      ...(reply.rejected ?? []).filter((n) => !names(u.rejected).includes(n)).map((n) => `no ${n}`),
      ...(reply.liked ?? []).filter((t) => !u.items.some((i) => i.opinion === "liked" && i.title.includes(t))).map((t) => `like ${t}`),
    ];
    // The echo comes first: one of the attributes understood (genres and decades before tags, tags quoted), or a film.
    const heard = [...u.accepted.map((a) => a.name), ...u.rejected.map((a) => `no ${a.name}`)];
    const start = String(next.text).replace(/[“”]/g, "").toLowerCase();
    const said = heard.length === 0 || heard.some((h) => start.startsWith(h.toLowerCase())) || String(next.text).startsWith("Like ");
    return { honoured: missing.length === 0 && said, detail: `missing ${missing.join(", ") || "nothing"}; text ${String(next.text).slice(0, 80)}` };
  }

  private async indifferent(c: ChatClient, text: string): Promise<Outcome> {
    const act = await this.toQuestion(c, "yesno");
    const asked = (act.attribute as Attr).id;
    let next = await this.say(c, text);
    if (next.type === "error") return { honoured: false, detail: `-> error ${next.code}: ${next.message}` };
    // Moves on, and the attribute never comes back in the turns that follow.
    for (let i = 0; i < 6 && next.type === "question"; i++) {
      const a = next.attribute as Attr | undefined;
      if (a?.id === asked || (next.options as Attr[] | undefined)?.some((o) => o.id === asked)) return { honoured: false, detail: `asked ${a?.name ?? asked} again` };
      c.send({ type: "answer", questionId: next.questionId, accept: [], reject: a ? [a.id] : [] });
      next = (await c.act()).act;
    }
    return { honoured: next.type === "question" || next.type === "recommendations", detail: `-> ${next.type}` };
  }

  private async show(c: ChatClient, text: string): Promise<Outcome> {
    const question = await this.toQuestion(c, "yesno");
    const next = await this.say(c, text);
    return { honoured: next.type === "recommendations" && (next.items as Card[]).length > 0, detail: `asked ${(question.attribute as Attr).name}; -> ${next.type} ${next.code ?? ""}` };
  }

  /** Opens with "a comedy" and answers nothing of the questions until one of `kind` comes. */
  private async toQuestion(c: ChatClient, kind: string): Promise<Frame> {
    c.send({ type: "message", text: "a comedy" });
    let act = (await c.act()).act;
    for (let i = 0; i < 5 && act.kind !== kind; i++) {
      c.send({ type: "answer", questionId: act.questionId, accept: [], reject: [] });
      act = (await c.act()).act;
    }
    if (act.kind !== kind) throw new Error(`no ${kind} question reached`);
    return act;
  }

  private async undo(c: ChatClient, text: string): Promise<Outcome> {
    c.send({ type: "message", text: "a comedy" });
    const before = (await c.act()).act;
    if (before.type !== "question") throw new Error(`no question after the opening (${before.type})`);
    const a = before.attribute as Attr | undefined;
    c.send({ type: "answer", questionId: before.questionId, accept: [], reject: a ? [a.id] : [] });
    await c.act();
    const next = await this.say(c, text);
    const ids = (f: Frame) => ((f.options as Attr[] | undefined) ?? []).map((o) => o.id).join();
    const same = next.type === "question" && next.kind === before.kind && (next.attribute as Attr | undefined)?.id === a?.id && ids(next) === ids(before);
    return { honoured: same, detail: `asked ${a?.name ?? before.kind} before; -> ${next.type} ${(next.attribute as Attr | undefined)?.name ?? next.code ?? ""}` };
  }

  private async restart(c: ChatClient, text: string): Promise<Outcome> {
    await this.toSlate(c, "a horror movie from the 80s", "Evil Dead II (Dead by Dawn) (1987)");
    const next = await this.say(c, text);
    if (next.type !== "question" || next.kind !== "open") return { honoured: false, detail: `-> ${next.type} ${next.kind ?? next.code ?? ""}` };
    // The new conversation is not held to horror: a comedy opening gets comedies, not horror comedies only.
    const slate = await this.toSlate(c, "a romantic comedy", "Notting Hill (1999)");
    const horror = this.genre("Horror");
    const held = (slate.items as Card[]).filter((k) => this.holds(k.id, horror)).length;
    return { honoured: held < (slate.items as Card[]).length, detail: `${held} horror cards after restarting` };
  }
}
