/**
 * Which `Host` names the server answers to. A page on an attacker's domain can re-point that name at
 * this server (DNS rebinding) and then talk to it as its own origin; the browser still sends the
 * attacker's name as `Host`, so any name not configured is refused. Loopback names and IP literals
 * cannot be rebound and are always allowed.
 */
import { isIP } from "node:net";

export function hostAllowed(host: string | undefined, publicHosts: readonly string[]): boolean {
  // HTTP/1.0 clients may send no Host; browsers always do.
  if (host === undefined || host === "") return true;
  if (publicHosts.includes("*")) return true;
  const name = hostname(host);
  if (name === "localhost" || name.endsWith(".localhost") || isIP(name) !== 0) return true;
  return publicHosts.some((h) => hostname(h) === name);
}

/** The lower-cased name of a `Host` value, without port, brackets or a trailing dot. */
function hostname(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") === -1 ? undefined : h.indexOf("]"));
  const colon = h.indexOf(":");
  if (colon !== -1) h = h.slice(0, colon);
  return h.endsWith(".") ? h.slice(0, -1) : h;
}
