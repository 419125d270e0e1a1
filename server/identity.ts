/**
 * Who a session belongs to. A `userId` brings that user's history into the ranking and their
 * profile into the path facts, so it is used only when proven: by a user token the site's backend
 * signed with the server's secret, or by a caller holding an API key. An unproven `userId` makes the
 * session anonymous (or is refused, when the server is configured so).
 *
 * A token is `v1.<user id, base64url>.<expiry, Unix seconds>.<HMAC-SHA256 of the part before, base64url>`
 * with the secret as the HMAC key (docs/protocol.md shows how to sign one in a few lines).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { ProtocolError } from "./protocol.ts";

export interface IdentityPolicy {
  userTokenSecret?: string;
  refuseUnprovenUsers: boolean;
}

export interface Claim {
  userId?: string;
  userToken?: string;
  /** The caller holds an API key. */
  keyed: boolean;
}

export interface Identity {
  /** The proven user, or null: anonymous. */
  userKey: string | null;
  identity: "proven" | "anonymous";
}

const VERSION = "v1";

const mac = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest();

/** A token proving `userId` until `expiresAt` (Unix seconds). */
export function signUserToken(secret: string, userId: string, expiresAt: number): string {
  const body = `${VERSION}.${Buffer.from(userId, "utf8").toString("base64url")}.${Math.floor(expiresAt)}`;
  return `${body}.${mac(secret, body).toString("base64url")}`;
}

/** The user a token proves; throws `unauthorized` when it is malformed, forged or expired. */
export function verifyUserToken(secret: string, token: string, nowMs = Date.now()): string {
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION || !/^\d{1,12}$/.test(parts[2])) throw unauthorized("the user token is malformed");
  const given = Buffer.from(parts[3], "base64url");
  const want = mac(secret, parts.slice(0, 3).join("."));
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw unauthorized("the user token's signature is wrong");
  if (Number(parts[2]) * 1000 <= nowMs) throw unauthorized("the user token has expired; get a new one from the site");
  const userId = Buffer.from(parts[1], "base64url").toString("utf8");
  if (userId.length === 0 || userId.length > 128) throw unauthorized("the user token names no valid user id");
  return userId;
}

/** The identity a session starts with, given what the caller sent; throws `unauthorized` (401). */
export function resolveIdentity(claim: Claim, policy: IdentityPolicy): Identity {
  if (claim.userToken !== undefined) {
    if (!policy.userTokenSecret) throw unauthorized("this server takes no user tokens (PATHWISE_USER_TOKEN_SECRET is not set)");
    const user = verifyUserToken(policy.userTokenSecret, claim.userToken);
    if (claim.userId !== undefined && claim.userId !== user) throw unauthorized("userId differs from the user the token proves");
    return { userKey: user, identity: "proven" };
  }
  if (claim.userId === undefined) return { userKey: null, identity: "anonymous" };
  if (claim.keyed) return { userKey: claim.userId, identity: "proven" };
  if (policy.refuseUnprovenUsers) throw unauthorized("a userId needs a user token (userToken) or an API key on this server");
  return { userKey: null, identity: "anonymous" };
}

const unauthorized = (message: string) => new ProtocolError("unauthorized", message, 401);
