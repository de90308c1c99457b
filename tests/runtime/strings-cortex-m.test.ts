// strings-cortex-m.test.ts: the string runtime gives Node's answers on Cortex-M3 too (soft-float, QEMU).
//
// Builds tests/runtime/strings-harness.c and the string runtime with arm-none-eabi-gcc for mps2-an385's
// Cortex-M3 (-Os, -Werror, no FPU: every double operation is a library call, and toString(radix) and the
// parsing fast path compute in doubles), runs it bare on qemu-system-arm with stdin and stdout over
// semihosting, and compares every answer with Node's, as strings.test.ts does on the host. Fewer inputs:
// emulated soft-float is slow. The run's timeout kills QEMU if the firmware hangs.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  numberFormatCases,
  numberParseCases,
  root,
  sameToken,
  SOURCES,
  stringMethodCases,
  WARNINGS,
  type Case,
} from "./strings-cases.ts";

const haveQemu = spawnSync("qemu-system-arm", ["--version"], { stdio: "ignore" }).status === 0;

describe("app runtime: strings and number conversions on Cortex-M3 (mps2-an385 under QEMU) against Node", function () {
  this.timeout(180_000);
  let elf = "";

  before(function () {
    if (!haveQemu) this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), "regen-strings-m3-"));
    elf = path.join(dir, "strings-harness.elf");
    const rt = (file: string): string => path.join(root, "runtime-c/rt", file);
    execFileSync("arm-none-eabi-gcc", [
      ...WARNINGS,
      "-Os",
      "-mcpu=cortex-m3",
      "-mthumb",
      "-ffunction-sections",
      "-fdata-sections",
      "-DSTRINGS_HARNESS_INPUT_BYTES=65536",
      `-I${path.join(root, "runtime-c/include")}`,
      "--specs=rdimon.specs",
      "-T",
      path.join(root, "tests/runtime/strings-cortex-m.ld"),
      "-Wl,--gc-sections",
      path.join(root, "tests/runtime/math-cortex-m-start.c"),
      path.join(root, "tests/runtime/strings-harness.c"),
      ...SOURCES.map(rt),
      // rt_math_softfloat.c replaces libgcc's misrounding double addition, as in every firmware.
      ...["rt_number.c", "rt_math.c", "rt_math_softfloat.c", "rt_console.c", "rt_alloc.c", "rt_throw.c"].map(
        rt,
      ),
      path.join(root, "runtime-c/heap/rg_heap.c"),
      "-o",
      elf,
    ]);
  });

  function check(what: string, cases: Case[]): void {
    const qemu = ["-M", "mps2-an385", "-display", "none", "-monitor", "none", "-serial", "null"];
    qemu.push("-semihosting-config", "enable=on,target=native", "-kernel", elf);
    const input = `${cases.map((c) => c.line).join("\n")}\n`;
    const got = execFileSync("qemu-system-arm", qemu, { input, maxBuffer: 1 << 26, timeout: 120_000 })
      .toString()
      .split("\n");
    const bad = cases.flatMap((c, i) =>
      sameToken(got[i] ?? "", c.expected) ? [] : [`${c.line}\n   → ${got[i] ?? ""}\n   Node: ${c.expected}`],
    );
    assert.deepEqual(bad.slice(0, 8), [], `${bad.length} of ${cases.length} ${what} differ`);
  }

  it("formats 3,000 doubles (toFixed, toPrecision, toExponential, toString(radix), String) like Node", () => {
    check("number formats", numberFormatCases(3_000));
  });

  it("parses 3,000 number strings (Number, parseFloat, parseInt) like Node", () => {
    check("number parses", numberParseCases(3_000));
  });

  it("runs 2,000 String method calls like Node", () => {
    check("string methods", stringMethodCases(2_000));
  });
});
