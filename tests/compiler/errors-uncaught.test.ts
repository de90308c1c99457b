// errors-uncaught.test.ts: an uncaught exception in a compiled app is an app fault with Node's text.
//
// A differential program cannot show this (Node ends the process, the kernel restarts the app), so this
// suite runs small apps with the real `regen run --json` on the native board and on mps2-an385 (QEMU),
// and checks each app-fault event: class `exception`, the message as Node prints the first line of an
// uncaught error, and the TypeScript file:line of the throw, resolved from the fault's return address.
// Each app faults, is restarted per the default policy, and faults the same way again.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { regen } from "../tools/cli-helpers.ts";

interface Case {
  readonly name: string;
  readonly source: string;
  /** the first line of Node's report of the uncaught exception */
  readonly text: string;
  /** the source line (1-based) holding this text names the fault; undefined: the runtime raised it (a
   * runtime function threw, or a rejection nobody handled), and the fault names a runtime line */
  readonly marker: string | undefined;
}

const cases: readonly Case[] = [
  {
    name: "range-error",
    source: [
      "function check(n: number): number {",
      '  if (n > 2) throw new RangeError("value " + n + " is too big");',
      "  return n;",
      "}",
      "let sum = 0;",
      "for (let i = 0; i < 5; i++) {",
      "  sum += check(i);",
      '  console.log("sum", sum);',
      "}",
    ].join("\n"),
    text: "RangeError: value 3 is too big",
    marker: "throw new RangeError",
  },
  {
    name: "thrown-string",
    source: ['console.log("start");', 'const reason = "plain " + "text";', "throw reason;"].join("\n"),
    text: "plain text",
    marker: "throw reason",
  },
  {
    name: "rethrown",
    source: [
      "function inner(): void {",
      '  throw new TypeError("bad input");',
      "}",
      "try {",
      "  inner();",
      "} catch (e) {",
      '  console.log("logged and passed on");',
      "  throw e;",
      "} finally {",
      '  console.log("finally");',
      "}",
    ].join("\n"),
    text: "TypeError: bad input",
    // A rethrow after a finally leaves from the finally's end (the pending throw is re-raised there).
    marker: 'console.log("finally")',
  },
  {
    name: "timer-closure",
    source: [
      "let ticks = 0;",
      "const limit = 2;",
      "const id = setInterval(() => {",
      "  ticks++;",
      '  console.log("tick", ticks);',
      '  if (ticks > limit) throw new Error("tick " + ticks + " over the limit");',
      "}, 10);",
    ].join("\n"),
    text: "Error: tick 3 over the limit",
    marker: "over the limit",
  },
  {
    name: "unhandled-rejection",
    source: [
      'import { sleep } from "regen";',
      "async function poll(): Promise<number> {",
      "  await sleep(5);",
      '  throw new TypeError("device did not answer");',
      "}",
      "poll();",
      'console.log("polling");',
    ].join("\n"),
    text: "TypeError: device did not answer",
    marker: undefined,
  },
  {
    name: "runtime-error",
    source: ["const n = -1;", 'console.log("before");', 'console.log("x".repeat(n));'].join("\n"),
    text: "RangeError: Invalid count value: -1",
    marker: undefined,
  },
];

interface FaultEvent {
  readonly kind: string;
  readonly app?: string;
  readonly class?: string;
  readonly text?: string;
  readonly source?: string;
}

for (const board of ["native", "mps2-an385"]) {
  describe(`compiler: uncaught exceptions are app faults (${board})`, function () {
    this.timeout(240_000);
    const dir = path.join(tmpdir(), `regen-uncaught-${process.pid}-${board}`);
    let events: FaultEvent[] = [];
    let output = "";

    before(async () => {
      mkdirSync(dir, { recursive: true });
      // App folders, for the longest time budget: a loaded host slows QEMU down, and a slow main must not
      // end as a `timeout` fault before it throws.
      const files = cases.map((c) => {
        const app = path.join(dir, c.name);
        mkdirSync(app, { recursive: true });
        writeFileSync(path.join(app, "main.ts"), `${c.source}\n`);
        writeFileSync(
          path.join(app, "app.json"),
          JSON.stringify({ name: c.name, main: "main.ts", budgetMs: 500 }),
        );
        return app;
      });
      const result = await regen(["run", ...files, "--board", board, "--for", "2", "--json"], {}, 200_000);
      output = result.stdout + result.stderr;
      events = result.stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as FaultEvent);
    });

    for (const c of cases) {
      it(c.name, () => {
        const faults = events.filter((e) => e.kind === "app-fault" && e.app === c.name);
        assert.ok(faults.length >= 2, `expected repeated faults of ${c.name}:\n${output.slice(-3000)}`);
        const marker = c.marker;
        const line = marker === undefined ? 0 : c.source.split("\n").findIndex((l) => l.includes(marker)) + 1;
        for (const fault of faults) {
          assert.equal(fault.class, "exception");
          assert.equal(fault.text, c.text);
          if (marker === undefined) assert.match(String(fault.source), /:\d+$/);
          else assert.equal(fault.source, `${path.join(dir, c.name, "main.ts")}:${line}`);
        }
        assert.ok(
          events.some((e) => e.kind === "app-restart" && e.app === c.name),
          "the kernel restarted the app",
        );
      });
    }
  });
}
