// es-collections.d.ts: Map, Set, the typed arrays, and the iteration protocol types that for...of and
// spread need to type-check them.
//
// Map and Set keep insertion order and compare keys with SameValueZero (NaN finds NaN, -0 is 0); keys
// may be numbers, strings, booleans, null, undefined or objects (by identity). Methods compile to
// `rg_map_<name>` / `rg_set_<name>`, typed array methods to `rg_typed_<name>`, and the constructors to
// rg_map_new(cx, entries), rg_set_new(cx, values), rg_typed_new(cx, RG_TYPED_<KIND>, arg)
// (runtime-c/include/rg_coll.h). keys(), values() and entries() are for `for...of` and spread only
// (the compiler walks the table live with rg_map_iter_*; as values they are array snapshots). Typed
// arrays convert stored numbers exactly as JavaScript does (wrapping, clamping, float32 rounding).
// Symbol exists only so that `[Symbol.iterator]` can be declared; apps cannot use it.

interface SymbolConstructor {
  readonly iterator: unique symbol;
}
declare var Symbol: SymbolConstructor;

// The shapes TypeScript's checker looks for (same arity as its own lib) to type for...of and spread.
interface IteratorYieldResult<TYield> {
  done?: false;
  value: TYield;
}
interface IteratorReturnResult<TReturn> {
  done: true;
  value: TReturn;
}
type IteratorResult<T, TReturn = undefined> = IteratorYieldResult<T> | IteratorReturnResult<TReturn>;
interface Iterator<T, TReturn = undefined, TNext = undefined> {
  next(...[value]: [] | [TNext]): IteratorResult<T, TReturn>;
}
interface Iterable<T, TReturn = undefined, TNext = undefined> {
  [Symbol.iterator](): Iterator<T, TReturn, TNext>;
}
interface IterableIterator<T, TReturn = undefined, TNext = undefined> extends Iterator<T, TReturn, TNext> {
  [Symbol.iterator](): IterableIterator<T, TReturn, TNext>;
}
interface IteratorObject<T, TReturn = undefined, TNext = undefined> extends Iterator<T, TReturn, TNext> {
  [Symbol.iterator](): IteratorObject<T, TReturn, TNext>;
}

interface Map<K, V> {
  /** The number of entries. */
  readonly size: number;
  /** The value stored under key, or undefined. */
  get(key: K): V | undefined;
  /** Stores value under key (a new key goes last in the iteration order); returns the map. */
  set(key: K, value: V): this;
  has(key: K): boolean;
  /** Removes key's entry; true if there was one. */
  delete(key: K): boolean;
  clear(): void;
  /** Calls callbackfn(value, key, map) for each entry in insertion order. */
  forEach(callbackfn: (value: V, key: K, map: Map<K, V>) => void): void;
  keys(): IterableIterator<K>;
  values(): IterableIterator<V>;
  entries(): IterableIterator<[K, V]>;
  [Symbol.iterator](): IterableIterator<[K, V]>;
}
interface MapConstructor {
  /** A map holding the given [key, value] pairs (later pairs win for equal keys). */
  new <K, V>(entries?: readonly (readonly [K, V])[] | null): Map<K, V>;
}
declare const Map: MapConstructor;

interface Set<T> {
  /** The number of elements. */
  readonly size: number;
  /** Adds value (if absent it goes last in the iteration order); returns the set. */
  add(value: T): this;
  has(value: T): boolean;
  /** Removes value; true if it was there. */
  delete(value: T): boolean;
  clear(): void;
  /** Calls callbackfn(value, value, set) for each element in insertion order. */
  forEach(callbackfn: (value: T, value2: T, set: Set<T>) => void): void;
  keys(): IterableIterator<T>;
  values(): IterableIterator<T>;
  entries(): IterableIterator<[T, T]>;
  [Symbol.iterator](): IterableIterator<T>;
}
interface SetConstructor {
  /** A set of the given values (duplicates once). */
  new <T>(values?: readonly T[] | null): Set<T>;
}
declare const Set: SetConstructor;

