// math-cortex-m.test.ts: the Math functions give Node's bits on Cortex-M too (soft-float, under QEMU).
//
// Builds tests/runtime/math-harness.c and the runtime's Math files with arm-none-eabi-gcc for each board's
// core (-Os, -Werror, no FPU: every double operation is a library call), runs it bare on qemu-system-arm
// with stdin and stdout over semihosting, and compares every result with Node's: mps2-an385 (Cortex-M3,
// Thumb-2, where libgcc's double addition misrounds and runtime-c/rt/rt_math_softfloat.c replaces it) and
// microbit (Cortex-M0, Thumb-1, libgcc's C soft-float). Fewer inputs per function than the host test:
// emulated soft-float is ~100x slower. The timeout of each run kills QEMU if the firmware hangs.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { inputLine, MATH_SOURCES, mismatches, runHarness, WARNINGS } from "./math-harness-run.ts";
import { arithmeticCases, mathCases } from "./math-inputs.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

const boards = [
  { board: "mps2-an385", cpu: "cortex-m3", inputs: 1_500 },
  { board: "microbit", cpu: "cortex-m0", inputs: 500 },
] as const;

for (const { board, cpu, inputs } of boards) {
  describe(`app runtime: Math on ${cpu} (${board} under QEMU) against Node`, function () {
    this.timeout(120_000);
    const cases = [...mathCases(inputs), ...arithmeticCases(inputs)];
    const results = new Map<string, string[]>();

    before(() => {
      const dir = mkdtempSync(path.join(tmpdir(), `regen-math-${cpu}-`));
      const elf = path.join(dir, "math-harness.elf");
      execFileSync("arm-none-eabi-gcc", [
        ...WARNINGS,
        "-Os",
        `-mcpu=${cpu}`,
        "-mthumb",
        "-ffunction-sections",
        "-fdata-sections",
        `-I${path.join(root, "runtime-c/include")}`,
        "--specs=rdimon.specs",
        "--specs=nano.specs",
        "-T",
        path.join(root, "tests/runtime/math-cortex-m.ld"),
        "-Wl,--gc-sections",
        path.join(root, "tests/runtime/math-cortex-m-start.c"),
        path.join(root, "tests/runtime/math-harness.c"),
        ...MATH_SOURCES,
        "-o",
        elf,
      ]);
      const qemu = ["-M", board, "-display", "none", "-monitor", "none", "-serial", "null"];
      qemu.push("-semihosting-config", "enable=on,target=native", "-kernel", elf);
      const lines = cases.flatMap((c) => c.inputs.map((args) => inputLine(c.name, args)));
      const out = runHarness("qemu-system-arm", qemu, lines);
      let at = 0;
      for (const c of cases) {
        results.set(c.name, out.slice(at, at + c.inputs.length));
        at += c.inputs.length;
      }
    });

    for (const c of cases) {
      it(`${c.name}: ${c.inputs.length} inputs`, () => {
        const bad = mismatches(c, results.get(c.name) ?? []);
        assert.deepEqual(
          bad.slice(0, 8),
          [],
          `${bad.length} of ${c.inputs.length} results differ from Node's`,
        );
      });
    }
  });
}
