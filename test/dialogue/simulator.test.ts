import { describe, expect, it } from "vitest";
import type { SystemAct, UserAct } from "../../agents/dialogue/acts.ts";
import { hasAttribute } from "../../agents/dialogue/candidates.ts";
import { Random } from "../../agents/random.ts";
import { drive, type Conversation } from "../../agents/simulator/drive.ts";
import { simulatedUser, type SimulatedUserOptions } from "../../agents/simulator/user.ts";
import { row } from "../../graph/types.ts";
import { quarterCatalog } from "./catalog.ts";

const g = quarterCatalog();
const plain: SimulatedUserOptions = { noise: 0, maxTurn: 15, critique: false };

/** A scripted system: plays the given acts in order and records what the user said. */
function scripted(acts: SystemAct[]): Conversation & { heard: UserAct[] } {
  const heard: UserAct[] = [];
  let next = 0;
  return {
    heard,
    send(act) {
      heard.push(act);
      return acts[Math.min(next++, acts.length - 1)];
    },
  };
}

const askAll = (attrs: number[]): SystemAct[] => attrs.map((attribute) => ({ kind: "ask", attribute }));

describe("simulated user", () => {
  it("with --dont-care P answers 'doesn't matter' to about P of the questions, yes/no and choice, and P = 0 changes nothing", () => {
    let questions = 0;
    let indifferent = 0;
    for (let ep = 0; ep < 800; ep++) {
      const target = ep % 80;
      const acts: SystemAct[] = [...askAll([1, 2, 3, 4, 5, 6]), { kind: "choice", type: 0, options: [5, 6, 7, 8] }, ...askAll([1, 2, 3, 4, 5, 6])];
      const plainConv = scripted(acts);
      const zero = scripted(acts);
      const caring = scripted(acts);
      drive(simulatedUser(g, target, Random.stream(3, ep), { ...plain, noise: 0.1 }), plainConv);
      drive(simulatedUser(g, target, Random.stream(3, ep), { ...plain, noise: 0.1, dontCare: 0 }), zero);
      drive(simulatedUser(g, target, Random.stream(3, ep), { ...plain, noise: 0.1, dontCare: 0.25 }), caring);
      // P = 0 draws nothing more: the same conversation, answer for answer.
      expect(zero.heard).toEqual(plainConv.heard);
      expect(caring.heard[0]).toEqual(plainConv.heard[0]);
      caring.heard.slice(1).forEach((a, k) => {
        questions++;
        if (a.kind !== "indifferent") return;
        indifferent++;
        expect(a).toEqual(k === 6 ? { kind: "indifferent", type: 0 } : { kind: "indifferent", attribute: [1, 2, 3, 4, 5, 6][k % 7] });
      });
    }
    const se = Math.sqrt((0.25 * 0.75) / questions);
    expect(Math.abs(indifferent / questions - 0.25)).toBeLessThan(4 * se);
  });

  it("opens with one attribute of the target, stated, and answers every question from the target's attributes", () => {
    for (let target = 0; target < 80; target += 7) {
      const conv = scripted(askAll([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6]));
      const r = drive(simulatedUser(g, target, new Random(target), plain), conv);
      expect(r).toEqual({ success: false, turn: 15, rank: 0 });
      const [opening, ...answers] = conv.heard;
      expect(opening).toMatchObject({ kind: "inform", stated: true });
      if (opening.kind !== "inform") return;
      expect(opening.accept).toHaveLength(1);
      expect(hasAttribute(g, target, opening.accept[0])).toBe(true);
      expect(answers).toHaveLength(13);
      answers.forEach((a, k) => {
        const attr = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5][k];
        expect(a).toEqual(hasAttribute(g, target, attr) ? { kind: "inform", accept: [attr], reject: [] } : { kind: "inform", accept: [], reject: [attr] });
      });
    }
  });

  it("flips yes/no answers at the stated rate (within 4 standard errors), never the opening", () => {
    for (const p of [0.1, 0.3]) {
      let answers = 0;
      let flips = 0;
      for (let ep = 0; ep < 1500; ep++) {
        const target = ep % 80;
        const conv = scripted(askAll([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6]));
        drive(simulatedUser(g, target, Random.stream(7, ep), { ...plain, noise: p }), conv);
        const [opening, ...rest] = conv.heard;
        if (opening.kind !== "inform" || !opening.stated) throw new Error(`expected a stated opening, got ${JSON.stringify(opening)}`);
        expect(hasAttribute(g, target, opening.accept[0])).toBe(true);
        rest.forEach((a, k) => {
          if (a.kind !== "inform") throw new Error("expected an answer");
          const attr = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5][k];
          answers++;
          if ((a.accept.length === 1) !== hasAttribute(g, target, attr)) flips++;
        });
      }
      const se = Math.sqrt((p * (1 - p)) / answers);
      expect(Math.abs(flips / answers - p)).toBeLessThan(4 * se);
    }
  });

  it("accepts exactly the choice options the target holds", () => {
    const conv = scripted([{ kind: "choice", type: 0, options: [5, 6, 7, 8] }]);
    drive(simulatedUser(g, 45, new Random(1), { ...plain, maxTurn: 3 }), conv);
    expect(conv.heard[1]).toEqual({ kind: "inform", accept: [7], reject: [5, 6, 8] });
  });

  it("succeeds at the turn and slate position where the target appears", () => {
    const slate = (items: number[]): SystemAct => ({ kind: "recommend", items: items.map((item) => ({ item, probability: 0, facts: [] })) });
    const conv = scripted([{ kind: "ask", attribute: 1 }, slate([1, 2, 3]), slate([4, 5, 33, 6])]);
    expect(drive(simulatedUser(g, 33, new Random(3), plain), conv)).toEqual({ success: true, turn: 4, rank: 3 });
    expect(conv.heard[2]).toEqual({ kind: "reject-slate", items: [1, 2, 3] });
  });

  it("an impatient user leaves after its last turn", () => {
    const conv = scripted(askAll([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(drive(simulatedUser(g, 3, new Random(1), { ...plain, maxTurn: 5 }), conv)).toEqual({ success: false, turn: 5, rank: 0 });
    expect(conv.heard).toHaveLength(4);
  });

  it("a critiquing user rejects an attribute of the top item that the target lacks", () => {
    for (let seed = 0; seed < 20; seed++) {
      const conv = scripted([{ kind: "recommend", items: [{ item: 2, probability: 0, facts: [] }] }, { kind: "ask", attribute: 1 }]);
      drive(simulatedUser(g, 70, new Random(seed), { ...plain, critique: true, maxTurn: 3 }), conv);
      const reply = conv.heard[1];
      if (reply.kind !== "reject-slate" || !reply.critique) throw new Error("expected a critique");
      expect(reply.critique.item).toBe(2);
      expect(reply.critique.direction).toBe("less");
      expect(Array.from(row(g.itemAttrs, 2))).toContain(reply.critique.attribute);
      expect(hasAttribute(g, 70, reply.critique.attribute)).toBe(false);
    }
  });
});
