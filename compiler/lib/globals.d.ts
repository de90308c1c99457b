// globals.d.ts: the global names a regen app sees: console.log, the timer functions, NaN and Infinity.
//
// Apps compile with `noLib`, so this file and regen.d.ts are the whole standard library: anything not
// declared here does not exist for an app. The empty interfaces are the minimum the TypeScript checker
// needs to type literals and functions; they deliberately have no methods.

interface Boolean {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface Object {}
interface RegExp {}
interface TemplateStringsArray {}

/** The id of a timer started with setTimeout or setInterval; only useful to cancel it. */
interface TimerId {
  readonly __regenTimer: "timer";
}

declare const NaN: number;
declare const Infinity: number;

declare const console: {
  /** Prints its arguments separated by spaces and a newline, as Node's console.log does: strings as
   * they are, other values as util.inspect shows them (numbers, arrays, objects, Map, Set, ...). */
  log(...values: unknown[]): void;
};

/** Calls callback once, after delayMs milliseconds (at least 1). The callback captures no local variable. */
declare function setTimeout(callback: () => void, delayMs: number): TimerId;
/** Calls callback every delayMs milliseconds (at least 1) until clearInterval. */
declare function setInterval(callback: () => void, delayMs: number): TimerId;
declare function clearTimeout(id: TimerId): void;
declare function clearInterval(id: TimerId): void;
