/**
 * Which browser origins may open the chat WebSocket: the server's own origin, localhost, and the
 * configured allow-list. A request without Origin is not a browser; it passes unless configured.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface OriginPolicy {
  allowedOrigins: readonly string[];
  wsRequireOrigin: boolean;
}

export function originAllowed(origin: string | undefined, host: string | undefined, policy: OriginPolicy): boolean {
  if (origin === undefined || origin === "") return !policy.wsRequireOrigin;
  if (policy.allowedOrigins.includes("*")) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  if (LOCAL_HOSTS.has(url.hostname)) return true;
  return policy.allowedOrigins.includes(url.origin);
}
