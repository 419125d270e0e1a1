import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import { rowHas } from "../../graph/types.ts";
import { answerUntilSlate, ChatClient, type Frame, freshDb, openWith, prepareWorkspace, type ServerProcess, startServer } from "./helpers.ts";

/**
 * Replies as people type them. To a slate: a position, a yes, a title or a part of one ends the conversation
 * with that item; "show me more" and its kin, or "more like the third one", get another slate. To a question, "doesn't
 * matter" and its kin move on to another question and never bring that one back.
 */
type Card = { id: number; title: string; path: { kind: string; id: number | null }[] };

/** Reply -> the 1-based position of the card it takes (0: the last one). */
const TAKES: [string, number][] = [
  ["the second one", 2],
  ["number 3", 3],
  ["the last one", 0],
  ["that first one", 1],
  ["#2", 2],
  ["I'll go with the 4th", 4],
  ["number two please", 2],
  ["3", 3],
  ["yes", 1],
  ["sure", 1],
  ["I'll take it", 1],
  ["sounds good", 1],
  ["ok", 1],
  ["I'll check it out! Thanks :)", 1],
];
const ELSE = ["show me more", "none of these", "something else", "nah, anything else?", "not these", "different ones please"];

let server: ServerProcess;
let holds: (item: number, attr: number) => boolean;
let film: number;
let titleIndex: (title: string) => number;
let genreOf: (name: string) => number;
let tagIndex: (name: string) => number;

beforeAll(async () => {
  const workspace = await prepareWorkspace();
  const g = loadGraph(workspace);
  holds = (item, attr) => rowHas(g.itemAttrs, item, attr);
  film = g.itemTitle.indexOf("Toy Story (1995)");
  titleIndex = (title) => g.itemTitle.indexOf(title);
  genreOf = (name) => g.attrName.findIndex((n, a) => n === name && g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]] === "genre");
  tagIndex = (name) => g.attrName.findIndex((n, a) => n === name && g.typeNames[g.attrTypes.ids[g.attrTypes.offsets[a]]] === "tag");
  // Replies come faster than a person types them: the address budget is raised.
  server = await startServer({ db: freshDb("replies"), args: ["--address-rate", "1000", "--address-burst", "1000"] });
}, 120_000);
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

/** Answers questions as someone after films like Toy Story until a slate comes. */
async function answerToSlate(c: ChatClient, first: Frame): Promise<Frame> {
  const act = await answerUntilSlate(c, first, (a) => holds(film, a));
  expect(act.type).toBe("recommendations");
  return act;
}

async function slate(): Promise<{ c: ChatClient; cards: Card[] }> {
  const { c, act: first } = await openWith(server.wsUrl, "an animated comedy please");
  const act = await answerToSlate(c, first);
  return { c, cards: act.items as Card[] };
}

