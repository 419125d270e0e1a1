import { describe, expect, it } from "vitest";
import { AddressBudget, addressKey, frameCost } from "../../server/budget.ts";

describe("address budget", () => {
  it("prices text by its length, a session at two units, a ping at nothing", () => {
    expect(frameCost({ type: "ping" })).toBe(0);
    expect(frameCost({ type: "hello" })).toBe(2);
    expect(frameCost({ type: "answer", questionId: "q1", accept: [1], reject: [] })).toBe(1);
    expect(frameCost({ type: "critique", itemId: 1, attributeId: 2, direction: "less" })).toBe(1);
    expect(frameCost({ type: "message", text: "a comedy" })).toBe(2);
    expect(frameCost({ type: "message", text: "x".repeat(2000) })).toBe(11);
  });

  it("refuses an address once spent, charges its refusals as debt, and leaves other addresses alone", () => {
    const b = new AddressBudget(0.001, 20);
    expect(b.spend("10.0.0.1", 11)).toBe(0);
    expect(b.spend("10.0.0.1", 9)).toBe(0);
    expect(b.spend("10.0.0.1", 1)).toBeGreaterThan(0);
    // Every refusal pushes the address further behind (down to one burst of debt).
    const wait1 = b.spend("10.0.0.1", 1);
    for (let i = 0; i < 50; i++) b.refused("10.0.0.1");
    const wait2 = b.spend("10.0.0.1", 1);
    expect(wait2).toBeGreaterThan(wait1);
    expect(wait2).toBeLessThan((2 * 20 + 2) / 0.001);
    expect(b.spend("10.0.0.2", 11)).toBe(0);
  });

  it("counts IPv6 clients by their /64 and IPv4-mapped ones as IPv4", () => {
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey(undefined)).toBe("unknown");
  });
});
