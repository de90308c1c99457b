// compiler-process.ts: drives compile-worker.ts, with a time limit per program and a restart after a hang.
//
// Each program's outcome is one of: C, diagnostics, an internal error (RG9999), an exception that escaped
// compileApp, a time-out (the worker is killed and a fresh one started), or the worker dying. The first
// three come from the worker; the last two are what the parent sees when the worker does not answer.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Request {
  readonly id: number;
  readonly file: string;
  readonly text: string;
  readonly keepC: boolean;
}

export type Outcome =
  | { readonly kind: "c"; readonly ms: number; readonly c?: string }
  | { readonly kind: "diagnostics"; readonly ms: number; readonly codes: readonly string[] }
  | { readonly kind: "internal"; readonly ms: number; readonly message: string }
  | { readonly kind: "thrown"; readonly ms: number; readonly message: string }
  | { readonly kind: "timeout"; readonly ms: number }
  | { readonly kind: "died"; readonly ms: number; readonly message: string };

const workerFile = fileURLToPath(new URL("./compile-worker.ts", import.meta.url));

export class CompilerProcess {
  private child: ChildProcess | undefined;
  private nextId = 0;

  /** Compiles one program; `timeoutMs` bounds the wait (a fresh worker first loads TypeScript: warm it up). */
  async compile(file: string, text: string, keepC: boolean, timeoutMs: number): Promise<Outcome> {
    const child = this.child ?? this.start();
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve) => {
      const done = (outcome: Outcome): void => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(outcome);
      };
      const onMessage = (message: { id: number; outcome: Outcome }): void => {
        if (message.id === id) done(message.outcome);
      };
      const onExit = (code: number | null, signal: string | null): void => {
        this.child = undefined;
        done({ kind: "died", ms: performance.now() - started, message: `exit ${code ?? signal ?? "?"}` });
      };
      const timer = setTimeout(() => {
        this.stop();
        done({ kind: "timeout", ms: performance.now() - started });
      }, timeoutMs);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ id, file, text, keepC } satisfies Request);
    });
  }

  /** Ends the worker (the test calls this in `after`). */
  stop(): void {
    const child = this.child;
    this.child = undefined;
    if (child !== undefined && child.exitCode === null) child.kill("SIGKILL");
  }

  private start(): ChildProcess {
    // A larger stack than default would hide deep-recursion crashes the compiler must not have: keep it.
    const child = fork(workerFile, [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    child.stderr?.resume();
    this.child = child;
    return child;
  }
}

/** True when the outcome is a compiler failure: anything but C or ordinary diagnostics in time. */
export function isFailure(outcome: Outcome, limitMs: number): boolean {
  return (outcome.kind !== "c" && outcome.kind !== "diagnostics") || outcome.ms > limitMs;
}

/** A short description of a failure, stable enough to tell whether a smaller program fails the same way. */
export function failureSignature(outcome: Outcome, limitMs: number): string {
  switch (outcome.kind) {
    case "internal":
    case "thrown":
    case "died":
      return `${outcome.kind}: ${
        outcome.message
          .split("\n")[0]
          ?.replace(/^\d+: /, "")
          .replace(/\d+/g, "N") ?? ""
      }`;
    case "timeout":
      return "timeout";
    case "c":
    case "diagnostics":
      return outcome.ms > limitMs ? "slow" : "ok";
  }
}