describe("replies to a slate", () => {
  it("a position, a yes or a title ends the conversation with that item, named in the reply", async () => {
    for (const [text, position] of TAKES) {
      const { c, cards } = await slate();
      expect(cards.length, text).toBeGreaterThanOrEqual(4);
      const chosen = cards[position === 0 ? cards.length - 1 : position - 1];
      c.send({ type: "message", text });
      const { act } = await c.act();
      expect(act, text).toMatchObject({ type: "end", reason: "accepted", itemId: chosen.id });
      expect(act.text as string, text).toContain(chosen.title);
      c.close();
    }
  }, 120_000);

  it("a title, or a distinctive word of one, takes that item", async () => {
    const { c, cards } = await slate();
    const third = cards[2];
    c.send({ type: "message", text: `${third.title.replace(/ \(\d{4}\)$/, "")} please` });
    expect((await c.act()).act).toMatchObject({ type: "end", reason: "accepted", itemId: third.id });
    c.close();

    // A word of one title that no other card's title holds ("the Shrek one").
    const next = await slate();
    const words = next.cards.map((card) => new Set(card.title.toLowerCase().replace(/\(\d{4}\)/, "").split(/[^a-z]+/).filter((w) => w.length >= 5)));
    const k = words.findIndex((ws, i) => [...ws].some((w) => words.every((other, j) => j === i || !other.has(w))));
    expect(k).toBeGreaterThanOrEqual(0);
    const word = [...words[k]].find((w) => words.every((other, j) => j === k || !other.has(w)))!;
    next.c.send({ type: "message", text: `the ${word} one` });
    expect((await next.c.act()).act, word).toMatchObject({ type: "end", reason: "accepted", itemId: next.cards[k].id });
    next.c.close();
  }, 120_000);

  it("'show me more' and its kin reject the slate: none of its items comes back", async () => {
    for (const text of [...ELSE, "not the second one"]) {
      const { c, cards } = await slate();
      c.send({ type: "message", text });
      const next = await answerToSlate(c, (await c.act()).act);
      const again = (next.items as Card[]).filter((card) => cards.some((old) => old.id === card.id));
      expect(again.map((card) => card.title), text).toEqual([]);
      c.close();
    }
  }, 120_000);

  it("'I've seen the second one' is no pick: the conversation goes on, and that one does not come back", async () => {
    const { c, cards } = await slate();
    c.send({ type: "message", text: "I've seen the second one" });
    const next = await answerToSlate(c, (await c.act()).act);
    expect((next.items as Card[]).map((card) => card.id)).not.toContain(cards[1].id);
    c.close();
    // Held in Chromium: "seen 1 and 2 already" kept only the first out.
    for (const [text, positions] of [["seen 1 and 2 already", [1, 2]], ["we've seen the first two", [1, 2]], ["seen the last two already", [9, 10]]] as const) {
      const two = await slate();
      two.c.send({ type: "message", text });
      const after = await answerToSlate(two.c, (await two.c.act()).act);
      for (const p of positions) expect((after.items as Card[]).map((card) => card.id), text).not.toContain(two.cards[p - 1].id);
      two.c.close();
    }
  }, 60_000);

  it("'I have seen that one several times!' is about the featured card, and 'I won't watch it' takes nothing", async () => {
    const { c, cards } = await slate();
    c.send({ type: "message", text: "I have seen that one several times!" });
    const next = await answerToSlate(c, (await c.act()).act);
    expect((next.items as Card[]).map((card) => card.id)).not.toContain(cards[0].id);
    c.close();
    for (const text of ["I won't watch it", "i wouldnt watch that one", "the first one is not for me"]) {
      const again = await slate();
      again.c.send({ type: "message", text });
      const f = await again.c.next();
      expect(f.type === "end" || (f.type === "error" && f.code !== "not_understood"), text).toBe(false);
      again.c.close();
    }
  }, 60_000);

  it("'Yes I have seen both of them, great movies' likes every card: the next slate holds none of them", async () => {
    const { c, cards } = await slate();
    c.send({ type: "message", text: "Yes I have seen both of them, great movies" });
    const { act } = await c.act();
    expect(act.type).toBe("recommendations");
    const liked = ((act.understood as { items: { id: number; opinion: string }[] }).items ?? []).filter((i) => i.opinion === "liked").map((i) => i.id);
    expect(liked.sort((a, b) => a - b)).toEqual(cards.map((k) => k.id).sort((a, b) => a - b));
    expect((act.items as Card[]).some((k) => cards.some((old) => old.id === k.id))).toBe(false);
    c.close();
  }, 60_000);

  it("'I haven't seen either of those' is told the slate still stands, and it does", async () => {
    const { c, cards } = await slate();
    c.send({ type: "message", text: "Oh I havent seen either of those!" });
    const error = await c.next();
    expect(error).toMatchObject({ type: "error", code: "not_understood" });
    expect(error.message as string).toMatch(/^Then they are all new to you: pick one/);
    c.send({ type: "message", text: "the second one" });
    expect((await c.act()).act).toMatchObject({ type: "end", reason: "accepted", itemId: cards[1].id });
    c.close();
  }, 60_000);

  it("'the second one' to a question asked after a slate takes that slate's second card, still on screen; 'yes' still answers the question", async () => {
    // Seen the featured card, until the policy asks a question instead of showing a slate.
    const toQuestion = async () => {
      let { c, cards } = await slate();
      for (let i = 0; i < 6; i++) {
        c.send({ type: "message", text: "I've seen the first one" });
        const act = (await c.act()).act;
        if (act.type === "question") return { c, cards };
        cards = act.items as Card[];
      }
      throw new Error("no question came after a slate");
    };
    const { c, cards } = await toQuestion();
    c.send({ type: "message", text: "the second one" });
    expect((await c.act()).act).toMatchObject({ type: "end", reason: "accepted", itemId: cards[1].id });
    c.close();

    const again = await toQuestion();
    again.c.send({ type: "message", text: "yes" });
    expect((await again.c.act()).act.type).not.toBe("end");
    again.c.close();

    // Asking why one of that slate's cards was picked explains it; the question still stands and takes its answer.
    const why = await toQuestion();
    why.c.send({ type: "message", text: "wait, why the second one?" });
    const aside = await why.c.next();
    expect(aside).toMatchObject({ type: "explanation", itemId: why.cards[1].id });
    expect(String(aside.text)).toContain(why.cards[1].title);
    expect((await why.c.next()).type).toBe("done");
    why.c.send({ type: "message", text: "no" });
    expect((await why.c.act()).act.type).not.toBe("end");
    why.c.close();

    // Liking a card of that slate steers the next one by it: a slate of films like it, without it.
    const liked = await toQuestion();
    liked.c.send({ type: "message", text: "I loved that first one, anything close?" });
    const next = (await liked.c.act()).act;
    expect(next.type).toBe("recommendations");
    const items = next.items as Card[];
    expect(items.map((card) => card.id)).not.toContain(liked.cards[0].id);
    expect(items.some((card) => card.path.some((step) => step.kind === "similar-items" && step.id === liked.cards[0].id))).toBe(true);
    liked.c.close();
  }, 60_000);

  it("'more like the third one' gets a slate of films like it at once, without it", async () => {
    const { c, cards } = await slate();
    const third = cards[2];
    c.send({ type: "message", text: "more like the third one" });
    const next = (await c.act()).act;
    expect(next.type).toBe("recommendations");
    const items = next.items as Card[];
    expect(items.map((card) => card.id)).not.toContain(third.id);
    expect(items.some((card) => card.path.some((step) => step.kind === "similar-items" && step.id === third.id))).toBe(true);
    c.close();
  }, 120_000);
});

