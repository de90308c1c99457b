// End to end: `regen run` builds real apps, runs them on QEMU and natively, and reports what happened.
//
// These start QEMU or a native process through the real CLI; every run has a time limit (--for and a
// mocha timeout) and the CLI kills its children on every path, which the last test checks.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { parseNdjson, regen, root } from "./cli-helpers.ts";

function needApps(context: Mocha.Context, ...apps: string[]): void {
  for (const app of apps) if (!existsSync(path.join(root, app, "app.json"))) context.skip();
}

/** QEMU processes running firmware from `folder` (other engineers' QEMUs on this machine do not count). */
function qemuProcessesFor(folder: string): number {
  try {
    return execFileSync("pgrep", ["-c", "-f", `qemu-system-arm .*${folder}`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map(Number)
      .reduce((a, b) => a + b, 0);
  } catch {
    return 0; // pgrep exits 1 when nothing matches
  }
}

describe("tools: regen run, end to end", function () {
  this.timeout(180_000);

  it("crashy on mps2-an385: five fault classes, each restarted, with TypeScript sources; blink keeps logging", async function () {
    needApps(this, "apps/crashy", "apps/blink");
    const result = await regen([
      "run",
      "apps/crashy",
      "apps/blink",
      "--board",
      "mps2-an385",
      "--for",
      "10",
      "--json",
    ]);
    assert.equal(result.status, 0, result.stderr);
    const events = parseNdjson(result.stdout);
    const faults = events.filter((event) => event["kind"] === "app-fault" && event["app"] === "crashy");
    for (const fault of faults) {
      assert.match(String(fault["pc"]), /^0x[0-9a-f]{8}$/);
      assert.match(String(fault["addr"]), /^0x[0-9a-f]{8}$/);
      const after = events.slice(events.indexOf(fault) + 1);
      const next = after.find((event) => event["app"] === "crashy" && event["kind"] !== "log");
      if (next !== undefined) {
        assert.ok(["app-restart", "app-stopped"].includes(String(next["kind"])), JSON.stringify(next));
      }
    }
    // Some faults cannot name a line (a stack overflow loses its frame: pc 0); five classes must.
    const located = faults.filter((fault) => /^apps\/crashy\/main\.ts:\d+$/.test(String(fault["source"])));
    const classes = new Set(located.map((fault) => fault["class"]));
    assert.ok(
      classes.size >= 5,
      `fault classes with a main.ts line: ${[...classes].join(", ") || "none"}; faults: ${JSON.stringify(faults)}`,
    );
    assert.ok(events.some((e) => e["kind"] === "app-restart" && e["app"] === "crashy"));
    const blinkLogs = events.filter((event) => event["kind"] === "log" && event["app"] === "blink");
    const lastFault = faults.at(-1);
    assert.ok(blinkLogs.length >= 5, `blink logged ${blinkLogs.length} lines`);
    assert.ok(
      lastFault !== undefined && blinkLogs.some((log) => Number(log["t"]) > Number(lastFault["t"])),
      "blink logs after crashy's last fault",
    );
  });

  it("hello on the native board ends by itself with app-exit", async function () {
    needApps(this, "apps/hello");
    const result = await regen(["run", "apps/hello", "--board", "native", "--json"], {}, 60_000);
    assert.equal(result.status, 0, result.stderr);
    const kinds = parseNdjson(result.stdout).map((event) => event["kind"]);
    assert.equal(kinds[0], "boot");
    assert.ok(kinds.includes("log"));
    assert.deepEqual(kinds.slice(-2), ["app-exit", "all-done"]);
  });

  it("a single .ts file on the native board runs with a default manifest and ends with app-exit", async () => {
    const result = await regen(
      ["run", "tests/tools/fixtures/hello.ts", "--board", "native", "--json"],
      {},
      60_000,
    );
    assert.equal(result.status, 0, result.stderr);
    const events = parseNdjson(result.stdout);
    assert.deepEqual(
      events.filter((event) => event["kind"] === "log").map((event) => [event["app"], event["text"]]),
      [
        ["hello", "hello from a single file"],
        ["hello", "42"],
      ],
    );
    assert.deepEqual(
      events.slice(-2).map((event) => event["kind"]),
      ["app-exit", "all-done"],
    );
    assert.equal(events.at(-2)?.["code"], 0);
  });

  it("shows people a readable run: times, app names, no colour when NO_COLOR is set", async () => {
    const result = await regen(["run", "tests/tools/fixtures/hello.ts", "--board", "native"], {}, 60_000);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^ +0\.\d{3} {2}kernel {4}── boot \(power-on\)/m);
    assert.match(result.stdout, /^ +\d+\.\d{3} {2}hello {5}hello from a single file$/m);
    assert.match(result.stdout, /hello {5}exited with code 0/);
    assert.ok(!result.stdout.includes("\u001b["), "no colour escapes");
  });

  it("leaves no QEMU behind when stopped by --for or by SIGTERM", async () => {
    const ticker = "tests/tools/fixtures/ticker.ts";
    const out = mkdtempSync(path.join(tmpdir(), "regen-kill-"));
    try {
      const result = await regen(["run", ticker, "--for", "1", "--json", "--out", out]);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(parseNdjson(result.stdout).some((event) => event["kind"] === "log"));
      assert.equal(qemuProcessesFor(out), 0, "QEMU left running after --for");
      // SIGTERM while QEMU runs (the build is cached by now): the CLI kills QEMU and exits 143.
      const terminated = await regen(["run", ticker, "--json", "--out", out], {}, 4000);
      assert.equal(terminated.status, 143, terminated.stderr);
      assert.ok(
        parseNdjson(terminated.stdout).some((event) => event["kind"] === "log"),
        "QEMU was running",
      );
      assert.equal(qemuProcessesFor(out), 0, "QEMU left running after SIGTERM");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
