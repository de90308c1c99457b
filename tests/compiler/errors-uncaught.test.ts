// errors-uncaught.test.ts: an uncaught exception in a compiled app is an app fault with Node's text.
//
// A differential program cannot show this (Node ends the process, the kernel restarts the app), so this
// suite runs small apps with the real `regen run --json` on the native board and on mps2-an385 (QEMU),
// and checks each app-fault event: class `exception`, the message as Node prints the first line of an
// uncaught error, and the TypeScript file:line of the throw, resolved from the fault's return address.
// Faults the runtime raises on the app's behalf (a RangeError thrown by "x".repeat(-1), a TypeError from
// reduce, out of memory inside a string concatenation, an array push or new Map) name the app line that
// called into the runtime too, also from inside a callback the runtime called (rt_fault_site.c).
// Each app faults, is restarted per the default policy, and faults the same way again.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { regen } from "../tools/cli-helpers.ts";

interface Case {
  readonly name: string;
  readonly source: string;
  /** the first line of Node's report of the uncaught exception (out of memory: the fault's text) */
  readonly text: string | RegExp;
  /** the source line (1-based) holding this text names the fault; undefined: a rejection nobody handled,
   * which the runtime reports after the microtask queue drained (some line of the app) */
  readonly marker: string | undefined;
  /** the fault class; `exception` when not given */
  readonly class?: string;
  /** app.json heapBytes, for the out-of-memory cases */
  readonly heapBytes?: number;
}

/** The text of every out-of-memory fault. */
const outOfMemory = /^out of memory: \d+ bytes wanted, heap of \d+ bytes full$/;

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
    marker: '"x".repeat(n)',
  },
  {
    // Thrown by the runtime inside a callback the runtime itself called (map).
    name: "runtime-error-callback",
    source: [
      "const counts = [1, 2, 3];",
      "const parts = counts.map((k) => {",
      "  const pad = 2 - k;",
      '  const text = "ab".repeat(pad);',
      '  return text + "!";',
      "});",
      'console.log(parts.join(","));',
    ].join("\n"),
    text: "RangeError: Invalid count value: -1",
    marker: '"ab".repeat(pad)',
  },
  {
    name: "runtime-type-error",
    source: [
      "function total(xs: number[]): number {",
      "  const sum = xs.reduce((a, b) => a + b);",
      "  return sum * 2;",
      "}",
      "console.log(total([1, 2]));",
      "console.log(total([]));",
    ].join("\n"),
    text: "TypeError: Reduce of empty array with no initial value",
    marker: "xs.reduce",
  },
  {
    name: "oom-concat",
    source: [
      'let text = "start";',
      "function grow(rounds: number): number {",
      "  let longest = 0;",
      "  for (let i = 0; i < rounds; i++) {",
      '    text = text + " more text " + i;',
      "    longest = Math.max(longest, text.length);",
      "  }",
      "  return longest;",
      "}",
      "console.log(grow(1000000));",
    ].join("\n"),
    text: outOfMemory,
    marker: 'text = text + " more text " + i',
    class: "out-of-memory",
    heapBytes: 4096,
  },
  {
    name: "oom-push",
    source: [
      "const kept: number[] = [];",
      "function fill(count: number): void {",
      "  for (let i = 0; i < count; i++) {",
      "    kept.push(i * 0.5);",
      "  }",
      "}",
      "fill(1000000);",
      "console.log(kept.length);",
    ].join("\n"),
    text: outOfMemory,
    marker: "kept.push(i * 0.5)",
    class: "out-of-memory",
    heapBytes: 4096,
  },
  {
    name: "oom-map",
    source: [
      "function index(count: number): Map<number, string> {",
      "  const seen = new Map<number, string>();",
      "  for (let i = 0; i < count; i++) {",
      '    seen.set(i, "seen");',
      "  }",
      "  return seen;",
      "}",
      "console.log(index(1000000).size);",
    ].join("\n"),
    text: outOfMemory,
    marker: 'seen.set(i, "seen")',
    class: "out-of-memory",
    heapBytes: 4096,
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
        const heap = c.heapBytes === undefined ? {} : { heapBytes: c.heapBytes };
        writeFileSync(
          path.join(app, "app.json"),
          JSON.stringify({ name: c.name, main: "main.ts", budgetMs: 500, ...heap }),
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
          assert.equal(fault.class, c.class ?? "exception");
          if (typeof c.text === "string") assert.equal(fault.text, c.text);
          else assert.match(String(fault.text), c.text);
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