describe("asking for films like one moves past the cards on screen", () => {
  // Seen in the browser: "anything like Kill Bill?", then "more like the second one", then "what about something like
  // Die Hard?" brought back seven or eight of the cards just shown each time, Kill Bill: Vol. 2 first in all three.
  it("'more like the second one', 'anything like Die Hard?': no card of the slate on screen comes back", async () => {
    const { c, act: first } = await openWith(server.wsUrl, "anything like Kill Bill?");
    expect(first.type).toBe("recommendations");
    const seen = new Set((first.items as Card[]).map((card) => card.id));
    let last: Card[] = [];
    for (const text of ["more like the second one", "what about something like Die Hard?"]) {
      c.send({ type: "message", text });
      const next = (await c.act()).act;
      expect(next.type, text).toBe("recommendations");
      last = next.items as Card[];
      const ids = last.map((card) => card.id);
      expect(ids.length, text).toBe(10);
      expect(ids.filter((id) => seen.has(id)), text).toEqual([]);
      for (const id of ids) seen.add(id);
    }
    // The film named last leads: its own series comes first.
    expect(last.slice(0, 3).some((card) => card.title.startsWith("Die Hard"))).toBe(true);
    c.close();
  }, 60_000);
});

describe("'What else?', as ReDial seekers ask for more", () => {
  it("to a question brings a slate; on a slate, beside cards seen ('I have seen the first two. What else?'), others", async () => {
    const { c, act: question } = await openWith(server.wsUrl, "Hi I am looking for a movie like Super Troopers");
    expect(question.type).toBe("question");
    c.send({ type: "message", text: "What else?" });
    const first = (await c.act()).act;
    expect(first.type).toBe("recommendations");
    const shown = (first.items as Card[]).map((card) => card.id);
    c.send({ type: "message", text: "I have seen the first two. What else?" });
    const next = (await c.act()).act;
    expect(next.type).toBe("recommendations");
    const ids = (next.items as Card[]).map((card) => card.id);
    expect(ids.length).toBe(10);
    expect(ids.filter((id) => shown.includes(id))).toEqual([]);
    c.close();
  }, 60_000);
});

