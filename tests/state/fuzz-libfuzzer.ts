// `npm run fuzz:state`: libFuzzer (clang) on the state store's mount, for a fixed time.
//
// Builds tests/state/c/fuzz-libfuzzer.c with -fsanitize=fuzzer,address,undefined and runs it for
// `--seconds N` (default 120). A failing input is written by libFuzzer to build/state/ as crash-*.
import { buildStateProgram, runStateProgram, stateBuildDir } from "./state-tools.ts";

const secondsArg = process.argv.indexOf("--seconds");
const seconds = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 120;
const exe = buildStateProgram("fuzz-libfuzzer");
const run = runStateProgram(
  exe,
  [`-max_total_time=${seconds}`, "-max_len=1025", `-artifact_prefix=${stateBuildDir}/`],
  (seconds + 60) * 1000,
);
process.stdout.write(run.stderr.split("\n").slice(-4).join("\n"));
process.exit(run.status === 0 ? 0 : 1);
