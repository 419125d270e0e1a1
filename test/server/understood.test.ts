import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../graph/workspace.ts";
import { rowHas } from "../../graph/types.ts";
import { answerUntilSlate, ChatClient, freshDb, prepareWorkspace, startServer, toSlate, type Frame, type ServerProcess } from "./helpers.ts";

/**
 * The reply to a free-text message says back what it took from it, in words and as `understood` (the chips a
 * widget shows); a structured answer, which the client built itself, gets neither.
 */
type Understood = { accepted: { id: number; name: string }[]; rejected: { id: number; name: string }[]; items: { id: number; title: string; opinion: string }[] };

let server: ServerProcess;
let holds: (item: number, attr: number) => boolean;
let attr: (name: string) => number;
let title: (name: string) => number;

beforeAll(async () => {
  const workspace = await prepareWorkspace();
  const g = loadGraph(workspace);
  holds = (item, a) => rowHas(g.itemAttrs, item, a);
  attr = (name) => g.attrName.indexOf(name);
  title = (name) => g.itemTitle.indexOf(name);
  server = await startServer({ db: freshDb("understood"), args: ["--address-rate", "1000", "--address-burst", "1000"] });
}, 120_000);
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

async function opened(): Promise<ChatClient & { sessionId: string }> {
  const c = await ChatClient.open(server.wsUrl);
  c.send({ type: "hello" });
  const { sessionId } = await c.next();
  await c.act();
  return Object.assign(c, { sessionId: sessionId as string });
}

async function say(c: ChatClient, text: string): Promise<Frame> {
  c.send({ type: "message", text });
  return (await c.act()).act;
}

