// `npm run test:powercut-long`: the state store's power-cut proof at full depth, plus a long mount fuzz.
//
// CI (state-store.test.ts) gives a sparse sample of first cuts their recovery cuts; this run gives all of them
// on the small geometries (and a dense sample on the large ones), longer workloads, several seeds, then fuzzes
// mount with a million images. It prints each program's summary line and exits 1 if any reports a loss, a
// wrong state or a failure. About 20 minutes per seed on one core. `--seeds N` (default 1) sets the seeds.
import { buildStateProgram, parsePowerCut, runStateProgram, WRAP_DEFINES } from "./state-tools.ts";

/** Geometry, workload steps, and how often a first cut gets its recovery cuts (1 = every one). Large sectors
 * make recovery saves long (compaction copies), so they are sampled to keep the run near 20 minutes. */
const MATRIX: Array<[sectors: number, size: number, steps: number, secondEvery: number]> = [
  [2, 1024, 300, 1],
  [3, 512, 300, 1],
  [4, 1024, 300, 2],
  [16, 256, 300, 2],
  [8, 1024, 400, 4],
  [2, 4096, 200, 16],
  [4, 4096, 400, 8],
];

const seedsArg = process.argv.indexOf("--seeds");
const seeds = seedsArg >= 0 ? Number(process.argv[seedsArg + 1]) : 1;
// Own names, so that a test run building the same programs meanwhile does not replace them under this one.
const powercut = buildStateProgram("powercut", { name: "long-powercut" });
const wrap = buildStateProgram("powercut", { name: "long-powercut-wrap", defines: WRAP_DEFINES });
const fuzz = buildStateProgram("fuzz-mount", { name: "long-fuzz-mount" });

let failed = false;
let cutPoints = 0;
const HOUR = 3_600_000;
for (let seed = 1; seed <= seeds; seed++) {
  for (const [sectors, size, steps, secondEvery] of MATRIX) {
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
      // The wrap build makes the same operations with other numbers: a lighter sample is enough.
      const every = exe === wrap ? secondEvery * 4 : secondEvery;
      const run = runStateProgram(exe, [...args, "--second-every", `${every}`], HOUR);
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
