import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "../shared.ts";
import { CHROMIUM, ensureWidgetBuilt, HAS_CHROMIUM, launchBrowser } from "./browser.ts";
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
  resumed?: boolean;
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
const SCREENSHOT = path.join(ROOT, "test", "artifacts", "widget.png");

const TITLE = "<pathwise-chat> in chromium against a real server on MovieLens-small";

describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? TITLE : `${TITLE} (skipped: no ${CHROMIUM}; apt-get install chromium)`, () => {
  let server: ServerProcess;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let chat: Locator;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    ensureWidgetBuilt();
    await prepareWorkspace();
    [server, browser] = await Promise.all([startServer({ db: freshDb("widget"), env: { PATHWISE_USER_TOKEN_SECRET: SECRET } }), launchBrowser()]);
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
    await page.addInitScript(() => {
      window.pathwiseFrames = [];
      document.addEventListener("pathwise-frame", (event) => window.pathwiseFrames.push((event as CustomEvent).detail));
    });
    chat = page.locator("pathwise-chat");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const frames = () => page.evaluate(() => window.pathwiseFrames);
  /** The first act after `seq`, once rendered (its `done` follows it); an `error` frame fails at once. */
  async function actAfter(seq: number): Promise<Frame> {
    await page.waitForFunction(
      (after) => window.pathwiseFrames.some((f) => (f.type === "done" && (f.seq ?? 0) > after) || f.type === "error"),
      seq,
      { timeout: 20_000 },
    );
    const seen = await frames();
    expect(seen.filter((f) => f.type === "error")).toEqual([]);
    const act = seen.find((f) => ACTS.has(f.type) && (f.seq ?? 0) > seq);
    expect(act, `an act after seq ${seq}`).toBeDefined();
    return act!;
  }
  const focusedText = () => page.evaluate(() => document.querySelector("pathwise-chat")!.shadowRoot!.activeElement?.textContent);
  const input = () => chat.getByRole("textbox", { name: "Message" });

  /** Answers every question after `act` as a keen user would ("yes", the first option) until a slate comes. */
  async function answerUntilSlate(act: Frame, keyboard: boolean): Promise<Frame> {
    for (let turn = 0; turn < 15 && act.type === "question"; turn++) {
      const chips = chat.getByRole("group", { name: "Quick replies" }).last();
      if (act.kind === "open") {
        await input().fill("comedy");
        await input().press("Enter");
      } else if (keyboard) {
        // Arrow keys walk the quick replies; Enter presses one.
        keyboard = false;
        await chips.getByRole("button").first().focus();
        await page.keyboard.press("ArrowRight");
        expect(await focusedText()).toBe(act.kind === "yesno" ? "No" : act.options![1].name);
        await page.keyboard.press("ArrowLeft");
        expect(await focusedText()).toBe(act.kind === "yesno" ? "Yes" : act.options![0].name);
        await page.keyboard.press("Enter");
        if (act.kind === "choice") {
          await chips.getByRole("button", { name: "Done" }).focus();
          await page.keyboard.press("Enter");
        }
      } else if (act.kind === "yesno") {
        await chips.getByRole("button", { name: "Yes", exact: true }).click();
      } else {
        await chips.getByRole("button", { name: act.options![0].name, exact: true }).click();
        await chips.getByRole("button", { name: "Done" }).click();
      }
      act = await actAfter(act.seq!);
    }
    expect(act.type).toBe("recommendations");
    return act;
  }

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
    const cards = chat.locator(".card");
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

  it("likes an item, critiques an attribute, and takes an item from the next slate", async () => {
    const slate = (await frames()).filter((f) => f.type === "recommendations").at(-1)!;
    const first = chat.locator(".card").first();
    const item = slate.items![0];

    const like = first.getByRole("button", { name: `I like ${item.title}` });
    await like.click();
    await page.waitForFunction(() => window.pathwiseFrames.some((f) => f.type === "ack"));
    expect(await like.getAttribute("aria-pressed")).toBe("true");

    const attribute = item.attributes[0];
    await first.getByRole("button", { name: attribute.name, exact: true }).click();
    await first.getByRole("button", { name: `Less ${attribute.name}` }).click();
    await expect.poll(() => chat.locator(".msg.user").last().textContent()).toBe(`Less ${attribute.name}, please`);
    const next = await answerUntilSlate(await actAfter(slate.seq!), false);
    // The overtaken slate can no longer be picked from; the new one can.
    expect(await first.getByRole("button", { name: `Pick ${item.title}` }).isDisabled()).toBe(true);

    const newest = chat.getByRole("list", { name: "Recommendations" }).last().locator(".card").first();
    await newest.getByRole("button", { name: "Why this?" }).click();
    await page.mouse.move(0, 0);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    const pick = next.items![0];
    await newest.getByRole("button", { name: `Pick ${pick.title}` }).click();
    const end = await actAfter(next.seq!);
    expect(end).toMatchObject({ type: "end", reason: "accepted" });
    await expect.poll(() => chat.locator(".msg.sys").last().textContent()).toBe(end.text);
    expect(await chat.getByRole("button", { name: "Start over" }).count()).toBe(2);
  });

  it("resumes after a dropped connection and after a reload without repeating anything", async () => {
    const acts = (await frames()).filter((f) => ACTS.has(f.type));
    const bubbles = () => chat.locator(".msg.sys").allTextContents();
    const shown = await bubbles();

    await chat.evaluate((el) => (el as HTMLElement & { reconnect(): void }).reconnect());
    await page.waitForFunction(() => window.pathwiseFrames.filter((f) => f.type === "session").length >= 2);
    expect((await frames()).filter((f) => f.type === "session").at(-1)).toMatchObject({ resumed: true });
    expect(await bubbles()).toEqual(shown);

    // A reload replays the whole session from seq 1: the transcript is rebuilt, each act once.
    await page.reload();
    await page.waitForFunction((n) => window.pathwiseFrames.filter((f) => f.type === "done").length >= n, acts.length);
    const replayed = (await frames()).filter((f) => ACTS.has(f.type));
    expect(replayed.map((f) => f.seq)).toEqual(acts.map((f) => f.seq));
    expect(await bubbles()).toEqual(acts.map((f) => f.text));
  });

  it("restarts, keeps host styles out and takes the host's theme", async () => {
    await page.addStyleTag({ content: "button { background: rgb(255, 0, 0) !important; }" });
    await chat.evaluate((el) => (el as HTMLElement).style.setProperty("--pw-accent", "rgb(0, 128, 0)"));
    const send = chat.getByRole("button", { name: "Send" });
    expect(await send.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(0, 128, 0)");

    const sessionsBefore = (await frames()).filter((f) => f.type === "session").length;
    await chat.getByRole("button", { name: "Start over" }).first().click();
    await page.waitForFunction((n) => window.pathwiseFrames.filter((f) => f.type === "session").length > n, sessionsBefore);
    expect((await frames()).filter((f) => f.type === "session").at(-1)).toMatchObject({ resumed: false });
    await expect.poll(() => chat.locator(".msg").count()).toBe(1);
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
