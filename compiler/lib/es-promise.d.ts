// es-promise.d.ts: Promise<T>, as regen apps see it: async functions, await, then/catch/finally and the
// statics resolve, reject and all.
//
// Promises are runtime objects (rg_promise.h) whose reactions run as microtasks in JavaScript's order;
// `sleep(ms)` from the `regen` module gives one resolved by a kernel timer. A rejection reason may be any
// value, so handlers receive it as `unknown` (narrow it with `instanceof Error`).

interface PromiseLike<T> {
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | undefined,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | undefined,
  ): PromiseLike<R1 | R2>;
}

interface Promise<T> {
  /** Calls onFulfilled with the value or onRejected with the reason, later (as a microtask). */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | undefined,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | undefined,
  ): Promise<R1 | R2>;
  /** then(undefined, onRejected). */
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | undefined): Promise<T | R>;
  /** Calls onFinally on either outcome, then passes the outcome on. */
  finally(onFinally?: (() => void) | undefined): Promise<T>;
}

interface PromiseConstructor {
  /** A promise settled by the executor's resolve or reject (or rejected by its throw). */
  new <T>(executor: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void): Promise<T>;
  /** The value itself when it is a promise, else a promise fulfilled with it. */
  resolve(value?: undefined): Promise<void>;
  resolve<T>(value: T): Promise<Awaited<T>>;
  /** A promise rejected with reason. */
  reject<T = never>(reason: unknown): Promise<T>;
  /** Fulfils with all the values in order once every one has, or rejects with the first rejection. */
  all<T>(values: readonly T[]): Promise<Awaited<T>[]>;
}

declare const Promise: PromiseConstructor;

/** The type `await` gives a value of type T. */
type Awaited<T> = T extends null | undefined
  ? T
  : T extends object & { then(onfulfilled: infer F, ...args: infer _): unknown }
    ? F extends (value: infer V, ...args: infer _) => unknown
      ? Awaited<V>
      : never
    : T;
