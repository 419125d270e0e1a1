import { describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../server/config.ts";

describe("server configuration", () => {
  it("takes flags over environment over defaults", () => {
    const c = loadConfig({ port: "9001" }, { PATHWISE_PORT: "9000", PATHWISE_API_KEYS: "a, b ,", PATHWISE_WS_RATE: "5", PATHWISE_LIKE_EDGES: "1" });
    expect(c.port).toBe(9001);
    expect(c.apiKeys).toEqual(["a", "b"]);
    expect(c.wsRate).toBe(5);
    expect(c.likeEdges).toBe(true);
    expect(c.wsBurst).toBe(40);
    expect(c.host).toBe("127.0.0.1");
    expect(c.language).toBe("template");
  });

  it("refuses a bad value with one line naming the setting and its variable", () => {
    expect(() => loadConfig({}, { PATHWISE_PORT: "70000" })).toThrow(ConfigError);
    expect(() => loadConfig({}, { PATHWISE_PORT: "70000" })).toThrow(/^invalid configuration port \(flag or PATHWISE_PORT\)/);
    expect(() => loadConfig({ language: "shout" }, {})).toThrow(/language/);
    expect(() => loadConfig({}, { PATHWISE_ASSUMED_NOISE: "0.9" })).toThrow(/assumedNoise/);
  });
});
