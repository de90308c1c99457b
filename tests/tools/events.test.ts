// Host events: translation of device events, NDJSON, the human view, and fault lines through addr2line.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";

import { makePalette, colorWanted } from "../../tools/src/events/colors.ts";
import { EventPipeline } from "../../tools/src/events/event-pipeline.ts";
import { EventTranslator } from "../../tools/src/events/event-translator.ts";
import type { EventSink, HostEvent } from "../../tools/src/events/host-event.ts";
import { HumanSink } from "../../tools/src/events/human-sink.ts";
import { NdjsonSink } from "../../tools/src/events/ndjson-sink.ts";
import { SourceResolver } from "../../tools/src/events/source-resolver.ts";
import { encodeFrames, type DeviceEvent } from "../../tools/src/protocol/index.ts";

class ArraySink implements EventSink {
  readonly events: HostEvent[] = [];
  write(event: HostEvent): void {
    this.events.push(event);
  }
}

describe("tools: events for people and for NDJSON", () => {
  it("names apps and codes, and joins continued log frames", () => {
    const translator = new EventTranslator();
    const device: DeviceEvent[] = [
      { type: "boot", t: 0, fields: { reason: 3, abi: 1, apps: 1 } },
      { type: "app-info", t: 0, fields: { app: 0, name: "hello" } },
      { type: "log", t: 10, fields: { app: 0, flags: 1, text: "a very " } },
      { type: "log", t: 11, fields: { app: 0, flags: 1, text: "long " } },
      { type: "log", t: 12, fields: { app: 0, flags: 0, text: "line" } },
      {
        type: "app-fault",
        t: 20,
        fields: { app: 0, class: 7, pc: 0x8000_0000, addr: 0x2000_0ff8, lr: 0x0000_1a2b, text: "" },
      },
      { type: "app-exit", t: 30, fields: { app: 0, code: -3 } },
    ];
    assert.deepEqual(
      device.flatMap((event) => translator.translate(event)),
      [
        { kind: "boot", t: 0, reason: "kernel-panic", abi: 1, apps: 1 },
        { kind: "app-info", t: 0, app: "hello", index: 0 },
        { kind: "log", t: 10, app: "hello", text: "a very long line" },
        {
          kind: "app-fault",
          t: 20,
          app: "hello",
          class: "stack-overflow",
          pc: "0x80000000",
          addr: "0x20000ff8",
          lr: "0x00001a2b",
        },
        { kind: "app-exit", t: 30, app: "hello", code: -3 },
      ],
    );
  });

  it("writes one JSON object per line with kind first", () => {
    const out = new PassThrough();
    new NdjsonSink(out).write({ kind: "log", t: 5, app: "x", text: 'say "hi"' });
    assert.equal(out.read().toString(), '{"kind":"log","t":5,"app":"x","text":"say \\"hi\\""}\n');
  });

  it("colours only on a terminal, never with NO_COLOR", () => {
    assert.equal(colorWanted({ isTTY: true }, { TERM: "xterm" }), true);
    assert.equal(colorWanted({ isTTY: true }, { TERM: "xterm", NO_COLOR: "1" }), false);
    assert.equal(colorWanted({ isTTY: false }, {}), false);
    assert.equal(colorWanted({ isTTY: false }, { FORCE_COLOR: "1" }), true);
    const plain = new HumanSink(new PassThrough(), makePalette(false)).format({
      kind: "log",
      t: 1500,
      app: "a",
      text: "x",
    });
    assert.equal(plain, "    1.500  a         x");
    const coloured = new HumanSink(new PassThrough(), makePalette(true)).format({
      kind: "watchdog-reset",
      t: 0,
    });
    assert.ok(coloured.includes("\u001b["), "expected an SGR escape");
  });

  describe("fault sources through addr2line", () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(path.join(tmpdir(), "regen-src-"));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it("maps fault pcs to the TypeScript line and shows it in the human view", async function () {
      const ts = path.join(folder, "app.ts");
      writeFileSync(ts, "let a = 1;\nlet b = 2;\nconst q = a / (b - 2);\n");
      const c = path.join(folder, "app.c");
      // What the compiler emits: #line directives pointing back at the TypeScript file.
      writeFileSync(
        c,
        `#line 3 "${ts}"\nint crash(volatile int *p) { return *p; }\n#line 1 "${ts}"\nint main(void) { return 0; }\n`,
      );
      const elf = path.join(folder, "app.elf");
      // DWARF 4: with gcc 12's DWARF 5, binutils 2.40 addr2line names the .c file for #line code.
      execFileSync("gcc", ["-gdwarf-4", "-O1", "-no-pie", "-o", elf, c]);
      const symbols = execFileSync("nm", [elf], { encoding: "utf8" });
      const address = (name: string): number =>
        Number.parseInt(new RegExp(`^([0-9a-f]+) T ${name}$`, "m").exec(symbols)?.[1] ?? "0", 16);

      const resolver = new SourceResolver(elf, "addr2line", folder);
      const sink = new ArraySink();
      const pipeline = new EventPipeline({ sink, resolver, appNames: ["app"] });
      pipeline.push(
        encodeFrames([
          {
            type: "app-fault",
            t: 1,
            fields: { app: 0, class: 4, pc: address("crash"), addr: 0, lr: 0, text: "" },
          },
          {
            type: "app-fault",
            t: 2,
            fields: { app: 0, class: 8, pc: address("main"), addr: 0, lr: 0, text: "boom" },
          },
          { type: "app-fault", t: 3, fields: { app: 0, class: 1, pc: 4, addr: 0, lr: 0, text: "" } },
          { type: "app-exit", t: 4, fields: { app: 0, code: 0 } },
        ]),
      );
      await pipeline.finish();
      resolver.close();
      assert.deepEqual(
        sink.events.map((event) => [event.kind, event["source"]]),
        [
          ["app-fault", "app.ts:3"],
          ["app-fault", "app.ts:1"],
          ["app-fault", undefined],
          ["app-exit", undefined],
        ],
      );
      const human = new HumanSink(new PassThrough(), makePalette(false));
      const cwd = process.cwd();
      process.chdir(folder);
      try {
        assert.match(
          human.format(sink.events[0]!),
          /FAULT divide-by-zero {2}at app\.ts:3.*\n.*3 │ const q = a \/ \(b - 2\);$/,
        );
      } finally {
        process.chdir(cwd);
      }
    });

    it("places a fault outside app code by its lr: the call site in TypeScript", async function () {
      const ts = path.join(folder, "calls.ts");
      writeFileSync(ts, "fault.memManage();\nlet x = 1;\nx = dive(x);\n");
      const c = path.join(folder, "calls.c");
      // board() stands for board C (no #line: its pc names calls.c); app() is TypeScript line 3.
      writeFileSync(
        c,
        [
          "int board(volatile int *p) { return *p; }",
          `#line 3 "${ts}"`,
          "int app(volatile int *p) { return board(p) + 1; }",
          `#line 1 "${ts}"`,
          "int main(void) { return 0; }",
          "",
        ].join("\n"),
      );
      const elf = path.join(folder, "calls.elf");
      execFileSync("gcc", ["-gdwarf-4", "-O1", "-fno-inline", "-no-pie", "-o", elf, c]);
      const symbols = execFileSync("nm", [elf], { encoding: "utf8" });
      const address = (name: string): number =>
        Number.parseInt(new RegExp(`^([0-9a-f]+) T ${name}$`, "m").exec(symbols)?.[1] ?? "0", 16);
      // A return address points after the call: on x86 the lookup steps back one byte, so app()'s start
      // plus one stands for a return into app().
      const intoApp = address("app") + 1;

      const resolver = new SourceResolver(elf, "addr2line", folder);
      const sink = new ArraySink();
      const pipeline = new EventPipeline({ sink, resolver, appNames: ["app"] });
      const fault = (t: number, pc: number, lr: number): DeviceEvent => ({
        type: "app-fault",
        t,
        fields: { app: 0, class: 1, pc, addr: 0, lr, text: "" },
      });
      pipeline.push(
        encodeFrames([
          fault(1, address("board"), intoApp), // in board C, called from TypeScript: the call site
          fault(2, 0, intoApp), // pc unknown (a panic, a lost frame): the call site
          fault(3, address("main"), intoApp), // the pc is TypeScript itself: the pc wins
          fault(4, address("board"), 0), // no call site: the C line is better than nothing
          fault(5, 0, 0),
        ]),
      );
      await pipeline.finish();
      resolver.close();
      assert.deepEqual(
        sink.events.map((event) => [event["t"], event["source"], event["pc"], event["lr"]]),
        [
          [1, "calls.ts:3", hex(address("board")), hex(intoApp)],
          [2, "calls.ts:3", "0x00000000", hex(intoApp)],
          [3, "calls.ts:1", hex(address("main")), hex(intoApp)],
          [4, "calls.c:1", hex(address("board")), "0x00000000"],
          [5, undefined, "0x00000000", "0x00000000"],
        ],
      );
    });

    it("steps a Thumb return address back into its call instruction", async function () {
      // A Thumb return address has bit 0 set and points after a 4-byte bl: the lookup clears the bit and
      // steps back 2 bytes. An even pc is used as it is.
      const thumb = new SourceResolver("/nonexistent.elf", "/nonexistent-addr2line", folder, true);
      assert.equal(await thumb.resolveCallSite(0), null);
      assert.equal(await thumb.resolve(0), null);
      thumb.close();
      if (!commandExists("arm-none-eabi-gcc")) this.skip();
      const ts = path.join(folder, "thumb.ts");
      writeFileSync(ts, "let a = 1;\nlet b = 2;\nlet c = 3;\n");
      const c = path.join(folder, "thumb.c");
      writeFileSync(
        c,
        [
          "void board(void);",
          "void app(void);",
          'void board(void) { __asm__ volatile("udf #0"); }',
          `#line 2 "${ts}"`,
          "void app(void) { board();",
          `#line 3 "${ts}"`,
          "board(); }",
          "",
        ].join("\n"),
      );
      const obj = path.join(folder, "thumb.o");
      const flags = ["-mcpu=cortex-m3", "-mthumb", "-O1", "-g", "-fno-inline", "-c", "-o", obj, c];
      execFileSync("arm-none-eabi-gcc", flags);
      // The return addresses of app()'s two calls, from its disassembly: each bl's address + 4, Thumb bit set.
      const listing = execFileSync("arm-none-eabi-objdump", ["-d", obj], { encoding: "utf8" });
      const calls = [...listing.matchAll(/^\s*([0-9a-f]+):\s+(?:[0-9a-f]{4} ){2}\s*bl\s/gm)].map(
        (m) => Number.parseInt(m[1] ?? "0", 16) + 4 + 1,
      );
      assert.equal(calls.length, 2, listing);
      const resolver = new SourceResolver(obj, "arm-none-eabi-addr2line", folder, true);
      try {
        const lines = await Promise.all(calls.map((lr) => resolver.resolveCallSite(lr)));
        assert.deepEqual(
          lines.map((where) => where && `${where.file}:${where.line}`),
          ["thumb.ts:2", "thumb.ts:3"],
        );
      } finally {
        resolver.close();
      }
    });
  });
});

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, "0")}`;
}

function commandExists(program: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
