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
        fields: { app: 0, class: 7, pc: 0x8000_0001, addr: 0x2000_0ff8, text: "" },
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
          pc: "0x80000001",
          addr: "0x20000ff8",
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
          { type: "app-fault", t: 1, fields: { app: 0, class: 4, pc: address("crash"), addr: 0, text: "" } },
          {
            type: "app-fault",
            t: 2,
            fields: { app: 0, class: 8, pc: address("main"), addr: 0, text: "boom" },
          },
          { type: "app-fault", t: 3, fields: { app: 0, class: 1, pc: 4, addr: 0, text: "" } },
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
  });
});
