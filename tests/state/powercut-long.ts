// `npm run test:powercut-long`: the state store's power-cut proof at full depth, plus a long mount fuzz.
//
// CI (state-store.test.ts) gives every first cut of a sample its recovery cuts; this run gives every first
// cut all of them, on more geometries, longer workloads and several seeds, then fuzzes mount with a million
// images. It prints each program's summary line and exits 1 if any reports a loss, a wrong state or a failure.
// Takes about 20 minutes on one core. `--seeds N` (default 2) sets how many workload seeds to run.
import { buildStateProgram, parsePowerCut, runStateProgram, WRAP_DEFINES } from "./state-tools.ts";

const GEOMETRIES: Array<[sectors: number, size: number, steps: number]> = [
  [2, 1024, 300],
  [2, 4096, 300],
  [3, 512, 300],
  [4, 1024, 300],
  [4, 4096, 500],
  [8, 1024, 400],
  [16, 256, 400],
];

const seedsArg = process.argv.indexOf("--seeds");
const seeds = seedsArg >= 0 ? Number(process.argv[seedsArg + 1]) : 2;
const powercut = buildStateProgram("powercut");
const wrap = buildStateProgram("powercut", { name: "powercut-wrap", defines: WRAP_DEFINES });
const fuzz = buildStateProgram("fuzz-mount");

let failed = false;
let cutPoints = 0;
const HOUR = 3_600_000;
for (let seed = 1; seed <= seeds; seed++) {
  for (const [sectors, size, steps] of GEOMETRIES) {
    for (const exe of [powercut, wrap]) {
      const args = [
        "--sectors",
        `${sectors}`,
        "--size",
        `${size}`,
        "--steps",
        `${steps}`,
        "--seed",
        `${seed}`,
      ];
      const run = runStateProgram(exe, [...args, "--second-every", "1"], HOUR);
      const summary = parsePowerCut(run.stdout);
      const label = `${exe === wrap ? "wrap " : ""}seed ${seed}`;
      process.stdout.write(`${label}: ${run.stdout.trim() || "(no summary)"}\n`);
      if (run.status !== 0 || summary === undefined) {
        failed = true;
        process.stdout.write(run.stderr);
      }
      cutPoints += summary?.cutPoints ?? 0;
    }
  }
}
const fuzzRun = runStateProgram(fuzz, ["--images", "1000000", "--seed", `${Date.now() % 100000}`], HOUR);
process.stdout.write(fuzzRun.stdout + fuzzRun.stderr);
failed ||= fuzzRun.status !== 0;
process.stdout.write(
  `power-cut long run: ${cutPoints} cut points in total, ${failed ? "FAILED" : "all good"}\n`,
);
process.exit(failed ? 1 : 0);
