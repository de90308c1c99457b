// The per-app garbage-collected heap (runtime-c/heap): unit cases, a 1,000,000-object run in a fixed heap,
// out-of-memory, a randomized stress test against a reference model, and the Cortex-M3 code size.
//
// tests/heap/c/heap-test.c is built twice: a debug build (AddressSanitizer, UBSan, RG_HEAP_DEBUG poison
// of freed memory) and a -O2 build without sanitizers, where gcc keeps pointers in registers and
// derived pointers the way compiled apps will (the `real-stack` mode scans this process's own stack).
// Each mode prints one `ok ...` summary line, checked here.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const buildDir = path.join(root, "build", "heap");
const WARNINGS = [
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wpedantic",
  "-Wshadow",
  "-Wmissing-prototypes",
  "-Wstrict-prototypes",
];
const SOURCES = ["runtime-c/heap/rg_heap.c", "tests/heap/c/heap-test.c"];

function build(name: string, flags: string[]): string {
  mkdirSync(buildDir, { recursive: true });
  const out = path.join(buildDir, name);
  const args = [...WARNINGS, ...flags, "-Iruntime-c/include", ...SOURCES, "-o", out];
  const result = spawnSync("gcc", args, { cwd: root, encoding: "utf8" });
  assert.equal(result.status, 0, `gcc failed to build ${name}:\n${result.stderr}`);
  return out;
}

function run(exe: string, args: string[]): string {
  // The real-stack mode needs locals on the real stack, not in ASan's fake frames.
  const env = { ...process.env, ASAN_OPTIONS: "detect_stack_use_after_return=0" };
  const result = spawnSync(exe, args, { encoding: "utf8", timeout: 60_000, env });
  assert.equal(
    result.status,
    0,
    `${path.basename(exe)} ${args.join(" ")}:\n${result.stdout}${result.stderr}`,
  );
  return result.stdout;
}

describe("heap (runtime-c/heap)", function () {
  this.timeout(120_000);
  const exe = { debug: "", release: "" };

  before(() => {
    exe.debug = build("heap-test-debug", [
      "-g",
      "-O1",
      "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all",
      "-DRG_HEAP_DEBUG",
    ]);
    exe.release = build("heap-test", ["-O2"]);
  });

  for (const variant of ["debug", "release"] as const) {
    describe(variant === "debug" ? "ASan/UBSan + poison build" : "-O2 build", () => {
      it("allocates, collects cycles, honours stack and precise roots, survives mark-stack overflow, calls the oom hook, grows in place", () => {
        const out = run(exe[variant], ["unit"]);
        assert.match(out, /^ok {3}unit: /m);
        assert.match(out, /[1-9]\d* mark-stack overflow passes/);
        assert.match(out, /oom: hook called after \d+ strings/);
      });

      it("builds and drops 1,000,000 strings, arrays and closure environments in a 16 KiB heap", () => {
        const out = run(exe[variant], ["long", "--objects", "1000000"]);
        const m = /^ok {3}long: (\d+) objects in \d+ iterations, .* (\d+) collections, 0 oom$/m.exec(out);
        assert.ok(m, out);
        assert.ok(Number(m[1]) >= 1_000_000 && Number(m[2]) > 100, out);
      });

      it("keeps objects held only in local variables of the real stack, clears its dead part", () => {
        assert.match(
          run(exe[variant], ["real-stack"]),
          /^ok {3}real-stack: locals survived \d+ collections, 32 stale words cleared$/m,
        );
      });
    });
  }

  it("matches a reference model after every collection (randomized, ASan + poison)", () => {
    const seeds = [1, 2, 3];
    for (const seed of seeds) {
      const out = run(exe.debug, ["stress", "--seed", String(seed), "--steps", "40000"]);
      const m =
        /^ok {3}stress: seed \d+, \d+ steps, (\d+) objects, (\d+) collections verified, (\d+) oom/m.exec(out);
      assert.ok(m, out);
      assert.ok(Number(m[2]) > 500 && Number(m[3]) > 0, out);
    }
  });

  it("matches a reference model in the -O2 build (100,000 steps)", () => {
    const out = run(exe.release, ["stress", "--seed", "9", "--steps", "100000"]);
    assert.match(out, /^ok {3}stress: seed 9, 100000 steps/m);
  });

  it("builds for Cortex-M3 with the project's warnings", () => {
    const obj = path.join(buildDir, "rg_heap-m3.o");
    const cc = spawnSync(
      "arm-none-eabi-gcc",
      [
        ...WARNINGS,
        "-mcpu=cortex-m3",
        "-mthumb",
        "-Os",
        "-Iruntime-c/include",
        "-c",
        "runtime-c/heap/rg_heap.c",
        "-o",
        obj,
      ],
      { cwd: root, encoding: "utf8" },
    );
    assert.equal(cc.status, 0, cc.stderr);
    const size = spawnSync("arm-none-eabi-size", [obj], { encoding: "utf8" });
    const fields = (size.stdout.split("\n")[1] ?? "").trim().split(/\s+/).map(Number);
    const [text = NaN, data = NaN, bss = NaN] = fields;
    assert.equal(data + bss, 0, "the heap must have no globals");
    // ~2.3 KB of collector and allocator plus ~0.3 KB for in-place growth (rg_heap_grow).
    assert.ok(text < 2700, `rg_heap.c is ${text} bytes of Thumb code`);
  });
});
