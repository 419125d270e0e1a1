import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import path from "node:path";
import { createLogger, logFormat } from "../../server/log.ts";
import { ROOT } from "../shared.ts";
import { prepareWorkspace, TINY_WORKSPACE } from "./helpers.ts";

function capture(): { stream: Writable; text: () => string } {
  let out = "";
  return { stream: new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) }), text: () => out };
}

describe("log format", () => {
  it("is readable on a terminal and JSON on a pipe, unless a flag or PATHWISE_LOG_FORMAT says otherwise", () => {
    expect(logFormat(undefined, {}, true)).toBe("pretty");
    expect(logFormat(undefined, {}, false)).toBe("json");
    expect(logFormat(undefined, { PATHWISE_LOG_FORMAT: "json" }, true)).toBe("json");
    expect(logFormat(undefined, { PATHWISE_LOG_FORMAT: "pretty" }, false)).toBe("pretty");
    expect(logFormat("json", { PATHWISE_LOG_FORMAT: "pretty" }, true)).toBe("json");
    expect(() => logFormat(undefined, { PATHWISE_LOG_FORMAT: "xml" }, true)).toThrow(/json, pretty, not "xml"/);
  });

  it("writes one short line per record for people, the JSON record for machines", async () => {
    const people = capture();
    const p = createLogger("info", "pretty", { stream: people.stream });
    p.info({ url: "http://127.0.0.1:8080", training: ["preference"], note: "two words", seconds: 35.431990924, epoch: 3 }, "listening");
    p.error({ err: new Error("disk full") }, "cannot save");
    p.debug("not shown at info");
    const lines = people.text().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: listening url=http:\/\/127\.0\.0\.1:8080 training=\["preference"\] note="two words" seconds=35\.43 epoch=3$/);
    expect(lines[1]).toMatch(/ERROR: cannot save: disk full$/);

    const machines = capture();
    createLogger("info", "json", { stream: machines.stream }).info({ port: 8080 }, "listening");
    expect(JSON.parse(machines.text())).toMatchObject({ level: 30, msg: "listening", port: 8080, pid: process.pid });
  });

  it("reaches every command: --log-format after the command name, JSON through a pipe by default", async () => {
    await prepareWorkspace();
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, "bin", "pathwise.js"), "eval", "--data", TINY_WORKSPACE, "--split", "valid", "--policy", "popular", "--limit", "3", "--workers", "1", ...extra], {
        encoding: "utf8",
        cwd: ROOT,
        env: { ...process.env, PATHWISE_LOG_FORMAT: "" },
      });
    const piped = run();
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stderr.trim().split("\n").at(-1)!)).toMatchObject({ msg: "evaluated", episodes: 3 });
    const pretty = run("--log-format", "pretty");
    expect(pretty.status).toBe(0);
    expect(pretty.stderr).toMatch(/INFO: evaluated episodes=3 sr5=/);
  }, 180_000);
});