describe("why a card that resembles a liked film", () => {
  it("a card no nearer to the film named says what it shares with it, not 'it ranks high for you'", async () => {
    const { c, act: first } = await openWith(server.wsUrl, "anything like The Lord of the Rings?");
    expect(first.type).toBe("recommendations");
    // Past the film's nearest neighbours, a few slates on.
    type Stepped = Omit<Card, "path"> & { path: { kind: string; id: number | null; relation?: string }[] };
    let cards: Stepped[] = [];
    let k = -1;
    for (let n = 0; n < 5 && k < 0; n++) {
      c.send({ type: "message", text: "show me more" });
      cards = (await c.act()).act.items as Stepped[];
      k = cards.findIndex((card) => card.path.some((step) => step.kind === "similar-items" && !step.relation?.startsWith("like ")));
    }
    expect(k).toBeGreaterThanOrEqual(0);
    const step = cards[k].path.find((s) => s.kind === "similar-items")!;
    expect(step.relation).toMatch(/^(a|an|from|tagged) .+ like The Lord of the Rings: The Fellowship of the Ring \(2001\), which you liked$/);
    c.send({ type: "message", text: `why number ${k + 1}?` });
    const why = await c.next();
    expect(why.type).toBe("explanation");
    expect(String(why.text)).toContain(`because it is ${step.relation}`);
    expect(String(why.text)).not.toContain("ranks high for you");
    c.close();
  }, 60_000);

  it("names that film once: the reason and the card's justification do not say it twice", async () => {
    const { c, cards } = await slate();
    c.send({ type: "message", text: "more like the third one" });
    const next = (await c.act()).act;
    const items = next.items as Card[];
    const k = items.findIndex((card) => card.path.some((step) => step.kind === "similar-items"));
    expect(k).toBeGreaterThanOrEqual(0);
    const anchor = cards[2].title;
    c.send({ type: "message", text: `why number ${k + 1}?` });
    const why = await c.next();
    expect(why.type).toBe("explanation");
    expect(String(why.text)).toContain(items[k].title);
    expect(String(why.text).split(anchor).length - 1, String(why.text)).toBe(1);
    c.close();
  }, 120_000);

  it("names a film whose catalog title ends in its article once too ('Godfather, The' is said 'The Godfather')", async () => {
    const { c, act } = await openWith(server.wsUrl, "hi! loved the godfather, anything along those lines?");
    expect(act.type).toBe("recommendations");
    const items = act.items as Card[];
    const k = items.findIndex((card) => card.path.some((step) => step.kind === "similar-items"));
    expect(k).toBeGreaterThanOrEqual(0);
    c.send({ type: "message", text: `why number ${k + 1}?` });
    const why = await c.next();
    expect(why.type).toBe("explanation");
    expect(String(why.text).split("The Godfather (1972)").length - 1, String(why.text)).toBe(1);
    c.close();
  }, 60_000);
});

describe("several cards wanted at once", () => {
  it("'3 and 7 look good' asks which one, the slate still answerable; '7' then takes the seventh", async () => {
    for (const [text, positions] of [["3 and 7 look good", [3, 7]], ["ooh 2, 5 and 9 all sound fun", [2, 5, 9]]] as const) {
      const { c, cards } = await slate();
      c.send({ type: "message", text });
      const asked = await c.next();
      expect(asked.type, text).toBe("error");
      expect(asked.code).toBe("not_understood");
      for (const p of positions) expect(String(asked.message), text).toContain(String(p));
      const last = positions[positions.length - 1];
      c.send({ type: "message", text: String(last) });
      const { act } = await c.act();
      expect(act).toMatchObject({ type: "end", itemId: cards[last - 1].id });
      c.close();
    }
  }, 60_000);
});

describe("a question about what a card is", () => {
  it("'is the 3rd one sad?', 'is it a comedy?' are answered from what the catalog holds of that card, 'it' the card asked about last", async () => {
    const { c, cards } = await slate();
    const asks: [string, number, number][] = [
      ["is the 3rd one sad?", 2, tagIndex("sad")],
      ["is it a comedy?", 2, genreOf("Comedy")],
      ["hmm is number 5 a musical?", 4, genreOf("Musical")],
      ["is it animated?", 4, genreOf("Animation")],
    ];
    for (const [text, k, attr] of asks) {
      expect(attr, text).toBeGreaterThanOrEqual(0);
      c.send({ type: "message", text });
      const why = await c.next();
      expect(why).toMatchObject({ type: "explanation", itemId: cards[k].id });
      // The answer comes first, yes or no as the catalog has it, then why the card was picked.
      expect(String(why.text), text).toMatch(new RegExp(`^${holds(cards[k].id, attr) ? "Yes" : "No"}, ${cards[k].title.replace(/[()?.*+]/g, "\\$&")} is ${holds(cards[k].id, attr) ? "" : "not "}marked`));
      expect(String(why.text), text).toMatch(/I picked it because/);
      await c.next();
    }
    c.close();
  }, 120_000);
});

describe("a question about a card in a word the catalog has no attribute for", () => {
  it("'is the 2nd one gory?' is answered from the card's violent tags, else its violent genres, else no", async () => {
    const { c } = await openWith(server.wsUrl, "a thriller from the 90s");
    c.send({ type: "message", text: "lemme see some" });
    const cards = (await c.act()).act.items as Card[];
    const tags = ["violence", "violent", "bloody", "brutality", "gore", "brutal"].map(tagIndex).filter((a) => a >= 0);
    const genres = ["Action", "Thriller", "Crime", "Horror", "War"].map(genreOf);
    expect(tags.length).toBeGreaterThan(0);
    for (const k of [0, 1, 2]) {
      c.send({ type: "message", text: `is number ${k + 1} gory?` });
      const why = await c.next();
      expect(why).toMatchObject({ type: "explanation", itemId: cards[k].id });
      const title = cards[k].title;
      const expected = tags.some((a) => holds(cards[k].id, a))
        ? `Yes, ${title} is marked “`
        : genres.some((a) => holds(cards[k].id, a))
          ? `Nothing on ${title} says “gory”, but it is marked `
          : `No, nothing on ${title} says “gory”.`;
      expect(String(why.text).startsWith(expected), String(why.text)).toBe(true);
      await c.next();
    }
    c.close();
  }, 60_000);
});

