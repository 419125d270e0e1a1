import { describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../server/config.ts";

describe("server configuration", () => {
  it("takes flags over environment over defaults", () => {
    const c = loadConfig({ port: "9001" }, { PATHWISE_PORT: "9000", PATHWISE_API_KEYS: "key-one-0123456789, key-two-0123456789 ", PATHWISE_WS_RATE: "5", PATHWISE_LIKE_EDGES: "1" });
    expect(c.port).toBe(9001);
    expect(c.apiKeys).toEqual(["key-one-0123456789", "key-two-0123456789"]);
    expect(c.wsRate).toBe(5);
    expect(c.likeEdges).toBe(true);
    expect(c.wsBurst).toBe(40);
    expect(c.host).toBe("127.0.0.1");
    expect(c.language).toBe("template");
  });

  it("has a documented default for every abuse limit, and reads durations with units", () => {
    const d = loadConfig({}, {});
    expect(d).toMatchObject({ addressRate: 20, addressBurst: 40, maxConnectionsPerAddress: 64, sessionTtl: 30 * 86_400, publicHosts: [], refuseUnprovenUsers: false, wsRequireToken: false });
    expect(d.userTokenSecret).toBeUndefined();
    const c = loadConfig({ sessionTtl: "12h" }, { PATHWISE_PUBLIC_HOSTS: "chat.example.com, shop.example.com", PATHWISE_REFUSE_UNPROVEN_USERS: "1", PATHWISE_USER_TOKEN_SECRET: "0123456789abcdef" });
    expect(c).toMatchObject({ sessionTtl: 43_200, publicHosts: ["chat.example.com", "shop.example.com"], refuseUnprovenUsers: true });
    expect(loadConfig({}, { PATHWISE_SESSION_TTL: "90" }).sessionTtl).toBe(90);
    expect(loadConfig({}, { PATHWISE_SESSION_TTL: "0" }).sessionTtl).toBe(0);
    expect(() => loadConfig({}, { PATHWISE_SESSION_TTL: "a month" })).toThrow(/sessionTtl \(flag or PATHWISE_SESSION_TTL\): must be a duration/);
    expect(() => loadConfig({}, { PATHWISE_USER_TOKEN_SECRET: "short" })).toThrow(/at least 16/);
    expect(() => loadConfig({}, { PATHWISE_ADDRESS_BURST: "5" })).toThrow(/addressBurst/);
  });

  it("refuses a bad value with one line naming the setting and its variable", () => {
    expect(() => loadConfig({}, { PATHWISE_PORT: "70000" })).toThrow(ConfigError);
    expect(() => loadConfig({}, { PATHWISE_PORT: "70000" })).toThrow(/^invalid configuration port \(flag or PATHWISE_PORT\)/);
    expect(() => loadConfig({ language: "shout" }, {})).toThrow(/language/);
    expect(() => loadConfig({}, { PATHWISE_ASSUMED_NOISE: "0.9" })).toThrow(/assumedNoise/);
  });

  it("takes the candidate cap from the flag or PATHWISE_CANDIDATE_CAP, 10,000 unset, 0 for none", () => {
    expect(loadConfig({}, {}).candidateCap).toBe(10_000);
    expect(loadConfig({}, { PATHWISE_CANDIDATE_CAP: "0" }).candidateCap).toBe(0);
    expect(loadConfig({ candidateCap: "2500" }, { PATHWISE_CANDIDATE_CAP: "0" }).candidateCap).toBe(2500);
    expect(() => loadConfig({}, { PATHWISE_CANDIDATE_CAP: "-1" })).toThrow(/^invalid configuration candidateCap \(flag or PATHWISE_CANDIDATE_CAP\)/);
  });

  it("refuses API keys that are empty, blank or shorter than 16 characters, and never echoes them", () => {
    const refused = (flags: Record<string, unknown>, env: Record<string, string>) => {
      try {
        loadConfig(flags, env);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error("accepted");
    };
    const long = "a-long-enough-key-0123";
    for (const keys of ["", " ", `${long},`, `${long}, ,${long}`]) {
      expect(refused({}, { PATHWISE_API_KEYS: keys }), JSON.stringify(keys)).toMatch(/^invalid configuration apiKeys \(flag or PATHWISE_API_KEYS\): an API key is empty or blank/);
    }
    expect(refused({ apiKeys: [""] }, {})).toMatch(/empty or blank/);
    expect(refused({}, { PATHWISE_API_KEYS: `${long},short-secret` })).toMatch(/an API key is shorter than 16 characters$/);
    expect(refused({}, { PATHWISE_API_KEYS: `${long},short-secret` })).not.toContain("short-secret");
    expect(loadConfig({}, {}).apiKeys).toEqual([]);
    expect(loadConfig({ apiKeys: [long] }, {}).apiKeys).toEqual([long]);
  });

  it("refuses allowed origins that a browser would never send", () => {
    for (const bad of ["https://shop.example/", "shop.example", "https://shop.example/cart", "HTTPS://Shop.example", "http://localhost:5173/"]) {
      expect(() => loadConfig({}, { PATHWISE_ALLOWED_ORIGINS: bad }), bad).toThrow(/^invalid configuration allowedOrigins \(flag or PATHWISE_ALLOWED_ORIGINS\): ".*" is not an origin: write scheme:\/\/host\[:port\]/);
    }
    expect(loadConfig({}, { PATHWISE_ALLOWED_ORIGINS: "https://shop.example, http://localhost:5173,https://[::1]:8443" }).allowedOrigins).toEqual(["https://shop.example", "http://localhost:5173", "https://[::1]:8443"]);
    expect(loadConfig({ allowedOrigins: ["*"] }, {}).allowedOrigins).toEqual(["*"]);
  });
});
