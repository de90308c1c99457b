// es-array.d.ts: arrays (T[]) as a regen app sees them: length, indexing, the Array methods, Array.isArray.
//
// Arrays are dense and growable, as in JavaScript. Each method compiles to
// `rg_arr_<snake_case name>(cx, self, ...)` and Array.isArray to `rg_array_is_array`
// (runtime-c/include/rg_coll.h); results equal Node's (tests/runtime/collections.test.ts). What differs
// from the full language: arrays have no holes (writing past the end fills the gap with undefined),
// callbacks get (value, index, array) but no thisArg, sort's default order and join use ToString, an
// explicit `undefined` for reduce's initial value, lastIndexOf's fromIndex or splice's deleteCount counts
// as omitted, and flat() flattens one level only.

interface Array<T> {
  /** The number of items; assigning truncates or extends with undefined (RangeError unless an integer >= 0). */
  length: number;
  /** The item at index (undefined outside the array); writing at or past the end grows the array. */
  [index: number]: T;
  /** Appends the items; returns the new length. */
  push(...items: T[]): number;
  /** Removes and returns the last item (undefined when empty). */
  pop(): T | undefined;
  /** Removes and returns the first item (undefined when empty). */
  shift(): T | undefined;
  /** Inserts the items at the front; returns the new length. */
  unshift(...items: T[]): number;
  /** A new array of the items from start to end (exclusive); negative positions count from the end. */
  slice(start?: number, end?: number): T[];
  /** Removes deleteCount items at start (all to the end when omitted), inserts items there; returns the removed ones. */
  splice(start: number, deleteCount?: number, ...items: T[]): T[];
  /** A new array: these items, then each argument's items (arrays) or the argument itself. */
  concat(...items: (T | T[])[]): T[];
  /** The first index of an item === searchElement at or after fromIndex, or -1. */
  indexOf(searchElement: T, fromIndex?: number): number;
  /** The last index of an item === searchElement at or before fromIndex (default: the end), or -1. */
  lastIndexOf(searchElement: T, fromIndex?: number): number;
  /** Whether an item equals searchElement (SameValueZero: NaN is found). */
  includes(searchElement: T, fromIndex?: number): boolean;
  /** The items as strings separated by separator (default ","); null and undefined give "". */
  join(separator?: string): string;
  /** join(","). */
  toString(): string;
  /** Reverses the array in place and returns it. */
  reverse(): T[];
  /** Sorts in place (stable) and returns the array: by compareFn(a, b) < 0 when given, else by ToString. */
  sort(compareFn?: (a: T, b: T) => number): this;
  /** Sets the items from start to end (exclusive) to value; returns the array. */
  fill(value: T, start?: number, end?: number): this;
  /** The item at index; negative indexes count from the end. */
  at(index: number): T | undefined;
  /** A new array with nested arrays spread one level. */
  flat(): (T extends readonly (infer U)[] ? U : T)[];
  /** A new array of callbackfn's result for each item. */
  map<U>(callbackfn: (value: T, index: number, array: T[]) => U): U[];
  /** A new array of callbackfn's results, array results spread one level. */
  flatMap<U>(callbackfn: (value: T, index: number, array: T[]) => U | readonly U[]): U[];
  /** A new array of the items for which predicate returns a truthy value. */
  filter<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S): S[];
  filter(predicate: (value: T, index: number, array: T[]) => unknown): T[];
  /** Calls callbackfn for each item. */
  forEach(callbackfn: (value: T, index: number, array: T[]) => void): void;
  /** The first item for which predicate is truthy, or undefined. */
  find<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S): S | undefined;
  find(predicate: (value: T, index: number, array: T[]) => unknown): T | undefined;
  /** The index of the first item for which predicate is truthy, or -1. */
  findIndex(predicate: (value: T, index: number, array: T[]) => unknown): number;
  /** The last item for which predicate is truthy, or undefined. */
  findLast<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S): S | undefined;
  findLast(predicate: (value: T, index: number, array: T[]) => unknown): T | undefined;
  /** The index of the last item for which predicate is truthy, or -1. */
  findLastIndex(predicate: (value: T, index: number, array: T[]) => unknown): number;
  /** Whether predicate is truthy for some item. */
  some(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  /** Whether predicate is truthy for every item. */
  every(predicate: (value: T, index: number, array: T[]) => unknown): boolean;
  /** Folds the items from the left, starting with initialValue, or with the first item when it is omitted
   * (TypeError on an empty array then). The first overload types a fold without an initial value (or with
   * one of the item type); both are the same runtime function. */
  reduce(
    callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: T[]) => T,
    initialValue?: T,
  ): T;
  reduce<U>(
    callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: T[]) => U,
    initialValue?: U,
  ): U;
  /** The same from the right. */
  reduceRight(
    callbackfn: (previousValue: T, currentValue: T, currentIndex: number, array: T[]) => T,
    initialValue?: T,
  ): T;
  reduceRight<U>(
    callbackfn: (previousValue: U, currentValue: T, currentIndex: number, array: T[]) => U,
    initialValue?: U,
  ): U;
  /** The indexes, the items and the [index, item] pairs, for for...of and spread. */
  keys(): IterableIterator<number>;
  values(): IterableIterator<T>;
  entries(): IterableIterator<[number, T]>;
  /** for...of, spread and destructuring (es-collections.d.ts declares the protocol). */
  [Symbol.iterator](): IterableIterator<T>;
}

/** Anything with a length and numbered items (arrays, typed arrays, strings, `{ length: n }`). */
interface ArrayLike<T> {
  readonly length: number;
  readonly [index: number]: T;
}

interface ArrayConstructor {
  /** Whether value is an array. */
  isArray(value: unknown): value is unknown[];
  /** The array of the arguments. */
  of<T>(...items: T[]): T[];
  /** A new array of source's items (a Map gives [key, value] pairs, a string its code points, `{ length: n }`
   * n undefined items), each passed through mapfn(item, index) when given. */
  from<T, U = T>(source: Iterable<T> | ArrayLike<T>, mapfn?: (value: T, index: number) => U): U[];
}

declare const Array: ArrayConstructor;