describe("a question about a card explained under a later question", () => {
  it("'what's 5 about?' then 'is it a comedy?' answers of that card, not wanting comedies; the question still stands", async () => {
    const { c } = await openWith(server.wsUrl, "a thriller from the 90s");
    c.send({ type: "message", text: "lemme see some" });
    const cards = (await c.act()).act.items as Card[];
    c.send({ type: "message", text: "seen 1 and 2 already" });
    const question = (await c.act()).act;
    expect(question.type).toBe("question");
    c.send({ type: "message", text: "whats 5 about" });
    expect(await c.next()).toMatchObject({ type: "explanation", itemId: cards[4].id });
    await c.next();
    const comedy = genreOf("Comedy");
    c.send({ type: "message", text: "is it a comedy?" });
    const why = await c.next();
    expect(why).toMatchObject({ type: "explanation", itemId: cards[4].id });
    expect(String(why.text)).toMatch(new RegExp(`^${holds(cards[4].id, comedy) ? "Yes" : "No"}, `));
    await c.next();
    // The question is still the latest act: a yes answers it.
    if (question.kind === "yesno") {
      c.send({ type: "message", text: "yes" });
      const next = (await c.act()).act;
      expect((next.understood as { accepted: { id: number }[] }).accepted.map((a) => a.id)).toEqual([(question.attribute as { id: number }).id]);
    }
    c.close();
  }, 120_000);
});

describe("a film from outside the slate", () => {
  it("said in passing beside a critique is an aside: the critique is done, not a slate like that film", async () => {
    const { c, cards } = await slate();
    const animation = cards.length > 0 ? genreOf("Animation") : -1;
    expect(cards.some((card) => holds(card.id, animation))).toBe(true);
    c.send({ type: "message", text: "We just watched The Notebook last night so less animation please." });
    const next = (await c.act()).act;
    expect(next.type).toBe("recommendations");
    const items = next.items as Card[];
    expect(items.filter((card) => holds(card.id, animation)), String(next.text)).toEqual([]);
    expect(items.some((card) => card.path.some((step) => step.kind === "similar-items"))).toBe(false);
    c.close();
  }, 60_000);

  it("'something similar to Shrek' on a slate gets a slate at once, steered by it and without it", async () => {
    const { c, cards } = await slate();
    // The first of these the slate does not show.
    const title = ["Shrek (2001)", "Ice Age (2002)", "Madagascar (2005)", "Kung Fu Panda (2008)", "Chicken Run (2000)"].find((t) => !cards.some((card) => card.id === titleIndex(t)))!;
    const shrek = titleIndex(title);
    c.send({ type: "message", text: `hmm, something similar to ${title.replace(/ \(\d{4}\)$/, "")}?` });
    const next = (await c.act()).act;
    expect(next.type).toBe("recommendations");
    const items = next.items as Card[];
    expect(items.map((card) => card.id)).not.toContain(shrek);
    expect(items.some((card) => card.path.some((step) => step.kind === "similar-items" && step.id === shrek))).toBe(true);
    c.close();
  }, 60_000);
});

describe("indifference to a question", () => {
  it("'doesn't matter' and its kin get another question, never one asked before", async () => {
    const c = await ChatClient.open(server.wsUrl);
    c.send({ type: "hello" });
    await c.next();
    await c.act();
    c.send({ type: "message", text: "a comedy please" });
    let act = (await c.act()).act;
    const asked: number[] = [];
    for (const text of ["doesn't matter", "no preference", "either", "whatever", "I don't know", "not sure", "don't care"]) {
      expect(act.type, text).toBe("question");
      const id = (act.attribute as { id: number }).id;
      expect(asked, text).not.toContain(id);
      asked.push(id);
      c.send({ type: "message", text });
      act = (await c.act()).act;
      // The reply says the question is dropped before asking the next.
      expect(act.text as string, text).toMatch(/^(No problem, I'll leave that out\.|Fine, that doesn't matter then\.|OK, I won't ask about that again\.) /);
    }
    expect(act.type).toBe("question");
    expect(asked).not.toContain((act.attribute as { id: number }).id);
    c.close();
  }, 60_000);
});
