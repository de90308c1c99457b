// The state store's part of `npm run bench`: save cost and mount time on mps2, flash wear on the host.
//
// On mps2-an385 under `-icount shift=0` (1 instruction = 1 ns) the bench app (apps/state-saver) commits 800
// 64-byte saves into a fresh file-backed partition, then hangs the kernel so the watchdog resets the board; a
// firmware built with -DRG_MEASURE_STATE sends `measure save-ticks` per save and `mount-ticks` per boot, and
// the second boot's mount is the mount of a full partition. Bytes per save, erases and endurance come from the
// state store's own host benchmark (tests/state/c/bench.c on the emulated NOR flash), compiled here.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";

import { buildFirmware, defaultManifest, loadBoard } from "../src/build/index.ts";
import { RegenError } from "../src/errors.ts";
import { FrameDecoder, nameOf, type DeviceEvent } from "../src/protocol/index.ts";
import { ABI } from "../src/abi/abi.generated.ts";
import { qemuFlashArgs } from "../src/run/flash-file.ts";
import { requireTool } from "../src/toolchain.ts";

/** Targets from the product brief. */
export const STATE_TARGET = { saveInstructions: 20_000, years: 10 };

/** Wall-clock cap for the QEMU run (ms). */
const RUN_LIMIT_MS = 60_000;

type Row = (label: string, value: string, target: string, verdict: string) => string;

/** Runs the state bench and returns its report lines. */
export async function stateBench(root: string, row: Row): Promise<string[]> {
  const outDir = path.join(root, ".regen-cache", "bench-state");
  mkdirSync(outDir, { recursive: true });
  const board = loadBoard("mps2-an385");
  const base = defaultManifest("saver");
  const build = await buildFirmware({
    board,
    outDir,
    extraCFlags: ["-DRG_MEASURE_STATE"],
    apps: [
      {
        manifest: { ...base, stateBytes: 64, budgetMs: 500 },
        cFile: path.join(root, "tools", "bench", "apps", "state-saver", "saver.c"),
        moduleId: "saver",
      },
    ],
  });
  const flash = path.join(outDir, "flash.img");
  rmSync(flash, { force: true });
  writeFileSync(flash, "");
  truncateSync(flash, 16 * 1024 * 1024);
  const events = await runQemu(build.elf, board.qemu?.args ?? [], flash);
  const measures = (key: string): number[] =>
    events.flatMap((e) =>
      e.type === "measure" && nameOf(ABI.measureKeys, e.fields.key) === key ? [e.fields.value] : [],
    );
  const tickHz = measures("tick-hz")[0];
  const saves = measures("save-ticks");
  const mounts = measures("mount-ticks");
  if (tickHz === undefined || saves.length === 0 || mounts.length < 2) {
    throw new RegenError(
      "the state bench firmware sent too few measurements",
      `got ${saves.length} save-ticks and ${mounts.length} mount-ticks in ${events.length} events`,
    );
  }
  const instr = (ticks: number): number => (ticks * 1e9) / tickHz;
  const sorted = saves.map(instr).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const worst = sorted.at(-1) ?? 0;
  const ok = (value: number, target: number): string =>
    `${(value / target).toFixed(2)}× target ${value <= target ? "(ok)" : "(OVER)"}`;
  const lines = [
    "",
    "state store (64-byte state; mps2 partition 16 × 4 KiB in file-backed PSRAM)",
    row(
      "state store flash (bytes)",
      String(build.sizes.stateFlash),
      "-",
      "runtime-c/state, apart from the kernel",
    ),
    row(
      "save, median (instr.)",
      median.toFixed(0),
      String(STATE_TARGET.saveInstructions),
      ok(median, STATE_TARGET.saveInstructions),
    ),
    row(
      "save, worst: compaction (instr.)",
      worst.toFixed(0),
      String(STATE_TARGET.saveInstructions),
      ok(worst, STATE_TARGET.saveInstructions),
    ),
    row(
      "mount, full partition (instr.)",
      instr(mounts[1] ?? 0).toFixed(0),
      "-",
      `blank: ${instr(mounts[0] ?? 0).toFixed(0)}`,
    ),
  ];
  lines.push(...hostWear(root, outDir, row));
  return lines;
}

function runQemu(elf: string, boardArgs: readonly string[], flash: string): Promise<DeviceEvent[]> {
  const program = requireTool("qemu-system-arm", "to run the state bench");
  const child = spawn(
    program,
    [
      ...qemuFlashArgs("mps2-an385", flash),
      ...boardArgs,
      "-serial",
      "stdio",
      "-icount",
      "shift=0,sleep=off",
      "-kernel",
      elf,
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  const decoder = new FrameDecoder();
  const events: DeviceEvent[] = [];
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_LIMIT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      events.push(...decoder.push(chunk));
      if (events.some((e) => e.type === "all-done")) child.kill("SIGKILL");
    });
    child.on("close", () => {
      clearTimeout(timer);
      resolve(events);
    });
  });
}

interface WearLine {
  sectors: number;
  sectorBytes: number;
  apps: number;
  bytesProgrammedPerSave: number;
  erasesPer10kSaves: number;
  yearsAtOneSavePerSecond: number;
  saveIntervalFor10YearsS: number;
}

function hostWear(root: string, outDir: string, row: Row): string[] {
  const exe = path.join(outDir, "state-wear");
  const sources = ["tests/state/c/bench.c", "tests/state/c/nor-emu.c", "runtime-c/state/rg_state.c"];
  const cc = spawnSync("gcc", ["-std=c11", "-O2", "-Iruntime-c/include", ...sources, "-o", exe], {
    cwd: root,
    encoding: "utf8",
  });
  if (cc.status !== 0) throw new RegenError("cannot build the state store's host benchmark", cc.stderr);
  const run = spawnSync(exe, ["--json", "--cycles", "10000"], { encoding: "utf8", timeout: 60_000 });
  if (run.status !== 0) throw new RegenError("the state store's host benchmark failed", run.stderr);
  const lines = run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as WearLine)
    .filter((line) => line.apps === 1 && line.sectors * line.sectorBytes === 16 * 1024);
  return lines.flatMap((w) => {
    const label = `${w.sectors} × ${w.sectorBytes / 1024} KiB`;
    return [
      row(`${label}: bytes written / save`, w.bytesProgrammedPerSave.toFixed(1), "-", ""),
      row(`${label}: erases / 10,000 saves`, w.erasesPer10kSaves.toFixed(0), "-", ""),
      row(
        `${label}: years at 1 save/s, 10k cyc.`,
        w.yearsAtOneSavePerSecond.toFixed(2),
        `≥ ${STATE_TARGET.years}`,
        w.yearsAtOneSavePerSecond >= STATE_TARGET.years
          ? "(ok)"
          : `(SHORT: 10 years needs a save every ${w.saveIntervalFor10YearsS.toFixed(0)} s)`,
      ),
    ];
  });
}
