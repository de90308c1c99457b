// regen.d.ts: the `regen` module, the device API of a regen app.
//
// Integer types are branded numbers: an `i32` is a number that is known to be a 32-bit integer, made with
// the conversion function of the same name (`i32(x)` means `x | 0`), so a program means the same under Node
// and compiled. Arithmetic on integers gives a plain number; wrap it again to stay an integer
// (`i32(a + b)`). The rest is the kernel API: ending the app, why it started, saved state, time, and demo
// faults.

declare module "regen" {
  /** A number that is a 32-bit signed integer. */
  export type i32 = number & { readonly __regenInt: "i32" };
  /** A number that is a 32-bit unsigned integer. */
  export type u32 = number & { readonly __regenInt: "u32" };
  /** A number that is an 8-bit unsigned integer. */
  export type u8 = number & { readonly __regenInt: "u8" };

  /** ToInt32: `value | 0`. */
  export function i32(value: number): i32;
  /** ToUint32: `value >>> 0`. */
  export function u32(value: number): u32;
  /** The low 8 bits: `value & 255`. */
  export function u8(value: number): u8;

  /** Ends the app on purpose with an exit code (ToInt32). The kernel removes it from the app table. */
  export function exit(code: number): never;
  /** Ends the app with fault class `panic`; the kernel restarts it per its policy. */
  export function panic(message: string): never;

  /** Why the app is starting. `first-boot`: the first start of this app on this chip (nothing saved yet). */
  export type StartReason = "power-up" | "watchdog-reset" | "software-reset" | "fault-restart" | "first-boot";
  /** The class of a fault (as in the app-fault event), or `none`. */
  export type FaultClass =
    | "none"
    | "mem-manage"
    | "bus-fault"
    | "undefined-instruction"
    | "divide-by-zero"
    | "usage-fault"
    | "hard-fault"
    | "stack-overflow"
    | "panic"
    | "timeout"
    | "out-of-memory"
    | "exception";
  export interface StartInfo {
    readonly reason: StartReason;
    /** The class of this app's most recent fault since the chip booted; `none` when it has not faulted. */
    readonly fault: FaultClass;
    /** How many times the kernel has restarted this app since the chip booted. */
    readonly restarts: number;
    /** True when a state saved by an app version with a different state type was found at this start and
     * not handed over: loadState() gives undefined and the app starts fresh. */
    readonly stateRefused: boolean;
  }
  /** Why and how often this app has started; use it as `startInfo().reason`, `.fault`, `.restarts` or
   * `.stateRefused`. */
  export function startInfo(): StartInfo;

  /** What saveState did: `ok` (committed), `over-quota` (bigger than app.json `stateBytes`; nothing
   * written), `no-space` or `worn-out` (the flash is full or worn out), `io-error`. */
  export type SaveResult = "ok" | "over-quota" | "no-space" | "worn-out" | "io-error";

  /** The app's last committed state, or undefined when none was saved (or it was saved by an app version
   * with a different state type: see startInfo().stateRefused). T is a declared object type
   * (`interface State { … }`); an app uses one state type everywhere. */
  export function loadState<T>(): T | undefined;
  /** Commits the whole state atomically: after a power cut or restart loadState gives this state or, if
   * the cut fell inside this call, the one before. */
  export function saveState<T>(state: T): SaveResult;

  /** Milliseconds since the chip booted. */
  export function now(): number;

  /** A promise fulfilled after `ms` milliseconds (at least 1), by a kernel timer: `await sleep(100)`. */
  export function sleep(ms: number): Promise<void>;

  /** Deliberate faults, to see the kernel recover. Each ends the app with that fault class. */
  export const fault: {
    memManage(): never;
    busFault(): never;
    undefinedInstruction(): never;
    divideByZero(): never;
    stackOverflow(): never;
    hardFault(): never;
    /** Loops forever; the kernel's time budget ends the app (fault class `timeout`). */
    hang(): never;
  };

  /** Debug aids that break the kernel on purpose. */
  export const debug: {
    /** The kernel stops feeding the watchdog and spins, so the chip resets. */
    hangKernel(): void;
  };
}