describe("what was understood is said back", () => {
  it("an opening with genres, a decade and a refusal: echoed first, carried as chips, and honoured by the slates", async () => {
    const c = await opened();
    const act = await say(c, "something funny from the 90s, not horror");
    const u = act.understood as Understood;
    expect(u.accepted.map((a) => a.name).sort()).toEqual(["1990s", "Comedy"]);
    expect(u.rejected.map((a) => a.name)).toEqual(["Horror"]);
    expect(u.items).toEqual([]);
    expect(act.text as string).toMatch(/^(Comedy, 1990s|1990s, Comedy), no Horror\. /);
    // The next slate keeps to what was echoed.
    let next = act;
    for (let i = 0; i < 15 && next.type === "question"; i++) {
      c.send({ type: "answer", questionId: next.questionId, accept: [], reject: next.kind === "yesno" ? [(next.attribute as { id: number }).id] : [] });
      next = (await c.act()).act;
    }
    expect(next.type).toBe("recommendations");
    for (const card of next.items as { id: number }[]) {
      expect(holds(card.id, attr("Comedy"))).toBe(true);
      expect(holds(card.id, attr("1990s"))).toBe(true);
      expect(holds(card.id, attr("Horror"))).toBe(false);
    }
    c.close();
  });

  it("'something like Heat but less violent' likes Heat and turns down every violent genre, not only the first", async () => {
    const c = await opened();
    const act = await say(c, "something like Heat but less violent");
    const u = act.understood as Understood;
    expect(u.items).toEqual([{ id: title("Heat (1995)"), title: expect.stringContaining("Heat"), opinion: "liked" }]);
    for (const genre of ["Action", "Thriller", "Crime", "War"]) expect(u.rejected.map((a) => a.name)).toContain(genre);
    // Said back short: the first three and "the like", not all of them.
    expect(act.text as string).toMatch(/^No Action, Thriller, Crime and the like, like Heat \(1995\)\. /);
    c.close();
  });

  it("'thrillers but nothing too gory' turns down the violent rest, never what it asks for (held in Chromium)", async () => {
    const c = await opened();
    const act = await say(c, "hi, something for date night, we both like thrillers but nothing too gory");
    const u = act.understood as Understood;
    expect(u.accepted.map((a) => a.name)).toContain("Thriller");
    expect(u.rejected.map((a) => a.name)).toContain("Horror");
    expect(u.rejected.map((a) => a.name.toLowerCase())).not.toContain("thriller");
  });

  it("films named with an opinion come back as liked and disliked items", async () => {
    const c = await opened();
    const act = await say(c, "I loved The Matrix but Titanic was boring");
    const u = act.understood as Understood;
    expect(u.items).toEqual([
      { id: title("Matrix, The (1999)"), title: expect.stringContaining("Matrix"), opinion: "liked" },
      { id: title("Titanic (1997)"), title: expect.stringContaining("Titanic"), opinion: "disliked" },
    ]);
    expect(act.text as string).toMatch(/^Like The Matrix \(1999\), not like Titanic \(1997\)\. /);
    c.close();
  });

  it("two films liked are said back as one pair, an age beside them as the range it wants", async () => {
    const c = await opened();
    let act = await say(c, "I loved The Matrix and Inception");
    expect(act.text as string).toMatch(/^Like The Matrix \(1999\) and Inception \(2010\)\. /);
    c.close();
    const d = await opened();
    act = await say(d, "something like Toy Story but older");
    expect(act.text as string).toMatch(/^Something from the 1980s or earlier, like Toy Story \(1995\)\. /);
    expect((act.understood as Understood).accepted.map((a) => a.name)).toEqual(["1980s"]);
    d.close();
  });

  it("a structured answer is not echoed, and a reply to a question by text is", async () => {
    const c = await opened();
    let act = await say(c, "a comedy");
    expect(act.type).toBe("question");
    for (let i = 0; i < 5 && act.kind !== "yesno"; i++) {
      c.send({ type: "answer", questionId: act.questionId, accept: [], reject: [] });
      act = (await c.act()).act;
      expect(act.understood).toBeUndefined();
    }
    expect(act.kind).toBe("yesno");
    const asked = act.attribute as { id: number; name: string };
    act = await say(c, "nah not really");
    expect((act.understood as Understood).rejected).toEqual([expect.objectContaining({ id: asked.id, name: asked.name })]);
    expect(act.text as string).toMatch(new RegExp(`^No ${asked.name.replace(/[()]/g, "\\$&")}\\. `));
    // A sound made before the answer, as people type one (seen in Chromium: "eh not really" was refused).
    for (const [text, said] of [["eh not really", "rejected"], ["hmm, yeah sure", "accepted"]] as const) {
      expect(act.kind, text).toBe("yesno");
      const next = act.attribute as { id: number; name: string };
      act = await say(c, text);
      expect((act.understood as Understood)[said], text).toEqual([expect.objectContaining({ id: next.id })]);
    }
    c.close();
  });

  it("a chip taken back (a critique without an item) lifts what was said without turning it around", async () => {
    const c = await opened();
    let act = await say(c, "a comedy from the 90s");
    const comedy = (act.understood as Understood).accepted.find((a) => a.name === "Comedy")!;
    c.send({ type: "critique", attributeId: comedy.id, direction: "less" });
    act = (await c.act()).act;
    expect(act.text as string).toMatch(/^OK, I won't hold you to Comedy\. /);
    for (let i = 0; i < 15 && act.type === "question"; i++) {
      c.send({ type: "answer", questionId: act.questionId, accept: [], reject: [] });
      act = (await c.act()).act;
    }
    expect(act.type).toBe("recommendations");
    const cards = act.items as { id: number }[];
    // Still the 1990s; no longer only comedies, and not kept away from them either.
    expect(cards.every((k) => holds(k.id, attr("1990s")))).toBe(true);
    expect(cards.some((k) => !holds(k.id, attr("Comedy")))).toBe(true);
    expect(cards.some((k) => holds(k.id, attr("Comedy")))).toBe(true);
    c.close();
  });

  it("'less romance' on a slate keeps out the genre and the tag of that name", async () => {
    const c = await opened();
    const slate = await toSlate(c, await say(c, "a comedy from the 90s"));
    expect(slate.type).toBe("recommendations");
    const act = await say(c, "less romance please");
    expect(act.type).toBe("recommendations");
    expect((act.understood as Understood).rejected.map((a) => a.name).sort()).toEqual(["Romance", "romance"]);
    for (const card of act.items as { id: number }[]) {
      expect(holds(card.id, attr("Romance"))).toBe(false);
      expect(holds(card.id, attr("romance"))).toBe(false);
    }
    c.close();
  });

  it("'show me more' on a slate is a new slate of others; 'not feeling these' to a question asked after a slate turns that slate down", async () => {
    const c = await opened();
    const first = await toSlate(c, await say(c, "any good sci fi from the 80s? not horror"));
    expect(first.type).toBe("recommendations");
    const more = await say(c, "show me more");
    expect(more.type).toBe("recommendations");
    const firstIds = (first.items as { id: number }[]).map((k) => k.id);
    expect((more.items as { id: number }[]).filter((k) => firstIds.includes(k.id))).toEqual([]);
    // Turned down by the buttons (none of these, keep going): the policy asks a question after it.
    const shown = (more.items as { id: number }[]).map((k) => k.id);
    c.send({ type: "answer", questionId: more.questionId, accept: [], reject: shown });
    const question = (await c.act()).act;
    expect(question.type).toBe("question");
    const next = await say(c, "are there any others? not feeling these");
    expect(next.type).toBe("recommendations");
    expect((next.items as { id: number }[]).filter((k) => shown.includes(k.id) || firstIds.includes(k.id))).toEqual([]);
    c.close();
  });

  it("every film of what was asked for turned down ('a feel good movie', four films, then 'show me more') is no dead end: the nearest others, said so", async () => {
    const c = await opened();
    const first = await say(c, "a feel good movie for a rainy sunday");
    expect(first.type).toBe("recommendations");
    const tagged = (first.items as { id: number }[]).map((k) => k.id);
    expect(tagged.every((i) => holds(i, attr("feel-good")))).toBe(true);
    expect(tagged.length).toBeLessThan(10);
    const next = await say(c, "show me more");
    expect(next.type).toBe("recommendations");
    const cards = next.items as { id: number }[];
    expect(cards.length).toBe(10);
    expect(cards.filter((k) => tagged.includes(k.id))).toEqual([]);
    expect(next.text as string).toMatch(/^That was everything I have for “feel-good”/);
    // The slate's own words say nothing its cards do not all hold.
    expect(next.text as string).not.toMatch(/films tagged/);
    c.close();
  });

  it("answers that narrowed the films to a slate now passed over ('a silly comedy', two films, then 'I loved 50 First Dates') are no dead end", async () => {
    // Held in Chromium, as a ReDial seeker talks: the answer to the first question left two films, and liking a film
    // from outside them ended the conversation ("I've run out of good suggestions").
    const c = await opened();
    const question = await say(c, "hi how are you? Can you help me find a movie today?");
    expect(question.type).toBe("question");
    const first = await say(c, "I am in the mood to watch a comedy. I like slapstick, silly movies.");
    expect(first.type).toBe("recommendations");
    const shown = (first.items as { id: number }[]).map((k) => k.id);
    expect(shown.every((i) => holds(i, attr("silly")))).toBe(true);
    const next = await say(c, "I really liked 50 First Dates");
    expect(next.type).toBe("recommendations");
    const cards = (next.items as { id: number }[]).map((k) => k.id);
    expect(cards.length).toBe(10);
    expect(cards.filter((i) => shown.includes(i))).toEqual([]);
    // Still comedies, as answered.
    expect(cards.filter((i) => holds(i, attr("Comedy"))).length).toBeGreaterThanOrEqual(8);
    c.close();
  });

  it("a rare wish beside a film loved ('epic movies? The Lord of the Rings is my favorite'): its few films, then the film's nearest others", async () => {
    const c = await opened();
    const act = await say(c, "Hello! What kind of epic movies can you recommend? The Lord of the Rings is my favorite of all time");
    expect(act.type).toBe("recommendations");
    const cards = act.items as { id: number; title: string }[];
    expect(cards).toHaveLength(10);
    const epic = cards.filter((k) => holds(k.id, attr("epic")));
    expect(epic.length).toBeGreaterThan(0);
    expect(cards.slice(0, epic.length)).toEqual(epic);
    // Kept to "epic" alone, the Lord of the Rings' own sequels never showed.
    expect(cards.some((k) => k.title.includes("Lord of the Rings") && !k.title.includes("Fellowship"))).toBe(true);
    c.close();
  });

  it("an opening that names nothing ('Hi, I'm looking for a good movie') is asked about, not refused", async () => {
    const c = await opened();
    const act = await say(c, "Hi, I'm looking for a good movie");
    expect(act.type).toBe("question");
    expect(["yesno", "choice"]).toContain(act.kind);
    expect(act.understood).toBeUndefined();
    c.close();
  });

  it("openings that ask for anything, as ReDial seekers type them (misspellings too), are asked about", async () => {
    const open = ["i'm open to any movie", "Can you please reccomend a movie", "Any recomendations for a good movie?", "Whats a good movie to watch"];
    for (const text of [...open, "All kinds!", "a bit of everything", "whatever you think is good", "skip the questions, what do you have?"]) {
      const c = await opened();
      const act = await say(c, text);
      expect(act.type, text).toBe("question");
      c.close();
    }
  });

  it("a wish list too few films hold all of is no dead end: the rare wishes lean the ranking, the rest hold, and the reply says so", async () => {
    // Answered as someone after a film that holds the leaning (how the leaning ranks: test/dialogue/stated.test.ts).
    for (const [text, kept, leaning, after] of [
      ["Can you tell me any black and white romance classics I can watch this weekend?", "Romance", ["classic", "black and white"], "Manhattan (1979)"],
      ["I like silly comedies like Daddy's Home.", "Comedy", ["silly"], "Blazing Saddles (1974)"],
    ] as const) {
      const c = await opened();
      const act = await say(c, text);
      expect(act.type, text).not.toBe("end");
      expect(act.text as string, text).toContain(`so I'll lean towards ${leaning.map((t) => `“${t}”`).join(" and ")} rather than require it`);
      const slate = await answerUntilSlate(c, act, (a) => holds(title(after), a));
      const cards = slate.items as { id: number }[];
      expect(cards.length, text).toBeGreaterThanOrEqual(3);
      for (const k of cards) expect(holds(k.id, attr(kept)), `${text}: card ${k.id} of ${cards.length}`).toBe(true);
      // The slate takes an answer like any other.
      const end = await say(c, "the first one");
      expect(end, text).toMatchObject({ type: "end", reason: "accepted", itemId: cards[0].id });
      c.close();
    }
  });

  it("asking outright for picks ('any good thrillers?') gets a slate at once, holding what was asked; saying a taste gets a question", async () => {
    for (const [text, genre] of [
      ["any good thrillers?", "Thriller"],
      ["Do you know any good romance movies?", "Romance"],
      ["Can you recommend a horror movie from the 80s?", "Horror"],
      ["any popular horror movies?", "Horror"],
    ] as const) {
      const c = await opened();
      const act = await say(c, text);
      expect(act.type, text).toBe("recommendations");
      const cards = act.items as { id: number }[];
      expect(cards.length, text).toBe(10);
      for (const k of cards) expect(holds(k.id, attr(genre)), text).toBe(true);
      c.close();
    }
    // Films named with "got anything similar?": a slate at once, of neither film.
    const named = await opened();
    const similar = await say(named, "i hated titanic but loved the notebook, got anything similar?");
    expect(similar.type).toBe("recommendations");
    const ids = (similar.items as { id: number }[]).map((k) => k.id);
    expect(ids).not.toContain(title("Notebook, The (2004)"));
    expect(ids).not.toContain(title("Titanic (1997)"));
    named.close();
    const c = await opened();
    expect((await say(c, "I like comedies")).type).toBe("question");
    c.close();
  });

  it("'what's popular right now?' as an opening or to a question gets a slate at once, nothing said to be skipped", async () => {
    for (const [first, text] of [[null, "what is popular right now?"], ["I like comedies", "whats trending?"]] as const) {
      const c = await opened();
      if (first) expect((await say(c, first)).type).toBe("question");
      const act = await say(c, text);
      expect(act.type, text).toBe("recommendations");
      expect((act.items as unknown[]).length, text).toBe(10);
      expect(String(act.text), text).not.toMatch(/didn't follow/);
      c.close();
    }
  });

  it("a question about the recommender's own viewing ('whats your favorite movie?') is answered as such, and the opening still stands", async () => {
    // ReDial seekers' first words, asked of a human recommender.
    for (const text of ["Hello whats your favorite movie?", "Good Morning what have you seen recently?", "Hello, are you a movie buff?", "Hello what the last movie you saw?"]) {
      const c = await opened();
      c.send({ type: "message", text });
      const error = await c.next();
      expect(error, text).toMatchObject({ type: "error", code: "not_understood" });
      expect(error.message as string, text).toMatch(/^I don't watch films myself, but I can find you something: name a genre/);
      expect((await say(c, "a comedy please")).type, text).toBe("question");
      c.close();
    }
  });

  it("a greeting is greeted back, and the opening question still takes an answer", async () => {
    const more = ["Hi hi", "Heya", "Good and yourself?", "Hi I’m good how are you ?", "Hello there, sir or madame", "I'm doing pretty good! Yourself?"];
    // ReDial seekers' first words, refused before.
    more.push("Hi! How is your weekend?", "Heloo", "Why hello", "i'm fine thank you what about you?", "I am quite fine");
    // Greetings typed however, refused before: "Hhi", "hi ther", "Howdy ho neighbor!".
    more.push("Hhi", "hi ther", "Howdy ho neighbor!", "Hi there sorry I'm here", "Hi! How are yoy");
    for (const text of ["Hi", "Hello!", "Hi! How are you?", "hey there, how's it going?", "Im good, you?", "I am fine thanks and yourself?", ...more]) {
      const c = await opened();
      c.send({ type: "message", text });
      const error = await c.next();
      expect(error, text).toMatchObject({ type: "error", code: "not_understood" });
      expect(error.message as string, text).toMatch(/^Hi! .*mood for/);
      const act = await say(c, "a comedy please");
      expect(act.type, text).toBe("question");
      expect((act.understood as Understood).accepted.map((a) => a.name), text).toEqual(["Comedy"]);
      c.close();
    }
  });

  it("a greeting on a slate is greeted back with what the slate takes, and the slate still stands", async () => {
    for (const [text, lead] of [["Hi!", /^Hi! Say which one/], ["I'm fine how are you?", /^Hi! Say which one/], ["I'm doing well", /^Say which one/]] as const) {
      const c = await opened();
      const slate = await say(c, "any good comedies?");
      expect(slate.type, text).toBe("recommendations");
      c.send({ type: "message", text });
      const error = await c.next();
      expect(error, text).toMatchObject({ type: "error", code: "not_understood" });
      expect(error.message as string, text).toMatch(lead);
      const end = await say(c, "the second one");
      expect(end, text).toMatchObject({ type: "end", reason: "accepted", itemId: (slate.items as { id: number }[])[1].id });
      c.close();
    }
  });

  it("a name the catalog does not know ('movies starring Bill Murray') is named in the refusal, and the opening still stands", async () => {
    const c = await opened();
    c.send({ type: "message", text: "Know any good movies starring Bill Murray?" });
    const error = await c.next();
    expect(error).toMatchObject({ type: "error", code: "not_understood" });
    expect(error.message as string).toMatch(/^I don't know “Bill Murray” in this catalog\. Try a genre/);
    expect((await say(c, "a comedy then")).type).toBe("question");
    c.close();
  });

  it("a farewell ends the conversation ('have a great day' to a question, 'bye, thanks' to a slate); with a pick, the pick ends it", async () => {
    for (const [first, text, reason] of [
      ["a comedy", "have a great day", "left"],
      ["any good comedies?", "bye, thanks", "left"],
      ["any good comedies?", "Well thank you for your time and your suggestions", "left"],
      ["any good comedies?", "I'll watch the first one, bye!", "accepted"],
    ] as const) {
      const c = await opened();
      await say(c, first);
      const end = await say(c, text);
      expect(end, text).toMatchObject({ type: "end", reason });
      expect(end.text as string, text).not.toMatch(/didn't follow/);
      c.close();
    }
    // As the first words of a conversation, "Good night" (a ReDial seeker's opening) greets; it ends nothing.
    const c = await opened();
    c.send({ type: "message", text: "Good night" });
    expect(await c.next()).toMatchObject({ type: "error", code: "not_understood", message: expect.stringMatching(/^Hi! /) });
    c.close();
  });

  it("pointing at a card before any slate says there is nothing to pick from yet", async () => {
    for (const text of ["the second one", "why the first one?", "number 3 please", "y the 3rd?", "ok #2 it is", "is the first one scary? my youngest is 5", "is number 2 funny?", "why is 3 in there?", "5, I guess. lets wrap this up", "how come 4 is on here?", "we both agreed on 3 tbh, but why did you put 3 on there?", "my gf says 5 it is"]) {
      const c = await opened();
      c.send({ type: "message", text });
      const error = await c.next();
      expect(error, text).toMatchObject({ type: "error", code: "not_understood" });
      expect(error.message as string, text).toMatch(/nothing to pick from yet/);
      c.close();
    }
  });

  it("a decade said and reached by a comparative ('feel very 90s, go back a few decades') is understood once; 'They all seem so 90s' on a slate is what the slate is, not a clause skipped", async () => {
    const c = await opened();
    const asked = await say(c, "these all feel very 90s to me, can you go back a few decades?");
    const u = asked.understood as Understood;
    expect(u.accepted.map((a) => a.name)).toEqual(["1990s"]);
    const slate = await toSlate(c, asked);
    c.send({ type: "message", text: "They all seem so 90s. Could you go back a couple of decades?" });
    const next = (await c.act()).act;
    expect(next.type).toBe("recommendations");
    expect(next.text as string).not.toMatch(/didn't follow/);
    const year = (f: Frame) => (f.items as { title: string }[]).map((i) => Number(/\((\d{4})\)\s*$/.exec(i.title)?.[1])).sort((x, y) => x - y)[5];
    expect(year(next)).toBeLessThan(year(slate));
    c.close();
  });

  it("the echo is stored with the act, so a resumed session replays it", async () => {
    const c = await opened();
    const act = await say(c, "an old western");
    const session = c.sessionId;
    c.close();
    const again = await ChatClient.open(server.wsUrl);
    again.send({ type: "hello", sessionId: session, lastSeq: 1 });
    await again.next();
    const replayed = (await again.act()).act;
    expect(replayed).toMatchObject({ type: act.type, seq: act.seq, replay: true, text: act.text, understood: act.understood });
    again.close();
  });
});
