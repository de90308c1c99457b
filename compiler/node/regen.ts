// regen.ts (Node): the `regen` module for running apps under Node.
//
// The same API as compiler/lib/regen.d.ts with the meaning the compiled code has on a board: the integer
// conversions are the JavaScript operators they stand for, exit ends the process, startInfo reports a
// first boot, saved state lives in memory for the process, and the demo faults throw (Node has no MPU
// to trip). esbuild bundles apps with `regen` aliased to this file; the differential tests compare the
// output with the compiled app's.

// The API's types are declared once, in compiler/lib/regen.d.ts (what apps see); this file only implements it.
import type { FaultClass, SaveResult, StartInfo, StartReason } from "regen";
export type { FaultClass, SaveResult, StartInfo, StartReason };

export type i32 = number & { readonly __regenInt: "i32" };
export type u32 = number & { readonly __regenInt: "u32" };
export type u8 = number & { readonly __regenInt: "u8" };

export function i32(value: number): i32 {
  return (value | 0) as i32;
}

export function u32(value: number): u32 {
  return (value >>> 0) as u32;
}

export function u8(value: number): u8 {
  return (value & 255) as u8;
}

export function exit(code: number): never {
  process.exitCode = code | 0;
  // Writes to pipes and files are synchronous in Node on POSIX, so nothing printed is lost by exiting now.
  process.exit();
}

export function panic(message: string): never {
  throw new Error(`panic: ${message}`);
}

// A Node process is a chip whose (in-memory) flash holds nothing yet: the app's first boot, no fault.
export function startInfo(): StartInfo {
  return { reason: "first-boot", fault: "none", restarts: 0, stateRefused: false };
}

// The committed state of this process: a deep copy, so later changes to the app's object are not saved
// until the next saveState (as on a board). It is copied as a tree of plain objects, as the binary
// encoding stores it: an object reachable twice is two objects when loaded, and numbers keep -0, NaN and
// Infinity. Nothing survives the process, like a board without a flash file.
let committed: unknown;

function copyTree(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) out[key] = copyTree(value);
  return out;
}

export function loadState<T>(): T | undefined {
  return committed === undefined ? undefined : (copyTree(committed) as T);
}

export function saveState<T>(state: T): SaveResult {
  committed = copyTree(state);
  return "ok";
}

const bootTime = performance.now();

export function now(): number {
  // The differential tests run apps on a simulated clock (tests/compiler/support/virtual-clock.js).
  const virtualNow = (globalThis as { __regenVirtualNow?: () => number }).__regenVirtualNow;
  if (virtualNow !== undefined) return virtualNow();
  return Math.floor(performance.now() - bootTime);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function demoFault(name: string): never {
  throw new Error(`fault demo under Node: ${name} (only a board can raise it)`);
}

export const fault = {
  memManage: (): never => demoFault("memManage"),
  busFault: (): never => demoFault("busFault"),
  undefinedInstruction: (): never => demoFault("undefinedInstruction"),
  divideByZero: (): never => demoFault("divideByZero"),
  stackOverflow: (): never => demoFault("stackOverflow"),
  hardFault: (): never => demoFault("hardFault"),
  hang: (): never => {
    for (;;) {
      // Spins like the compiled app does; only a kill ends it.
    }
  },
};

export const debug = {
  hangKernel: (): void => {
    process.stderr.write("regen: debug.hangKernel() does nothing under Node\n");
  },
};
