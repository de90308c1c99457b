// Builds and runs the state store's host programs (power-cut harness, mount fuzzer, unit cases, benchmark).
//
// The mocha suite, the long power-cut run, the libFuzzer run and the benchmark all compile the same C
// sources (tests/state/c and runtime-c/state) with the project's C flags into build/state; this file is
// that one recipe, plus a runner that returns exit status and output instead of throwing.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");

/** Where the programs are written (ignored by git). */
export const stateBuildDir = path.join(root, "build", "state");

/** The project's C warning flags (house style). */
export const C_WARNINGS = [
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wpedantic",
  "-Wshadow",
  "-Wmissing-prototypes",
  "-Wstrict-prototypes",
];

const SANITIZE = ["-g", "-O1", "-fsanitize=address,undefined", "-fno-sanitize-recover=all"];

export type StateProgram = "powercut" | "fuzz-mount" | "unit" | "bench" | "fuzz-libfuzzer";

const STORE = ["runtime-c/state/rg_state.c", "tests/state/c/nor-emu.c"];
const SOURCES: Record<StateProgram, string[]> = {
  powercut: ["tests/state/c/powercut.c", ...STORE],
  "fuzz-mount": ["tests/state/c/fuzz-mount.c", "tests/state/c/fuzz-check.c", ...STORE],
  unit: ["tests/state/c/unit.c", ...STORE],
  bench: ["tests/state/c/bench.c", ...STORE],
  "fuzz-libfuzzer": ["tests/state/c/fuzz-libfuzzer.c", "tests/state/c/fuzz-check.c", ...STORE],
};

export interface BuildOptions {
  /** Output file name in build/state (default: the program's name). */
  name?: string;
  /** Extra `-D` definitions, e.g. `RG_STATE_SEQ_INIT=0xFFFFFFF0u`. */
  defines?: string[];
  /** Optimised build without sanitizers (the benchmark). */
  optimized?: boolean;
}

/** Compiles one program and returns its path; throws with the compiler's output when it does not build. */
export function buildStateProgram(program: StateProgram, options: BuildOptions = {}): string {
  mkdirSync(stateBuildDir, { recursive: true });
  const out = path.join(stateBuildDir, options.name ?? program);
  const libFuzzer = program === "fuzz-libfuzzer";
  const compiler = libFuzzer ? "clang" : "gcc";
  const flags = libFuzzer
    ? ["-g", "-O1", "-fsanitize=fuzzer,address,undefined"]
    : options.optimized
      ? ["-O2"]
      : SANITIZE;
  const args = [
    ...C_WARNINGS,
    ...flags,
    "-Iruntime-c/include",
    ...(options.defines ?? []).map((d) => `-D${d}`),
    ...SOURCES[program],
    "-o",
    out,
  ];
  const result = spawnSync(compiler, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `${compiler} failed to build ${program}:\n${result.stderr}${result.error?.message ?? ""}`,
    );
  }
  return out;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built program; a timeout kills it (status null). */
export function runStateProgram(exe: string, args: string[], timeoutMs: number): RunResult {
  const result = spawnSync(exe, args, {
    cwd: root,
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** The numbers of a power-cut summary line. */
export interface PowerCutSummary {
  cutPoints: number;
  statesChecked: number;
  lost: number;
  wrong: number;
  violations: number;
}

/** Parses `power-cut AxB: N cut points, N states checked, N lost, N wrong, N NOR violations, ...`. */
export function parsePowerCut(line: string): PowerCutSummary | undefined {
  const m = /(\d+) cut points, (\d+) states checked, (\d+) lost, (\d+) wrong, (\d+) NOR violations/.exec(
    line,
  );
  if (m === null) {
    return undefined;
  }
  const [cutPoints, statesChecked, lost, wrong, violations] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { cutPoints, statesChecked, lost, wrong, violations };
}

/** The power-cut matrix: geometry, workload length and how often a first cut also gets its recovery cut. */
export interface PowerCutCase {
  name: string;
  args: string[];
  /** Build with sequence numbers and generations starting just below 2^32, so they wrap in the workload. */
  wrap?: boolean;
}

export const WRAP_DEFINES = ["RG_STATE_SEQ_INIT=0xFFFFFFF0u", "RG_STATE_GEN_INIT=0xFFFFFFFDu"];

/** The CI matrix: > 100,000 cut points, about half a minute under ASan on one core. */
export const CI_MATRIX: PowerCutCase[] = [
  { name: "2 x 1 KiB", args: ["--sectors", "2", "--size", "1024", "--steps", "150", "--second-every", "16"] },
  { name: "3 x 512 B", args: ["--sectors", "3", "--size", "512", "--steps", "150", "--second-every", "16"] },
  {
    name: "4 x 256 B, starting never written (0x00, formatted by the first save)",
    args: ["--sectors", "4", "--size", "256", "--steps", "60", "--second-every", "4", "--zero", "1"],
  },
  { name: "4 x 4 KiB", args: ["--sectors", "4", "--size", "4096", "--steps", "300", "--second-every", "64"] },
  { name: "8 x 1 KiB", args: ["--sectors", "8", "--size", "1024", "--steps", "200", "--second-every", "32"] },
  {
    name: "16 x 256 B, states up to the largest record",
    args: ["--sectors", "16", "--size", "256", "--steps", "200", "--second-every", "32"],
  },
  {
    name: "4 x 1 KiB, seq and generation wrap past 2^32",
    args: ["--sectors", "4", "--size", "1024", "--steps", "150", "--second-every", "32", "--apps", "3"],
    wrap: true,
  },
];
