import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { resolveIdentity, signUserToken, verifyUserToken } from "../../server/identity.ts";
import { ProtocolError } from "../../server/protocol.ts";

const SECRET = "identity-secret-0123456789";
const inAnHour = () => Date.now() / 1000 + 3600;

/** The refusal's message, or "" when it did not throw. */
function refusal(fn: () => unknown): string {
  try {
    fn();
    return "";
  } catch (err) {
    expect(err).toBeInstanceOf(ProtocolError);
    expect(err).toMatchObject({ code: "unauthorized", status: 401 });
    return (err as Error).message;
  }
}

describe("user tokens", () => {
  it("are what docs/protocol.md says: v1, the id in base64url, the expiry, an HMAC-SHA256 of the rest", () => {
    const token = signUserToken(SECRET, "ann@example.com", 2_000_000_000);
    const body = `v1.${Buffer.from("ann@example.com").toString("base64url")}.2000000000`;
    expect(token).toBe(`${body}.${createHmac("sha256", SECRET).update(body).digest("base64url")}`);
    expect(verifyUserToken(SECRET, token, 1_999_999_999_000)).toBe("ann@example.com");
  });

  it("refuse a forged, tampered, expired or malformed token", () => {
    const token = signUserToken(SECRET, "42", inAnHour());
    const [v, user, exp, mac] = token.split(".");
    expect(refusal(() => verifyUserToken("another-secret-0123456789", token))).toMatch(/signature/);
    expect(refusal(() => verifyUserToken(SECRET, [v, Buffer.from("43").toString("base64url"), exp, mac].join(".")))).toMatch(/signature/);
    expect(refusal(() => verifyUserToken(SECRET, [v, user, String(Number(exp) + 1), mac].join(".")))).toMatch(/signature/);
    expect(refusal(() => verifyUserToken(SECRET, signUserToken(SECRET, "42", Date.now() / 1000 - 1)))).toMatch(/expired/);
    for (const bad of ["", "v1.x.y", `v2.${user}.${exp}.${mac}`, `v1.${user}.soon.${mac}`, `${token}.extra`]) expect(refusal(() => verifyUserToken(SECRET, bad))).toMatch(/malformed/);
  });
});

describe("resolveIdentity", () => {
  const open = { refuseUnprovenUsers: false };
  const withSecret = { userTokenSecret: SECRET, refuseUnprovenUsers: false };

  it("proves a userId by a token or an API key, and makes an unproven one anonymous", () => {
    expect(resolveIdentity({ keyed: false }, open)).toEqual({ userKey: null, identity: "anonymous" });
    expect(resolveIdentity({ userId: "42", keyed: false }, open)).toEqual({ userKey: null, identity: "anonymous" });
    expect(resolveIdentity({ userId: "42", keyed: true }, open)).toEqual({ userKey: "42", identity: "proven" });
    const token = signUserToken(SECRET, "42", inAnHour());
    expect(resolveIdentity({ userToken: token, keyed: false }, withSecret)).toEqual({ userKey: "42", identity: "proven" });
    expect(resolveIdentity({ userId: "42", userToken: token, keyed: false }, withSecret)).toEqual({ userKey: "42", identity: "proven" });
  });

  it("refuses a token it cannot check, one for another user, and an unproven userId when configured to", () => {
    const token = signUserToken(SECRET, "42", inAnHour());
    expect(refusal(() => resolveIdentity({ userToken: token, keyed: false }, open))).toMatch(/PATHWISE_USER_TOKEN_SECRET/);
    expect(refusal(() => resolveIdentity({ userId: "7", userToken: token, keyed: true }, withSecret))).toMatch(/differs/);
    expect(refusal(() => resolveIdentity({ userId: "42", keyed: false }, { ...withSecret, refuseUnprovenUsers: true }))).toMatch(/needs a user token/);
    expect(resolveIdentity({ keyed: false }, { ...withSecret, refuseUnprovenUsers: true })).toEqual({ userKey: null, identity: "anonymous" });
  });
});