/** What a typed array can be built from or copied from: a length, an array of numbers or a typed array. */
type RegenTypedSource =
  | readonly number[]
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/** The members every typed array has (Self is the array's own type). */
interface RegenTypedArray<Self> {
  /** The number of elements (fixed at creation). */
  readonly length: number;
  /** Element index (undefined outside); writes convert to the element type and are ignored outside. */
  [index: number]: number;
  /** Sets the elements from start to end (exclusive) to value; returns the array. */
  fill(value: number, start?: number, end?: number): this;
  /** A view of the elements from begin to end sharing this array's memory. */
  subarray(begin?: number, end?: number): Self;
  /** A copy of the elements from start to end. */
  slice(start?: number, end?: number): Self;
  /** Copies source in starting at offset (RangeError when it does not fit). */
  set(source: RegenTypedSource, offset?: number): void;
  indexOf(searchElement: number, fromIndex?: number): number;
  includes(searchElement: number, fromIndex?: number): boolean;
  join(separator?: string): string;
  reverse(): this;
  /** The element at index; negative indexes count from the end. */
  at(index: number): number | undefined;
  lastIndexOf(searchElement: number, fromIndex?: number): number;
  /** Sorts in place: numerically by default (-0 before 0, NaN last), else by compareFn(a, b) < 0. */
  sort(compareFn?: (a: number, b: number) => number): this;
  forEach(callbackfn: (value: number, index: number, array: Self) => void): void;
  /** A new array of the same kind holding callbackfn's results (converted). */
  map(callbackfn: (value: number, index: number, array: Self) => number): Self;
  /** A new array of the same kind with the elements for which predicate is truthy. */
  filter(predicate: (value: number, index: number, array: Self) => unknown): Self;
  reduce<U = number>(
    callbackfn: (previousValue: U, currentValue: number, currentIndex: number, array: Self) => U,
    initialValue?: U,
  ): U;
  some(predicate: (value: number, index: number, array: Self) => unknown): boolean;
  every(predicate: (value: number, index: number, array: Self) => unknown): boolean;
  find(predicate: (value: number, index: number, array: Self) => unknown): number | undefined;
  findIndex(predicate: (value: number, index: number, array: Self) => unknown): number;
  [Symbol.iterator](): IterableIterator<number>;
}
interface RegenTypedArrayConstructor<Self> {
  /** An array of `length` zeros, or a converted copy of source. */
  new (lengthOrSource?: number | RegenTypedSource): Self;
}

interface Int8Array extends RegenTypedArray<Int8Array> {}
interface Uint8Array extends RegenTypedArray<Uint8Array> {}
interface Uint8ClampedArray extends RegenTypedArray<Uint8ClampedArray> {}
interface Int16Array extends RegenTypedArray<Int16Array> {}
interface Uint16Array extends RegenTypedArray<Uint16Array> {}
interface Int32Array extends RegenTypedArray<Int32Array> {}
interface Uint32Array extends RegenTypedArray<Uint32Array> {}
interface Float32Array extends RegenTypedArray<Float32Array> {}
interface Float64Array extends RegenTypedArray<Float64Array> {}
declare const Int8Array: RegenTypedArrayConstructor<Int8Array>;
declare const Uint8Array: RegenTypedArrayConstructor<Uint8Array>;
declare const Uint8ClampedArray: RegenTypedArrayConstructor<Uint8ClampedArray>;
declare const Int16Array: RegenTypedArrayConstructor<Int16Array>;
declare const Uint16Array: RegenTypedArrayConstructor<Uint16Array>;
declare const Int32Array: RegenTypedArrayConstructor<Int32Array>;
declare const Uint32Array: RegenTypedArrayConstructor<Uint32Array>;
declare const Float32Array: RegenTypedArrayConstructor<Float32Array>;
declare const Float64Array: RegenTypedArrayConstructor<Float64Array>;
