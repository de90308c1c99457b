// Every child process the CLI starts, so that every exit path can kill them.
//
// QEMU left running after `regen run` is the failure this file exists for: normal ends, errors, Ctrl-C,
// SIGTERM and an unexpected exception all pass through `killAllChildren`. Signal handlers are installed
// once, on the first tracked child, and re-raise the signal's usual exit status (128 + number).
import type { ChildProcess } from "node:child_process";

const children = new Set<ChildProcess>();
const interruptHooks = new Set<() => Promise<void>>();
let handlersInstalled = false;
/** How long the interrupt hooks may take before the children are killed anyway, in ms. */
const HOOK_TIMEOUT_MS = 20_000;

/** Runs `hook` (e.g. saving a flash partition) on Ctrl-C / SIGTERM / SIGHUP before the children are killed. */
export function onInterrupt(hook: () => Promise<void>): () => void {
  interruptHooks.add(hook);
  installHandlers();
  return () => interruptHooks.delete(hook);
}

/** Registers a child; it is forgotten when it exits. */
export function trackChild(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once("exit", () => children.delete(child));
  installHandlers();
  return child;
}

/** Sends SIGKILL to every tracked child that is still running. Synchronous, so safe in an exit handler. */
export function killAllChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill("SIGKILL");
      } catch {
        // Already gone: nothing left to clean up.
      }
    }
  }
  children.clear();
}

/** Number of tracked children still running (for tests). */
export function runningChildren(): number {
  return children.size;
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once("exit", killAllChildren);
  const onSignal = (signal: NodeJS.Signals, code: number) => () => {
    const done = (): void => {
      killAllChildren();
      process.exit(128 + code);
    };
    if (interruptHooks.size === 0) return done();
    const hooks = [...interruptHooks].map((hook) => hook().catch(() => undefined));
    setTimeout(done, HOOK_TIMEOUT_MS).unref();
    void Promise.all(hooks).then(done);
  };
  process.once("SIGINT", onSignal("SIGINT", 2));
  process.once("SIGTERM", onSignal("SIGTERM", 15));
  process.once("SIGHUP", onSignal("SIGHUP", 1));
}
