// Counts the instructions a host program executes, with valgrind.
//
// The count is cachegrind's `I refs` with the cache simulation off (`--cache-sim=no`): the same total
// as callgrind's Ir and lackey's guest instructions (all three count every executed x86-64 instruction),
// measured here about 2.5× faster than callgrind and 3× faster than lackey, which matters because the
// interpreters run hundreds of millions of instructions per benchmark.
import { spawn } from "node:child_process";

import { RegenError } from "../src/errors.ts";
import { trackChild } from "../src/run/child-registry.ts";

export interface CountedRun {
  readonly instructions: number;
  readonly stdout: Buffer;
  readonly exitCode: number | null;
}

/** Runs `command args` under valgrind and returns its instruction count and output. */
export function countInstructions(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<CountedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "valgrind",
      ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", command, ...args],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } },
    );
    trackChild(child);
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(
        new RegenError(`cannot start valgrind: ${error.message}`, "install it: apt-get install -y valgrind"),
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const match = /==\d+== I\s+refs:\s+([\d,]+)/.exec(err);
      if (match?.[1] === undefined) {
        const why =
          signal === "SIGKILL" ? `it ran past ${options.timeoutMs / 1000} s` : "valgrind printed no count";
        reject(new RegenError(`could not count the instructions of ${command}: ${why}`, err.slice(-400)));
        return;
      }
      resolve({
        instructions: Number(match[1].replace(/,/g, "")),
        stdout: Buffer.concat(out),
        exitCode: code,
      });
    });
  });
}
