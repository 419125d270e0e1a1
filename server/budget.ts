/**
 * The budget of one client address, shared by all its WebSocket connections and REST requests, in
 * cost units that follow what a frame makes the server do: reading free text grows with its length,
 * a turn of the dialogue costs one unit, a new session two, a ping nothing. A flood from one address
 * spends its own budget within a second and is then refused cheaply (an error frame, a 429), so it
 * cannot take the CPU from other clients, or from its own pings. Refused frames are charged too, as
 * debt down to one burst: an address that keeps flooding stays refused until it pauses.
 */
import { KeyedLimiter } from "./rate-limit.ts";
import type { ClientFrame } from "./protocol.ts";

/** Characters of free text per cost unit (understanding text costs about linearly in its length). */
const TEXT_CHARS_PER_UNIT = 200;

export const COST = {
  /** A structured answer, a critique, feedback, a REST read. */
  act: 1,
  /** A new or resumed session: the engine opens a dialogue (resuming may rebuild one from its turns). */
  session: 2,
  /** A catalog search scans every title. */
  search: 2,
  /** A frame or request refused before it was handled. */
  refused: 1,
} as const;

/** Units for reading `text`, beyond the act's own unit. */
export function textCost(text: string): number {
  return Math.ceil(text.length / TEXT_CHARS_PER_UNIT);
}

export function frameCost(frame: ClientFrame): number {
  switch (frame.type) {
    case "ping":
      return 0;
    case "hello":
      return COST.session;
    case "message":
      return COST.act + textCost(frame.text);
    default:
      return COST.act;
  }
}

export class AddressBudget {
  private readonly limiter: KeyedLimiter;

  constructor(rate: number, burst: number) {
    this.limiter = new KeyedLimiter(rate, burst);
  }

  /**
   * Spends `cost` units of the address's budget. Returns 0 when spent; otherwise the seconds until
   * it could be, and the refusal is charged.
   */
  spend(address: string, cost: number): number {
    const key = addressKey(address);
    if (this.limiter.take(key, cost)) return 0;
    this.limiter.charge(key, COST.refused);
    return Math.max(0.1, this.limiter.wait(key, cost));
  }

  /** Charges a refusal that happened before any cost was known (a malformed frame). */
  refused(address: string): void {
    this.limiter.charge(addressKey(address), COST.refused);
  }
}

/**
 * The key a client is budgeted and counted under: its IPv4 address, or the /64 network of an IPv6
 * one (one subscriber gets a whole /64, so single IPv6 addresses are free to rotate).
 */
export function addressKey(address: string | undefined): string {
  if (!address) return "unknown";
  if (address.startsWith("::ffff:") && address.includes(".")) return address.slice(7);
  if (!address.includes(":")) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(":")}::/64`;
}
