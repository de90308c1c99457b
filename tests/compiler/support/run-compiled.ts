// run-compiled.ts: compiles one app with regen, builds it into firmware, runs it, returns what it printed.
//
// The differential and QEMU suites use this: compileApp → buildFirmware (tools/src/build) → run the
// firmware (the native executable directly, or mps2-an385 under QEMU) with a time limit → decode the frames
// (tools/src/protocol) → join the app's `log` texts into lines as Node's stdout would show them.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { compileApp, formatDiagnostic } from "../../../compiler/src/index.ts";
import { buildFirmware, defaultManifest, loadBoard } from "../../../tools/src/build/index.ts";
import { decodeFrames, type DeviceEvent } from "../../../tools/src/protocol/index.ts";

export interface CompiledRun {
  /** the app's console output, lines joined with "\n" and a final "\n" per line */
  readonly stdout: string;
  readonly events: readonly DeviceEvent[];
  readonly exitCode: number | null;
}

export interface RunOptions {
  readonly board: "native" | "mps2-an385";
  readonly outDir: string;
  readonly timeoutMs: number;
  readonly stackBytes?: number;
}

/** The state quota every corpus program gets: room for the state types the programs declare. */
export const programStateBytes = 256;

/** The heap every corpus program gets: twice an app's default, since corpus programs are long and keep
 * many values alive at once (a real app sets `heapBytes` in app.json the same way). */
export const programHeapBytes = 16384;

/** Compiles `file` to `<outDir>/app.c` and returns the path, or throws with the rendered diagnostics. */
export function compileToFile(file: string, outDir: string, moduleId: string, stateBytes?: number): string {
  const result = compileApp({
    file,
    moduleId,
    heapBytes: programHeapBytes,
    ...(stateBytes === undefined ? {} : { stateBytes }),
  });
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n\n"));
  mkdirSync(outDir, { recursive: true });
  const cFile = path.join(outDir, `${moduleId}.c`);
  writeFileSync(cFile, result.c);
  return cFile;
}

export async function runCompiled(file: string, options: RunOptions): Promise<CompiledRun> {
  const moduleId = "prog";
  const cFile = compileToFile(file, options.outDir, moduleId, programStateBytes);
  // The longest budget the kernel allows: programs under the sanitizers are slow, and a program that
  // still overruns it shows up as missing output.
  const manifest = {
    ...defaultManifest("prog"),
    stackBytes: options.stackBytes ?? 8192,
    budgetMs: 500,
    stateBytes: programStateBytes,
  };
  const board = loadBoard(options.board);
  const isNative = options.board === "native";
  const built = await buildFirmware({
    board,
    apps: [{ manifest, cFile, moduleId }],
    outDir: options.outDir,
    ...(isNative ? { sanitize: true } : {}),
  });
  const command = isNative ? built.elf : "qemu-system-arm";
  const args = isNative
    ? []
    : [
        "-M",
        "mps2-an385",
        "-display",
        "none",
        "-monitor",
        "none",
        "-serial",
        "stdio",
        "-semihosting-config",
        "enable=on,target=native",
        "-kernel",
        built.elf,
        // Virtual time from the instruction count (1 instruction = 1 ns): timer order and the callback
        // budget then depend on the program, not on how busy the host is (docs: qemu-facts, determinism).
        ...(process.env.REGEN_QEMU_REALTIME === "1" ? [] : ["-icount", "shift=0"]),
      ];
  const { bytes, exitCode } = await runWithTimeout(command, args, options.timeoutMs);
  const events = decodeFrames(bytes);
  return { stdout: joinLogs(events), events, exitCode };
}

/** Joins log pieces into lines: a piece with flags bit 0 continues in the next one. */
export function joinLogs(events: readonly DeviceEvent[]): string {
  let out = "";
  for (const e of events) {
    if (e.type !== "log") continue;
    out += e.fields.text;
    if ((e.fields.flags & 1) === 0) out += "\n";
  }
  return out;
}

function runWithTimeout(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ bytes: Uint8Array; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    // The simulated clock makes timer order independent of host load; Node runs on the same kind of clock.
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, RG_NATIVE_CLOCK: "virtual" },
    });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (stderr.includes("ERROR: AddressSanitizer") || stderr.includes("runtime error:")) {
        reject(new Error(`sanitizer report:\n${stderr}`));
        return;
      }
      resolve({ bytes: new Uint8Array(Buffer.concat(chunks)), exitCode: code });
    });
  });
}
