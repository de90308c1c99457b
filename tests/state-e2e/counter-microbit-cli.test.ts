// apps/counter through the real CLI on the microbit with --flash-file: the count survives a new QEMU process.
//
// QEMU's microbit machine cannot back its flash with a file, so `regen run` loads the state partition through
// the gdbstub and saves it at the end of the run (QMP memsave). Two `--for 1` runs on one file: the second must
// resume at the last value the first reported saved (one off at worst, as the other counter tests allow).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { repoRoot } from "./support/firmware.ts";

const cli = path.join(repoRoot, "tools", "bin", "regen.js");

function runCounter(flash: string): string[] {
  const result = spawnSync(
    process.execPath,
    [cli, "run", "apps/counter", "--board", "microbit", "--for", "1", "--flash-file", flash, "--json"],
    { cwd: repoRoot, encoding: "utf8", timeout: 120_000, killSignal: "SIGKILL" },
  );
  assert.equal(result.status, 0, `regen run failed (${result.status}): ${result.stderr}`);
  const lines = result.stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.ok(!lines.some((l) => l["kind"] === "state-damage"), "state reported damaged");
  return lines.filter((l) => l["kind"] === "log").map((l) => String(l["text"]));
}

function lastSaved(texts: readonly string[]): number {
  const saves = texts.map((t) => /^saved (\d+)$/.exec(t)).filter((m) => m !== null);
  assert.ok(saves.length > 0, `no save reported: ${JSON.stringify(texts)}`);
  return Number(saves[saves.length - 1]?.[1]);
}

describe("apps/counter on the microbit with `regen run --flash-file`", function () {
  this.timeout(180_000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), "regen-counter-microbit-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("resumes in a second run at the count the first run saved", () => {
    const flash = path.join(dir, "flash.img");
    const first = runCounter(flash);
    assert.equal(first[0], "counter: first boot");
    assert.equal(statSync(flash).size, 16 * 1024, "the file holds exactly the 16 KiB state partition");
    assert.ok(
      readFileSync(flash).some((byte) => byte !== 0xff),
      "the first run wrote nothing to the file",
    );
    const saved = lastSaved(first);

    const second = runCounter(flash);
    const resumed = /^counter: resumed at (\d+)$/.exec(second[0] ?? "");
    assert.ok(resumed !== null, `second run began with: ${second[0]}`);
    const value = Number(resumed[1]);
    assert.ok(value >= saved - 1 && value <= saved + 1, `resumed at ${value}, first run last saved ${saved}`);
    assert.ok(lastSaved(second) > value, "the second run went on counting");
  });
});
