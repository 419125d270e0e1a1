import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "../shared.ts";
import { ensureWidgetBuilt, HAS_CHROMIUM, launchBrowser } from "./browser.ts";
import { startRelay, type Relay } from "./proxy.ts";
import { freshDb, prepareWorkspace, startServer, type ServerProcess } from "../server/helpers.ts";
import { signUserToken } from "../../server/identity.ts";

const SECRET = "widget-secret-0123456789abcdef";

/** Frames as the page saw them, recorded from the widget's `pathwise-frame` events. */
interface Frame {
  type: string;
  seq?: number;
  kind?: string;
  text?: string;
  code?: string;
  message?: string;
  resumed?: boolean;
  replay?: boolean;
  status?: string;
  itemId?: number;
  questionId?: string;
  attribute?: { id: number; name: string };
  options?: { id: number; name: string }[];
  items?: { id: number; title: string; justification: string; attributes: { id: number; name: string }[]; path: unknown[] }[];
}
declare global {
  interface Window {
    pathwiseFrames: Frame[];
  }
}

const ACTS = new Set(["question", "recommendations", "end"]);
const ARTIFACTS = path.join(ROOT, "test", "artifacts");
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Chromium's own line when a socket cannot connect: expected only where a test takes the server away. */
const SOCKET_FAILED = /^WebSocket connection to '.*' failed/;

const TITLE = "<pathwise-chat> in chromium against a real server on MovieLens-small";

describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? TITLE : `${TITLE} (skipped: no chromium on PATH; apt-get install chromium)`, () => {
  let server: ServerProcess;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let chat: Locator;
  const consoleErrors: string[] = [];

  /** A page on the demo, recording frames and console errors. */
  async function openPage(viewport: { width: number; height: number }, errors: string[]): Promise<Page> {
    const p = await browser.context.newPage();
    await p.setViewportSize(viewport);
    p.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    p.on("pageerror", (error) => errors.push(String(error)));
    await p.addInitScript(() => {
      window.pathwiseFrames = [];
      document.addEventListener("pathwise-frame", (event) => window.pathwiseFrames.push((event as CustomEvent).detail));
    });
    return p;
  }

  beforeAll(async () => {
    ensureWidgetBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    await prepareWorkspace();
    [server, browser] = await Promise.all([startServer({ db: freshDb("widget"), env: { PATHWISE_USER_TOKEN_SECRET: SECRET } }), launchBrowser()]);
    page = await openPage(DESKTOP, consoleErrors);
    chat = page.locator("pathwise-chat");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const frames = (p = page) => p.evaluate(() => window.pathwiseFrames);
  /** The first act after `seq`, once rendered (its `done` follows it); an `error` frame fails at once. */
  async function actAfter(seq: number, p = page): Promise<Frame> {
    await p.waitForFunction(
      (after) => window.pathwiseFrames.some((f) => (f.type === "done" && (f.seq ?? 0) > after) || f.type === "error"),
      seq,
      { timeout: 20_000 },
    );
    const seen = await frames(p);
    expect(seen.filter((f) => f.type === "error")).toEqual([]);
    const act = seen.find((f) => ACTS.has(f.type) && (f.seq ?? 0) > seq);
    expect(act, `an act after seq ${seq}`).toBeDefined();
    return act!;
  }
  const lastSlate = async () => (await frames()).filter((f) => f.type === "recommendations").at(-1)!;
  /** The focused element inside the widget: its text, and which act's controls hold it. */
  const focused = (p = page) =>
    p.evaluate(() => {
      const root = document.querySelector("pathwise-chat")!.shadowRoot!;
      const el = root.activeElement as HTMLElement | null;
      const turns = root.querySelectorAll(".log > .turn, .log > .chips");
      return { text: el?.textContent ?? null, tag: el?.tagName ?? null, inLatest: !!el && turns.length > 0 && turns[turns.length - 1].contains(el), cls: el?.className ?? null };
    });
  const input = (c = chat) => c.getByRole("textbox", { name: "Message" });
  const newestSlate = (c = chat) => c.getByRole("list", { name: "Recommendations" }).last();

  /** Answers every question after `act` as a keen user would ("yes", the first option) until a slate comes. */
  async function answerUntilSlate(act: Frame, keyboard: boolean, p = page): Promise<Frame> {
    const c = p.locator("pathwise-chat");
    for (let turn = 0; turn < 15 && act.type === "question"; turn++) {
      const chips = c.getByRole("group", { name: "Quick replies" }).last();
      if (act.kind === "open") {
        await input(c).fill("comedy");
        await input(c).press("Enter");
      } else if (keyboard) {
        // Arrow keys walk the quick replies; Enter presses one.
        keyboard = false;
        await chips.getByRole("button").first().focus();
        await p.keyboard.press("ArrowRight");
        expect((await focused(p)).text).toBe(act.kind === "yesno" ? "No" : act.options![1].name);
        await p.keyboard.press("ArrowLeft");
        expect((await focused(p)).text).toBe(act.kind === "yesno" ? "Yes" : act.options![0].name);
        await p.keyboard.press("Enter");
        if (act.kind === "choice") {
          await chips.getByRole("button", { name: "Done" }).focus();
          await p.keyboard.press("Enter");
        }
      } else if (act.kind === "yesno") {
        await chips.getByRole("button", { name: "Yes", exact: true }).click();
      } else {
        await chips.getByRole("button", { name: act.options![0].name, exact: true }).click();
        await chips.getByRole("button", { name: "Done" }).click();
      }
      act = await actAfter(act.seq!, p);
    }
    expect(act.type).toBe("recommendations");
    return act;
  }

  /** What the conversation shows: every bubble in order, the chosen answers, the ratings and which controls are live. */
  const transcript = () =>
    chat.evaluate((el) => {
      const root = el.shadowRoot!;
      const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
      const log = root.querySelector<HTMLElement>(".log")!;
      return {
        bubbles: all(".msg, .note").map((m) => `${m.classList.contains("user") ? "you" : "bot"}: ${m.textContent}`),
        chosen: all(".chosen").map((b) => b.textContent),
        rated: all(".icon[aria-pressed=true]").map((b) => b.getAttribute("aria-label")),
        livePicks: all<HTMLButtonElement>(".pick:not(:disabled)").map((b) => b.getAttribute("aria-label")),
        liveReplies: all<HTMLButtonElement>("[data-once]:not(:disabled)").length,
        past: all(".past").length,
        picked: all(".card.picked h3").map((h) => h.textContent),
        ended: root.querySelector("form")!.classList.contains("ended"),
        atEnd: log.scrollTop + log.clientHeight >= log.scrollHeight - 2,
      };
    });

  it("serves the widget and its demo page", async () => {
    const script = await fetch(`${server.url}/widget.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    await page.goto(`${server.url}/`);
    await expect.poll(() => chat.locator(".state").textContent()).toBe("Online");
  });

  it("holds a whole conversation to a slate of recommendations, by keyboard and mouse", async () => {
    const opening = await actAfter(0);
    expect(opening).toMatchObject({ type: "question", kind: "open", seq: 1 });
    await expect.poll(() => chat.locator(".msg.sys").first().textContent()).toBe(opening.text);

    await input().fill("a comedy please");
    await input().press("Enter");
    await expect.poll(() => chat.locator(".msg.user").last().textContent()).toBe("a comedy please");
    const slate = await answerUntilSlate(await actAfter(opening.seq!), true);

    const items = slate.items!;
    expect(items.length).toBeGreaterThan(0);
    // Titles as people say them: "The Mighty Ducks (1992)", never the catalog's "Mighty Ducks, The (1992)".
    for (const item of items) expect(item.title).not.toMatch(/, (The|A|An) \(\d{4}\)$/);
    // The intro says what the slate shares; no card's reason is repeated in it.
    for (const item of items) expect(slate.text).not.toContain(item.justification);
    const cards = newestSlate().locator(".card");
    await expect.poll(() => cards.count()).toBe(items.length);
    expect(await cards.locator("h3").first().textContent()).toBe(items[0].title);
    expect(await cards.first().locator(".just").textContent()).toBe(items[0].justification);
    expect(await cards.first().locator(".attr").count()).toBe(items[0].attributes.length);
    expect(await chat.locator(".card:visible").count()).toBe(Math.min(3, items.length));

    // "Why this?" opens the path that produced the item.
    const why = cards.first().getByRole("button", { name: "Why this?" });
    await why.click();
    expect(await why.getAttribute("aria-expanded")).toBe("true");
    expect(await cards.first().locator(".path li:visible").count()).toBe(items[0].path.length);
  });

  it("confirms a like visibly and takes a critique from the keyboard alone, then moves focus to the new act", async () => {
    const slate = await lastSlate();
    const item = slate.items![0];
    // Pinned to this slate: `newestSlate()` moves on with the conversation.
    const slates = chat.getByRole("list", { name: "Recommendations" });
    const first = slates.nth((await slates.count()) - 1).locator(".card").first();

    const like = first.getByRole("button", { name: `I like ${item.title}` });
    await like.click();
    await page.waitForFunction(() => window.pathwiseFrames.some((f) => f.type === "ack"));
    expect(await like.getAttribute("aria-pressed")).toBe("true");
    expect(await first.locator(".rated").textContent()).toBe("✓ You like this");

    // The like button is the rating group's Tab stop; one Tab reaches the tags, one more leaves them.
    const [a0, a1] = item.attributes;
    await like.focus();
    await page.keyboard.press("Tab");
    expect((await focused()).text).toBe(a0.name);
    if (a1) {
      await page.keyboard.press("ArrowRight");
      expect((await focused()).text).toBe(a1.name);
      await page.keyboard.press("ArrowLeft");
    }
    await page.keyboard.press("Tab");
    expect((await focused()).text).toBe("Why this?");
    await page.keyboard.press("Shift+Tab");
    expect((await focused()).text).toBe(a0.name);
    await page.keyboard.press("Enter");
    expect((await focused()).text).toBe("Less of this");
    await page.keyboard.press("Enter");
    await expect.poll(() => chat.locator(".msg.user").last().textContent()).toBe(`Less ${a0.name}, please`);

    const next = await actAfter(slate.seq!);
    await page.waitForFunction(() => document.querySelector("pathwise-chat")!.shadowRoot!.querySelector(".typing")!.hasAttribute("hidden"));
    const now = await focused();
    expect(now.inLatest, `focus ${JSON.stringify(now)} is on the new act`).toBe(true);
    if (next.type === "recommendations") expect(now.tag).toBe("UL");
    await answerUntilSlate(next, false);
    // The overtaken slate can no longer be picked from; the new one can.
    expect(await first.getByRole("button", { name: `Pick ${item.title}` }).isDisabled()).toBe(true);

    await newestSlate().locator(".card").first().getByRole("button", { name: "Why this?" }).click();
    await page.mouse.move(0, 0);
    // As the slate first showed: from what the person said just before it.
    await newestSlate().evaluate((list) => {
      const said = list.parentElement!.previousElementSibling!.previousElementSibling as HTMLElement;
      said.parentElement!.scrollTop = said.offsetTop - 12;
    });
    await page.screenshot({ path: path.join(ARTIFACTS, "widget-desktop.png") });
  });

  it("restores the exact conversation after a reload mid-conversation: answers, ratings, past and live slates, scrolled to the newest", async () => {
    const before = await transcript();
    const acts = (await frames()).filter((f) => ACTS.has(f.type));
    expect(before.bubbles.filter((b) => b.startsWith("you:")).length).toBeGreaterThanOrEqual(3);
    expect(before.rated.length).toBeGreaterThanOrEqual(1);
    expect(before.past).toBeGreaterThan(0);

    await page.reload();
    await page.waitForFunction((n) => window.pathwiseFrames.filter((f) => f.type === "done").length >= n, acts.length);
    const replayed = (await frames()).filter((f) => ACTS.has(f.type));
    expect(replayed.map((f) => f.seq)).toEqual(acts.map((f) => f.seq));
    expect(replayed.every((f) => f.replay)).toBe(true);
    expect(await transcript()).toEqual({ ...before, atEnd: true });
  });

  it("answers 'why the second one?' with a bubble under the slate, whose picks stay live, also after a reload", async () => {
    const slate = await lastSlate();
    const live = (await transcript()).livePicks;
    expect(live.length).toBeGreaterThan(0);
    await input().fill("why the second one?");
    await input().press("Enter");
    await page.waitForFunction(() => window.pathwiseFrames.some((f) => f.type === "explanation"));
    const why = (await frames()).find((f) => f.type === "explanation")!;
    expect(why).toMatchObject({ itemId: slate.items![1].id, questionId: slate.questionId });
    await expect.poll(() => chat.locator(".msg.sys.explanation").last().textContent()).toBe(why.text);
    expect((await transcript()).livePicks).toEqual(live);
    const shown = (await transcript()).bubbles.slice(-2);
    expect(shown).toEqual(["you: why the second one?", `bot: ${why.text}`]);

    // Redrawn from the stored log after a reload: the question and its answer, below a slate still live.
    await page.reload();
    await page.waitForFunction(() => window.pathwiseFrames.some((f) => f.type === "explanation" && f.replay));
    await expect.poll(async () => (await transcript()).bubbles.slice(-2)).toEqual(shown);
    expect((await transcript()).livePicks).toEqual(live);

    // A card still behind "Show N more" comes into view when asked about.
    const fourth = chat.locator(`.cards [data-item="${slate.items![3].id}"]`).last();
    expect(await fourth.isVisible()).toBe(false);
    const showMore = chat.getByRole("button", { name: /^Show \d+ more$/ });
    const before = await showMore.count();
    await input().fill("why the fourth one?");
    await input().press("Enter");
    await page.waitForFunction((id) => window.pathwiseFrames.some((f) => f.type === "explanation" && f.itemId === id), slate.items![3].id);
    await expect.poll(() => fourth.isVisible()).toBe(true);
    expect(await showMore.count()).toBe(before - 1);
  });

  it("keeps the live slate usable after a message it did not understand", async () => {
    const slate = await lastSlate();
    const live = (await transcript()).livePicks;
    expect(live.length).toBeGreaterThan(0);
    await input().fill("zzqx vlorp");
    await input().press("Enter");
    await page.waitForFunction(() => window.pathwiseFrames.some((f) => f.type === "error"));
    const error = (await frames()).find((f) => f.type === "error")!;
    expect(error.code).toBe("not_understood");
    await expect.poll(() => chat.locator(".msg.sys").last().textContent()).toBe(error.message);
    expect((await transcript()).livePicks).toEqual(live);
    expect(await chat.locator(".note.err").count()).toBe(0);
    // And it still answers: clear the error record, then take the top item from that same slate.
    await page.evaluate(() => (window.pathwiseFrames = window.pathwiseFrames.filter((f) => f.type !== "error")));
    const pick = slate.items![0];
    await newestSlate().getByRole("button", { name: `Pick ${pick.title}` }).click();
    const end = await actAfter(slate.seq!);
    expect(end).toMatchObject({ type: "end", reason: "accepted", itemId: pick.id });
  });

  it("shows what a message was understood to say as chips under it; removing one sends a critique of the conversation", async () => {
    const errors: string[] = [];
    const p = await openPage(DESKTOP, errors);
    await p.goto(`${server.url}/`);
    const c = p.locator("pathwise-chat");
    const opening = await actAfter(0, p);
    await input(c).fill("something funny from the 90s, not horror");
    await input(c).press("Enter");
    const act = await actAfter(opening.seq!, p);
    const chips = c.getByRole("group", { name: "What I understood" });
    await expect.poll(() => chips.locator(".took").allTextContents()).toEqual(["Comedy×", "1990s×", "no Horror×"]);
    // The chips sit under the person's message, before the reply.
    const order = await c.evaluate((el) => [...el.shadowRoot!.querySelector(".log")!.children].map((e) => e.className.split(" ")[0]));
    expect(order.slice(0, 4)).toEqual(["msg", "msg", "understood", "msg"]);
    await p.screenshot({ path: path.join(ARTIFACTS, "widget-understood.png") });
    await chips.getByRole("button", { name: "Remove Comedy" }).click();
    const next = await actAfter(act.seq!, p);
    // The critique went out without an item, and the person's bubble says what they did.
    expect((await c.locator(".msg.user").allTextContents()).at(-1)).toBe("Drop Comedy");
    expect(next.type === "question" || next.type === "recommendations").toBe(true);
    expect(next.text).toMatch(/comedy/i);
    await p.close();
    expect(errors).toEqual([]);
  });

  it("ends with one Start over action in place of the input, the picked item marked, also after a reload", async () => {
    const end = (await frames()).find((f) => f.type === "end")!;
    const pick = (await lastSlate()).items!.find((i) => i.id === end.itemId)!;
    await expect.poll(() => chat.locator(".msg.sys").last().textContent()).toBe(end.text);
    const check = async () => {
      expect(await input().isVisible()).toBe(false);
      expect(await chat.locator("form").getByRole("button", { name: "Start over" }).isVisible()).toBe(true);
      const t = await transcript();
      expect(t).toMatchObject({ ended: true, picked: [pick.title], livePicks: [], liveReplies: 0 });
      expect(await chat.locator(".card.picked .pick").textContent()).toBe("Your pick");
    };
    await check();
    expect((await focused()).text).toBe("Start over");
    expect(await chat.locator(".attr:not(:disabled)").count()).toBe(0);
    await chat.locator(".card.picked").scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(ARTIFACTS, "widget-ended.png") });
    const before = await transcript();
    const n = (await frames()).filter((f) => ACTS.has(f.type)).length;
    await page.reload();
    await page.waitForFunction((k) => window.pathwiseFrames.filter((f) => f.type === "done").length >= k, n);
    await check();
    // A message that was not understood is no turn: the stored log has neither it nor its answer.
    const notUnderstood = (b: string) => b === "you: zzqx vlorp" || b.startsWith("bot: Say which one you'd take");
    expect(await transcript()).toEqual({ ...before, bubbles: before.bubbles.filter((b) => !notUnderstood(b)), atEnd: true });
  });

  it("resumes after a dropped connection without repeating anything", async () => {
    const bubbles = () => chat.locator(".msg").allTextContents();
    const shown = await bubbles();
    await chat.evaluate((el) => (el as HTMLElement & { reconnect(): void }).reconnect());
    await page.waitForFunction(() => window.pathwiseFrames.filter((f) => f.type === "session").length >= 2);
    expect((await frames()).filter((f) => f.type === "session").at(-1)).toMatchObject({ resumed: true, status: "ended" });
    expect(await bubbles()).toEqual(shown);
  });

  it("restarts from the Start over action, keeps host styles out and takes the host's theme", async () => {
    const sessionsBefore = (await frames()).filter((f) => f.type === "session").length;
    await chat.locator("form").getByRole("button", { name: "Start over" }).click();
    await page.waitForFunction((n) => window.pathwiseFrames.filter((f) => f.type === "session").length > n, sessionsBefore);
    expect((await frames()).filter((f) => f.type === "session").at(-1)).toMatchObject({ resumed: false });
    await expect.poll(() => chat.locator(".msg").count()).toBe(1);
    expect(await input().isVisible()).toBe(true);

    await page.addStyleTag({ content: "button { background: rgb(255, 0, 0) !important; }" });
    await chat.evaluate((el) => (el as HTMLElement).style.setProperty("--pw-accent", "rgb(0, 128, 0)"));
    const send = chat.getByRole("button", { name: "Send" });
    expect(await send.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(0, 128, 0)");
  });

  it("on a phone (390x844) every control is at least 44 px each way", async () => {
    const errors: string[] = [];
    const phone = await openPage(PHONE, errors);
    await phone.goto(`${server.url}/`);
    const c = phone.locator("pathwise-chat");
    const opening = await actAfter(0, phone);
    const slate = await answerUntilSlate(opening, false, phone);
    const first = c.getByRole("list", { name: "Recommendations" }).last().locator(".card").first();
    await first.getByRole("button", { name: "Why this?" }).click();
    await first.getByRole("button", { name: slate.items![0].attributes[0].name, exact: true }).click();
    await first.getByRole("button", { name: `I like ${slate.items![0].title}` }).click();
    const small = await c.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>("button, input")]
        .map((b) => ({ b, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ b, r }) => `${b.getAttribute("aria-label") ?? b.textContent} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await phone.mouse.move(0, 0);
    await first.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: path.join(ARTIFACTS, "widget-phone.png") });
    await phone.close();
    expect(errors).toEqual([]);
  });

  it("shows a message typed offline as waiting to send, says plainly that the server cannot be reached, and sends it once back", async () => {
    const errors: string[] = [];
    const relay: Relay = await startRelay(server.port);
    const p = await openPage(DESKTOP, errors);
    try {
      await p.goto(`${server.url}/`);
      const c = p.locator("pathwise-chat");
      await c.evaluate((el, port) => el.setAttribute("server", `ws://127.0.0.1:${port}/v1/chat`), relay.port);
      const opening = await actAfter(0, p);
      const announced = () => c.getByRole("status").textContent();

      await relay.down();
      await expect.poll(() => c.locator(".state").textContent(), { timeout: 15_000 }).toBe("Offline");
      expect(await c.locator(".banner").textContent()).toMatch(/^Can't reach the chat server/);
      expect(await announced()).toMatch(/^Can't reach the chat server/);

      await input(c).fill("a comedy please");
      await input(c).press("Enter");
      const bubble = c.locator(".msg.user").last();
      expect(await bubble.textContent()).toBe("a comedy please");
      expect(await bubble.evaluate((b) => b.classList.contains("queued") && getComputedStyle(b, "::after").content)).toBe('"Waiting to send"');
      expect(await c.locator(".typing").isVisible()).toBe(false);
      await p.screenshot({ path: path.join(ARTIFACTS, "widget-offline.png") });

      await relay.up();
      const next = await actAfter(opening.seq!, p);
      expect(next.seq).toBe(2);
      expect(await bubble.evaluate((b) => b.classList.contains("queued"))).toBe(false);
      expect(await c.locator(".banner").isVisible()).toBe(false);
      // Getting back replaces the bad news, and the reply is announced once complete.
      expect(await announced()).toBe(next.text);
      expect(await c.locator(".msg.user").allTextContents()).toEqual(["a comedy please"]);
    } finally {
      await p.close();
      await relay.close();
    }
    expect(errors.filter((e) => !SOCKET_FAILED.test(e))).toEqual([]);
  });

  it("renders an act type and a path step kind newer than itself as text, leaving the slate live", async () => {
    const errors: string[] = [];
    const p = await openPage(DESKTOP, errors);
    // The real server's frames pass through; its first slate gains a step of a new kind, and an act
    // of a new type about the same question follows it.
    await p.routeWebSocket(/\/v1\/chat$/, (ws) => {
      const upstream = ws.connectToServer();
      ws.onMessage((message) => upstream.send(message));
      upstream.onMessage((message) => {
        const frame = JSON.parse(String(message));
        if (frame.type === "recommendations" && !frame.replay) {
          frame.items[0].path.splice(1, 0, { kind: "similar-items", id: 7, name: "a film you liked", relation: "resembles" });
          ws.send(JSON.stringify(frame));
          ws.send(JSON.stringify({ type: "done", seq: frame.seq }));
          ws.send(JSON.stringify({ type: "explanation", seq: frame.seq + 1, questionId: frame.questionId, text: "These came from what you told me." }));
          ws.send(JSON.stringify({ type: "done", seq: frame.seq + 1 }));
          return;
        }
        ws.send(String(message));
      });
    });
    try {
      await p.goto(`${server.url}/`);
      const c = p.locator("pathwise-chat");
      await answerUntilSlate(await actAfter(0, p), false, p);
      await expect.poll(() => c.locator(".msg.sys").last().textContent()).toBe("These came from what you told me.");
      const first = c.locator(".card").first();
      expect(await first.locator('.path li[data-kind="similar-items"]').textContent()).toBe("resembles a film you liked");
      expect(await first.locator(".pick").isDisabled()).toBe(false);
      expect(await c.getByRole("button", { name: "None of these" }).last().isDisabled()).toBe(false);
    } finally {
      await p.close();
    }
    expect(errors).toEqual([]);
  });

  it("proves its user with the user-token attribute; a user-id alone stays anonymous", async () => {
    /** Restarts the conversation and returns the new session's frame. */
    const restart = async () => {
      const before = (await frames()).filter((f) => f.type === "session" && !f.resumed).length;
      await chat.evaluate((el) => (el as HTMLElement & { restart(): void }).restart());
      await page.waitForFunction((n) => window.pathwiseFrames.filter((f) => f.type === "session" && !f.resumed).length > n, before);
      return (await frames()).filter((f) => f.type === "session" && !f.resumed).at(-1);
    };
    await chat.evaluate((el) => el.setAttribute("user-id", "1"));
    expect(await restart()).toMatchObject({ userId: null, identity: "anonymous" });
    const token = signUserToken(SECRET, "1", Date.now() / 1000 + 600);
    await chat.evaluate((el, t) => el.setAttribute("user-token", t), token);
    expect(await restart()).toMatchObject({ userId: "1", identity: "proven" });
  });

  it("announces through live regions, labels every control and logs no console error", async () => {
    expect(await chat.getByRole("log", { name: "Conversation" }).count()).toBe(1);
    expect(await chat.getByRole("status").count()).toBe(1);
    const unlabelled = await chat.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll("button, input")].filter((c) => {
        const labelled = c.getAttribute("aria-label") || c.textContent?.trim() || (c.id && el.shadowRoot!.querySelector(`label[for="${c.id}"]`));
        return !labelled;
      }).length,
    );
    expect(unlabelled).toBe(0);
    expect((await frames()).filter((f) => f.type === "error")).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
