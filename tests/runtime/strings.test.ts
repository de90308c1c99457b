// strings.test.ts: the string runtime agrees with Node on tens of thousands of generated inputs.
//
// Builds tests/runtime/strings-harness.c with runtime-c/rt/rt_str_*.c and the real heap, collector and
// exceptions (host gcc, -Werror, ASan + UBSan; a small heap, so collections run mid-operation), feeds
// it the seeded calls of strings-cases.ts (every String method on random strings with surrogates,
// every code point's case mapping, toFixed / toPrecision / toExponential / toString(radix) / String on
// random doubles, Number / parseFloat / parseInt on decimal, hexadecimal and radix text including
// 800-digit mantissas and halfway points between doubles) and compares each answer with Node's. The
// runtime is also compiled for Cortex-M3 here; strings-cortex-m.test.ts runs it there.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  caseMappingCases,
  numberFormatCases,
  numberParseCases,
  root,
  sameToken,
  SOURCES,
  stringMethodCases,
  tokenNumber,
  WARNINGS,
  type Case,
} from "./strings-cases.ts";

describe("app runtime: strings and number conversions against Node", function () {
  this.timeout(120_000);
  let harness = "";

  before(() => {
    const dir = mkdtempSync(path.join(tmpdir(), "regen-strings-"));
    harness = path.join(dir, "strings-harness");
    execFileSync("gcc", [
      ...WARNINGS,
      "-O1",
      "-ffunction-sections",
      "-fdata-sections",
      "-Wl,--gc-sections",
      "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all",
      `-I${path.join(root, "runtime-c/include")}`,
      path.join(root, "tests/runtime/strings-harness.c"),
      ...SOURCES.map((f) => path.join(root, "runtime-c/rt", f)),
      ...["rt_number.c", "rt_math.c", "rt_console.c", "rt_alloc.c", "rt_throw.c"].map((f) =>
        path.join(root, "runtime-c/rt", f),
      ),
      path.join(root, "runtime-c/heap/rg_heap.c"),
      "-o",
      harness,
    ]);
  });

  /** Runs the cases; returns how many collections the harness's heap went through. */
  function check(what: string, cases: Case[]): number {
    const input = `${cases.map((c) => c.line).join("\n")}\ncollections\n`;
    const got = execFileSync(harness, { input, maxBuffer: 1 << 28 })
      .toString()
      .split("\n");
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const g = got[i] ?? "";
      if (!sameToken(g, c.expected)) bad.push(`${c.line}\n   → ${g}\n   Node: ${c.expected}`);
    });
    assert.deepEqual(bad.slice(0, 8), [], `${bad.length} of ${cases.length} ${what} differ`);
    return tokenNumber(got[cases.length] ?? "n0");
  }

  it("runs every String method like Node on 20,000 random strings, with collections in between", () => {
    const collections = check("string methods", stringMethodCases(20_000));
    assert.ok(
      collections >= 10,
      `only ${collections} collections ran: the heap is too big to test GC safety`,
    );
  });

  it("maps case like Node for every code point of the BMP and plane 1, final sigma included", () => {
    check("case mappings", caseMappingCases());
  });

  it("formats 30,000 doubles with toFixed, toPrecision, toExponential and toString(radix) like Node", () => {
    check("number formats", numberFormatCases(30_000));
  });

  it("parses 30,000 number strings with Number(), parseFloat and parseInt like Node", () => {
    check("number parses", numberParseCases(30_000));
  });

  it("compiles for Cortex-M3 (arm-none-eabi-gcc -Os) without warnings", () => {
    for (const f of SOURCES) {
      execFileSync("arm-none-eabi-gcc", [
        ...WARNINGS,
        "-mcpu=cortex-m3",
        "-mthumb",
        "-Os",
        "-ffunction-sections",
        "-fdata-sections",
        `-I${path.join(root, "runtime-c/include")}`,
        "-c",
        path.join(root, "runtime-c/rt", f),
        "-o",
        path.join(path.dirname(harness), `${f}.o`),
      ]);
    }
  });
});
