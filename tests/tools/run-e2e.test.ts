// End to end: `regen run` builds real apps, runs them on QEMU and natively, and reports what happened.
//
// These start QEMU or a native process through the real CLI; every run has a time limit (--for and a
// mocha timeout) and the CLI kills its children on every path, which the last test checks.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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

function linesOf(file: string): string[] {
  return readFileSync(path.join(root, file), "utf8").split("\n");
}

/**
 * The TypeScript lines apps/crashy/main.ts faults on, by fault class (1-based), found from the source so
 * the test follows edits of the app: each deliberate fault's call, the panic, and for the stack overflow
 * any line of the recursive function (where in it the stack runs out depends on the board).
 */
function crashyFaultLines(): Map<string, number[]> {
  const lines = linesOf("apps/crashy/main.ts");
  const lineOf = (text: string): number => {
    const index = lines.findIndex((line) => line.includes(text));
    assert.ok(index >= 0, `apps/crashy/main.ts has no line with ${text}`);
    return index + 1;
  };
  const dive = lineOf("function dive(");
  return new Map([
    ["mem-manage", [lineOf("fault.memManage()")]],
    ["bus-fault", [lineOf("fault.busFault()")]],
    ["undefined-instruction", [lineOf("fault.undefinedInstruction()")]],
    ["divide-by-zero", [lineOf("fault.divideByZero()")]],
    ["stack-overflow", [dive, dive + 1, dive + 2, dive + 3]],
    ["hard-fault", [lineOf("fault.hardFault()")]],
    ["panic", [lineOf("panic(`crashy gives up")]],
  ]);
}

describe("tools: regen run, end to end", function () {
  this.timeout(180_000);

  for (const board of ["mps2-an385", "native"]) {
    it(`crashy on ${board}: every fault class restarted and placed on its TypeScript line; blink keeps logging`, async function () {
      needApps(this, "apps/crashy", "apps/blink");
      const result = await regen([
        "run",
        "apps/crashy",
        "apps/blink",
        "--board",
        board,
        "--for",
        "10",
        "--json",
      ]);
      assert.equal(result.status, 0, result.stderr);
      const events = parseNdjson(result.stdout);
      const faults = events.filter((event) => event["kind"] === "app-fault" && event["app"] === "crashy");
      const expected = crashyFaultLines();
      for (const fault of faults) {
        assert.match(String(fault["pc"]), /^0x[0-9a-f]{8}$/);
        assert.match(String(fault["lr"]), /^0x[0-9a-f]{8}$/);
        assert.match(String(fault["addr"]), /^0x[0-9a-f]{8}$/);
        const lines = expected.get(String(fault["class"]));
        assert.ok(lines !== undefined, `unexpected fault class: ${JSON.stringify(fault)}`);
        const match = /^apps\/crashy\/main\.ts:(\d+)$/.exec(String(fault["source"]));
        assert.ok(
          match !== null && lines.includes(Number(match[1])),
          `wrong source: ${JSON.stringify(fault)}`,
        );
        const after = events.slice(events.indexOf(fault) + 1);
        const next = after.find((event) => event["app"] === "crashy" && event["kind"] !== "log");
        if (next !== undefined) {
          assert.ok(["app-restart", "app-stopped"].includes(String(next["kind"])), JSON.stringify(next));
        }
      }
      // Each start logs the class of the fault before it (startInfo().fault): none on the first start.
      const starts = events.filter(
        (event) => event["kind"] === "log" && String(event["text"]).startsWith("crashy: start "),
      );
      assert.ok(starts.length >= 7, `crashy started ${starts.length} times`);
      for (const start of starts) {
        const before = faults.filter((fault) => events.indexOf(fault) < events.indexOf(start));
        const last = before.at(-1);
        const reason = last === undefined ? "power-up" : "fault-restart";
        const fault = last === undefined ? "none" : String(last["class"]);
        assert.equal(start["text"], `crashy: start ${before.length}, reason ${reason}, last fault ${fault}`);
      }
      const classes = new Set(faults.map((fault) => String(fault["class"])));
      assert.deepEqual([...classes].sort(), [...expected.keys()].sort(), JSON.stringify(faults));
      const blinkLogs = events.filter((event) => event["kind"] === "log" && event["app"] === "blink");
      // The panic ends crashy's first round (about 5.6 s in); the run's very last fault can come too close
      // to the end of --for for a blink tick to follow it.
      const panic = faults.find((fault) => fault["class"] === "panic");
      assert.ok(blinkLogs.length >= 5, `blink logged ${blinkLogs.length} lines`);
      assert.ok(
        panic !== undefined && blinkLogs.some((log) => Number(log["t"]) > Number(panic["t"])),
        "blink logs after crashy's panic",
      );
    });
  }

  it("hang on both boards: the budget ends a TypeScript endless loop, reported on its line", async function () {
    needApps(this, "apps/hang");
    const loop = linesOf("apps/hang/main.ts").findIndex((line) => line.includes("while (true)")) + 1;
    assert.ok(loop > 0, "apps/hang/main.ts has a while (true) loop");
    for (const board of ["mps2-an385", "native"]) {
      const result = await regen(["run", "apps/hang", "--board", board, "--for", "2", "--json"]);
      assert.equal(result.status, 0, result.stderr);
      const faults = parseNdjson(result.stdout).filter((event) => event["kind"] === "app-fault");
      assert.ok(faults.length >= 1, `${board}: no fault in ${result.stdout}`);
      for (const fault of faults) {
        assert.equal(fault["class"], "timeout", `${board}: ${JSON.stringify(fault)}`);
        assert.equal(fault["source"], `apps/hang/main.ts:${loop}`, `${board}: ${JSON.stringify(fault)}`);
      }
    }
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
