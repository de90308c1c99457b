// The flash state store (runtime-c/state): unit cases, power cut at every flash operation, mount fuzzing,
// and its size on a Cortex-M0.
//
// The C programs are built with gcc under AddressSanitizer/UBSan by state-tools.ts and run as child
// processes; each prints a summary line that is checked here. The long versions are
// `npm run test:powercut-long` and `npm run fuzz:state`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";

import {
  buildStateProgram,
  C_WARNINGS,
  CI_MATRIX,
  parsePowerCut,
  runStateProgram,
  stateBuildDir,
  WRAP_DEFINES,
} from "./state-tools.ts";

describe("state store", function () {
  this.timeout(120_000);
  const exe = { unit: "", powercut: "", wrap: "", fuzz: "", bench: "" };

  before(() => {
    exe.unit = buildStateProgram("unit");
    exe.powercut = buildStateProgram("powercut");
    exe.wrap = buildStateProgram("powercut", { name: "powercut-wrap", defines: WRAP_DEFINES });
    exe.fuzz = buildStateProgram("fuzz-mount");
    exe.bench = buildStateProgram("bench", { optimized: true });
  });

  it("keeps each promise of rg_state.h (quota, name hash, schema, release, no space, worn, foreign)", () => {
    const run = runStateProgram(exe.unit, [], 30_000);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^ok {3}no NOR rule was broken$/m);
    assert.doesNotMatch(run.stdout, /FAIL/);
  });

  describe("power cut at every flash operation (and again in the recovery)", () => {
    let total = 0;
    for (const c of CI_MATRIX) {
      it(c.name, () => {
        const run = runStateProgram(c.wrap ? exe.wrap : exe.powercut, c.args, 110_000);
        const summary = parsePowerCut(run.stdout);
        assert.ok(summary, `no summary line (status ${run.status}):\n${run.stdout}${run.stderr}`);
        assert.deepEqual(
          { lost: summary.lost, wrong: summary.wrong, violations: summary.violations, status: run.status },
          { lost: 0, wrong: 0, violations: 0, status: 0 },
          run.stdout + run.stderr,
        );
        assert.ok(summary.statesChecked > summary.cutPoints);
        total += summary.cutPoints;
      });
    }
    it("covers at least 100,000 cut points", () => {
      assert.ok(total >= 100_000, `only ${total} cut points`);
    });
  });

  it("survives 100,000 random and mutated partition images at mount (no crash, no write when damaged)", () => {
    const run = runStateProgram(exe.fuzz, ["--images", "100000", "--seed", "7"], 60_000);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const m = /fuzz-mount: (\d+) images \((\d+) clean, (\d+) damaged\), 0 failures/.exec(run.stdout);
    assert.ok(m, run.stdout);
    // Both sides of the write rule must be exercised.
    assert.ok(Number(m[2]) > 10_000 && Number(m[3]) > 10_000, run.stdout);
  });

  it("spreads wear evenly and programs under 100 bytes per 64-byte save", () => {
    const run = runStateProgram(exe.bench, ["--json"], 30_000);
    assert.equal(run.status, 0, run.stderr);
    const rows = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, number>);
    assert.ok(rows.length >= 2);
    for (const row of rows) {
      assert.ok((row["bytesProgrammedPerSave"] ?? Infinity) < 100, JSON.stringify(row));
      assert.ok((row["eraseMax"] ?? Infinity) - (row["eraseMin"] ?? 0) <= 1, JSON.stringify(row));
    }
  });

  it("fits a small MCU: under 4 KiB of Thumb code on a Cortex-M0", () => {
    const object = path.join(stateBuildDir, "rg_state-m0.o");
    const cc = spawnSync(
      "arm-none-eabi-gcc",
      [
        ...C_WARNINGS,
        "-mcpu=cortex-m0",
        "-mthumb",
        "-Os",
        "-ffunction-sections",
        "-fstack-usage",
        "-Iruntime-c/include",
        "-c",
        "runtime-c/state/rg_state.c",
        "-o",
        object,
      ],
      { encoding: "utf8" },
    );
    assert.equal(cc.status, 0, cc.stderr + (cc.error?.message ?? ""));
    const size = spawnSync("arm-none-eabi-size", [object], { encoding: "utf8" });
    const text = Number(size.stdout.split("\n")[1]?.trim().split(/\s+/)[0]);
    assert.ok(text > 0 && text < 4096, `text is ${text} bytes`);
  });
});
