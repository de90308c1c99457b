// apps/counter through the real CLI on mps2-an385 with --flash-file, with QEMU killed (SIGKILL) at random.
//
// Each round runs `regen run apps/counter --flash-file F --json`, waits a seeded random time after the first
// event, then kills the QEMU process under the CLI: a power cut at an arbitrary instant, possibly inside a flash
// write. The next round must resume at the last value the previous round reported saved (one less at worst:
// the promise allows losing the save a cut fell inside), and nothing may ever be reported damaged.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { seeded } from "./support/counter-check.ts";
import { repoRoot } from "./support/firmware.ts";

const ROUNDS = 20;
const cli = path.join(repoRoot, "tools", "bin", "regen.js");

interface Round {
  lines: Record<string, unknown>[];
  status: number | null;
}

/** The child processes of `pid` (from /proc), so the test kills QEMU, not the CLI. */
function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return tasks === "" ? [] : tasks.split(/\s+/).map(Number);
  } catch {
    return [];
  }
}

function runRound(flash: string, killAfterMs: number): Promise<Round> {
  const child = spawn(
    process.execPath,
    [cli, "run", "apps/counter", "--flash-file", flash, "--json", "--for", "20"],
    {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: Record<string, unknown>[] = [];
  let buffered = "";
  let timer: NodeJS.Timeout | undefined;
  const cut = (): void => {
    const qemu = childrenOf(child.pid ?? 0);
    assert.ok(qemu.length > 0, "no QEMU process under the CLI");
    for (const pid of qemu) process.kill(pid, "SIGKILL");
  };
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (text: string) => {
    buffered += text;
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const part of parts) if (part.trim() !== "") lines.push(JSON.parse(part) as Record<string, unknown>);
    if (timer === undefined && lines.length > 0) timer = setTimeout(cut, killAfterMs);
  });
  return new Promise((resolve) => {
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ lines, status });
    });
  });
}

describe("apps/counter through `regen run --flash-file` with QEMU killed at random", function () {
  this.timeout(180_000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), "regen-counter-cli-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(`resumes from the last committed count after each of ${ROUNDS} power cuts`, async () => {
    const flash = path.join(dir, "flash.img");
    const random = seeded(7);
    let lastSaved: number | undefined;
    let totalSaves = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { lines, status } = await runRound(flash, 150 + Math.floor(random() * 600));
      assert.equal(status, 4, `round ${round}: the CLI should report QEMU's death (status 4), got ${status}`);
      assert.ok(!lines.some((l) => l["kind"] === "state-damage"), `round ${round}: state reported damaged`);
      const texts = lines.filter((l) => l["kind"] === "log").map((l) => String(l["text"]));
      const starts = lines.filter((l) => l["kind"] === "app-start");
      assert.equal(starts.length, 1, `round ${round}: ${JSON.stringify(starts)}`);
      if (round === 0) {
        assert.equal(starts[0]?.["reason"], "first-boot");
        assert.equal(texts[0], "counter: first boot");
      } else {
        assert.equal(starts[0]?.["reason"], "power-up");
        const resumed = /^counter: resumed at (\d+)$/.exec(texts[0] ?? "");
        assert.ok(resumed !== null, `round ${round}: ${texts[0]}`);
        const value = Number(resumed[1]);
        const expected = lastSaved ?? 0;
        assert.ok(
          value >= expected - 1 && value <= expected + 1,
          `round ${round}: resumed at ${value}, last reported save was ${expected}`,
        );
        lastSaved = value;
      }
      for (const text of texts) {
        const saved = /^saved (\d+)$/.exec(text);
        if (saved !== null) {
          lastSaved = Number(saved[1]);
          totalSaves++;
        }
        assert.ok(!text.includes("failed"), `round ${round}: ${text}`);
      }
    }
    assert.ok(totalSaves >= ROUNDS, `only ${totalSaves} saves in ${ROUNDS} rounds`);
  });
});
