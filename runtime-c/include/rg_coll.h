/* rg_coll.h: arrays, typed arrays, Map and Set, equality, JSON.stringify and console.log inspection.
 *
 * The compiler calls these by the naming convention of issue 4 (a method `m` of a value of kind K is
 * `rg_<K>_<snake_case(m)>(cx, self, params...)`, kinds `arr`, `typed`, `map`, `set`; statics `Array.f`
 * and `JSON.f` are `rg_array_f` and `rg_json_f`). The declarations the apps see are
 * compiler/lib/es-array.d.ts, es-collections.d.ts and es-json.d.ts; each function below names its
 * JavaScript counterpart. Parameter types follow the convention: a required `number` is a double, a
 * required `boolean` a bool, anything else (and every optional parameter) an rg_val that is
 * RG_UNDEFINED when the call omits it. Functions that can neither allocate nor throw take no cx.
 *
 * Errors JavaScript throws (TypeError for reduce of an empty array, RangeError for a bad length) go
 * through rg_throw_error (rg_throw.h) and do not return. Out of memory ends the app (rg_alloc).
 *
 * Layouts, for the collector's type table (every word it must follow is an rg_val):
 *   RG_TYPE_ARRAY  rg_array_t (rg_val.h): one rg_val at offset 0 (items, an RG_TYPE_VALS store).
 *   RG_TYPE_MAP    rg_map_t: rg_vals at offsets 0 (entries, RG_TYPE_VALS) and 8 (index, RG_TYPE_BYTES).
 *   RG_TYPE_TYPED  rg_typed_t: one rg_val at offset 0 (buffer, RG_TYPE_BYTES).
 *   RG_TYPE_VALS   every word is an rg_val.   RG_TYPE_BYTES  leaf (raw bytes).
 * Runtime code holds heap objects in C locals across allocations (the collector scans the stack
 * conservatively and never moves objects).
 */
#ifndef RG_COLL_H
#define RG_COLL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rg_rt.h"
#include "rg_val.h"

/* --- arrays (T[], rg_array_t) -------------------------------------------------------------------- */

/* Items are in an RG_TYPE_VALS store of `capacity` rg_vals; slots at and beyond `length` hold 0 (the
 * +0 double), so a shrunken array retains nothing. Growth is 1.5x (at least 4 slots). Arrays have no
 * holes: a write beyond the end fills the gap with undefined (where JavaScript leaves holes, which
 * read as undefined too; console.log shows them as `<n empty items>` in Node, `undefined` here). The
 * largest length is 2^28 - 1 items (RangeError "Invalid array length" beyond). */
#define RG_ARR_MAX_LENGTH 0x0FFFFFFFu

/* An empty array with room for `capacity` items. */
rg_val rg_arr_new(rg_ctx_t *cx, uint32_t capacity);
/* The array literal [argv[0], ..., argv[argc-1]]. */
rg_val rg_arr_of(rg_ctx_t *cx, uint32_t argc, const rg_val *argv);

/* arr.length (no cx: never allocates or throws). */
static inline double rg_arr_length(rg_val self) {
  return (double)((const rg_array_t *)rg_to_ptr(self))->length;
}
/* arr.length as an integer, for loops (for...of reads it before every step, as JavaScript does). */
static inline uint32_t rg_arr_count(rg_val self) {
  return ((const rg_array_t *)rg_to_ptr(self))->length;
}
/* Item i of an array, i < rg_arr_count(self) (unchecked: for for...of and proven-in-range reads). */
static inline rg_val rg_arr_item(rg_val self, uint32_t i) {
  const rg_array_t *a = (const rg_array_t *)rg_to_ptr(self);
  return ((const rg_val *)rg_to_ptr(a->items))[i];
}
/* arr[index]: undefined when index is not an integer in [0, length). No cx. Inline: the common case is
 * two compares and a load. */
/* The array index a double holds: the integer itself when it is one in [0, 2^32 - 1) (-0 is 0), else
 * UINT32_MAX, which is never below an array's length. */
static inline uint32_t rg_index_of_f64(double index) {
#if !defined(__SOFTFP__)
  /* With an FPU the double comparisons are single instructions. */
  if (!(index >= 0.0 && index < 4294967295.0)) return UINT32_MAX;
  uint32_t i = (uint32_t)index; /* in range, so the conversion is defined */
  return (double)i == index ? i : UINT32_MAX;
#else
  /* Without one (Cortex-M3) they are soft-float calls: read the bits instead. */
  uint64_t bits;
  __builtin_memcpy(&bits, &index, sizeof bits);
  return rg_rt_u32_of_bits(bits);
#endif
}
static inline rg_val rg_arr_get_index(rg_val self, double index) {
  const rg_array_t *a = (const rg_array_t *)rg_to_ptr(self);
  uint32_t i = rg_index_of_f64(index);
  return i < a->length ? ((const rg_val *)rg_to_ptr(a->items))[i] : RG_UNDEFINED;
}
/* arr[i] for an index the compiler knows is an integer (i32/u32 typed, or a loop counter it proved
 * integral): one unsigned compare, no double conversions. Undefined outside [0, length). */
static inline rg_val rg_arr_get_u32(rg_val self, uint32_t i) {
  const rg_array_t *a = (const rg_array_t *)rg_to_ptr(self);
  return i < a->length ? ((const rg_val *)rg_to_ptr(a->items))[i] : RG_UNDEFINED;
}
/* arr[i] for a loop counter the compiler holds in an int64_t (docs/LANGUAGE-RUNTIME.md "Numbers"). */
static inline rg_val rg_arr_get_i64(rg_val self, int64_t i) {
  const rg_array_t *a = (const rg_array_t *)rg_to_ptr(self);
  return (uint64_t)i < a->length ? ((const rg_val *)rg_to_ptr(a->items))[i] : RG_UNDEFINED;
}
/* The out-of-line part of rg_arr_set_index (growing writes and errors). */
void rg_arr_set_index_slow(rg_ctx_t *cx, rg_val self, double index, rg_val v);
/* arr[index] = v: index == length appends; index > length fills the gap with undefined. A negative
 * or fractional index would make a named property in JavaScript: RangeError "Invalid array index". */
static inline void rg_arr_set_index(rg_ctx_t *cx, rg_val self, double index, rg_val v) {
  rg_array_t *a = (rg_array_t *)rg_to_ptr(self);
  uint32_t i = rg_index_of_f64(index);
  if (i < a->length) {
    ((rg_val *)rg_to_ptr(a->items))[i] = v;
    return;
  }
  rg_arr_set_index_slow(cx, self, index, v);
}
/* arr[i] = v for an integer index (see rg_arr_get_u32). */
static inline void rg_arr_set_u32(rg_ctx_t *cx, rg_val self, uint32_t i, rg_val v) {
  rg_array_t *a = (rg_array_t *)rg_to_ptr(self);
  if (i < a->length) {
    ((rg_val *)rg_to_ptr(a->items))[i] = v;
  } else {
    rg_arr_set_index_slow(cx, self, (double)i, v);
  }
}
/* arr[i] = v for a loop counter held in an int64_t (exact in a double: |i| < 2^53). */
static inline void rg_arr_set_i64(rg_ctx_t *cx, rg_val self, int64_t i, rg_val v) {
  rg_array_t *a = (rg_array_t *)rg_to_ptr(self);
  if ((uint64_t)i < a->length) {
    ((rg_val *)rg_to_ptr(a->items))[i] = v;
  } else {
    rg_arr_set_index_slow(cx, self, (double)i, v);
  }
}
/* arr.length = n: truncates (clearing the dropped slots) or extends with undefined. RangeError
 * "Invalid array length" unless n is an integer in [0, RG_ARR_MAX_LENGTH]. */
void rg_arr_set_length(rg_ctx_t *cx, rg_val self, double length);

/* push(...items): the new length. */
double rg_arr_push(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv);
/* The out-of-line part of rg_arr_push1 (the store is full: grow it). */
double rg_arr_push1_slow(rg_ctx_t *cx, rg_val self, rg_val v);
/* push(v) of one item (the common case; same result as rg_arr_push). Inline while there is room. */
static inline double rg_arr_push1(rg_ctx_t *cx, rg_val self, rg_val v) {
  rg_array_t *a = (rg_array_t *)rg_to_ptr(self);
  if (a->length < a->capacity) {
    ((rg_val *)rg_to_ptr(a->items))[a->length++] = v;
    return (double)a->length;
  }
  return rg_arr_push1_slow(cx, self, v);
}
/* pop() / shift(): the removed item, undefined when empty. */
rg_val rg_arr_pop(rg_ctx_t *cx, rg_val self);
rg_val rg_arr_shift(rg_ctx_t *cx, rg_val self);
/* unshift(...items): the new length. */
double rg_arr_unshift(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv);
/* slice(start?, end?): a new array; negative positions count from the end. */
rg_val rg_arr_slice(rg_ctx_t *cx, rg_val self, rg_val start, rg_val end);
/* splice(start, deleteCount?, ...items): the removed items. deleteCount undefined removes to the end
 * (an explicit `undefined` argument, which JavaScript reads as 0, is not told apart). */
rg_val rg_arr_splice(rg_ctx_t *cx, rg_val self, double start, rg_val delete_count, uint32_t argc,
                     const rg_val *argv);
/* concat(...items): a new array; array arguments are spread, others appended. */
rg_val rg_arr_concat(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv);
/* indexOf / lastIndexOf (strict equality) and includes (SameValueZero: finds NaN), with an optional
 * start position (lastIndexOf: an explicit undefined counts as omitted). */
double rg_arr_index_of(rg_ctx_t *cx, rg_val self, rg_val x, rg_val from);
double rg_arr_last_index_of(rg_ctx_t *cx, rg_val self, rg_val x, rg_val from);
bool rg_arr_includes(rg_ctx_t *cx, rg_val self, rg_val x, rg_val from);
/* join(separator = ","): ToString of each item, null and undefined as "", nested arrays joined with
 * "," (an array that contains itself joins as "" there, as in JavaScript); class instances, object
 * literals and errors go through rg_to_string (rg_str.h), which runs their own toString. */
rg_val rg_arr_join(rg_ctx_t *cx, rg_val self, rg_val separator);
/* toString(): join(","). */
rg_val rg_arr_to_string(rg_ctx_t *cx, rg_val self);
/* reverse() in place; returns self. */
rg_val rg_arr_reverse(rg_ctx_t *cx, rg_val self);
/* sort(compare?) in place, stable (merge sort); returns self. Without compare items compare by their
 * ToString in UTF-16 code unit order; undefined items go last either way. compare(a, b) > 0 puts b
 * first; NaN counts as 0. */
rg_val rg_arr_sort(rg_ctx_t *cx, rg_val self, rg_val compare);
/* fill(v, start?, end?) in place; returns self. */
rg_val rg_arr_fill(rg_ctx_t *cx, rg_val self, rg_val v, rg_val start, rg_val end);
/* at(index): negative counts from the end; undefined out of range. */
rg_val rg_arr_at(rg_ctx_t *cx, rg_val self, double index);
/* flat(): one level of nested arrays spread into a new array (depth argument not supported). */
rg_val rg_arr_flat(rg_ctx_t *cx, rg_val self);

/* Callback methods: fn is a closure called as fn(item, index, array) (reduce: fn(acc, item, index,
 * array)). Items appended by fn are not visited; items removed by fn are skipped, as in JavaScript.
 * Predicates test their result's truthiness (rg_truthy). */
rg_val rg_arr_map(rg_ctx_t *cx, rg_val self, rg_val fn);
/* flatMap(fn): fn's results, an array result spread one level. */
rg_val rg_arr_flat_map(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_arr_filter(rg_ctx_t *cx, rg_val self, rg_val fn);
void rg_arr_for_each(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_arr_find(rg_ctx_t *cx, rg_val self, rg_val fn);
double rg_arr_find_index(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_arr_find_last(rg_ctx_t *cx, rg_val self, rg_val fn);
double rg_arr_find_last_index(rg_ctx_t *cx, rg_val self, rg_val fn);
bool rg_arr_some(rg_ctx_t *cx, rg_val self, rg_val fn);
bool rg_arr_every(rg_ctx_t *cx, rg_val self, rg_val fn);
/* reduce(fn, initial?) / reduceRight: TypeError "Reduce of empty array with no initial value" when
 * empty without initial. An explicit `undefined` initial counts as omitted. */
rg_val rg_arr_reduce(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial);
rg_val rg_arr_reduce_right(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial);

/* Array.of(...items): the array of the arguments. */
rg_val rg_array_of(rg_ctx_t *cx, uint32_t argc, const rg_val *argv);
/* Array.isArray(x). */
bool rg_array_is_array(rg_ctx_t *cx, rg_val x);
/* Array.from(source, mapfn?): a new array of source's items (an array, a typed array, a Map's [key, value]
 * pairs, a Set's values, a string's code points, or n undefined items for an object whose `length`
 * property is n), each replaced by mapfn(item, index) when mapfn is given. */
rg_val rg_array_from(rg_ctx_t *cx, rg_val source, rg_val mapfn);

/* keys() / values() / entries() of an array, as array snapshots (indexes, items, [index, item] pairs).
 * Every IterableIterator value of the subset is an array snapshot at run time (see rg_map_keys). */
rg_val rg_arr_keys(rg_ctx_t *cx, rg_val self);
rg_val rg_arr_values(rg_ctx_t *cx, rg_val self);
rg_val rg_arr_entries(rg_ctx_t *cx, rg_val self);

/* --- equality and truthiness (no cx: never allocate or throw) ------------------------------------- */

/* a === b: numbers by IEEE value (NaN !== NaN, 0 === -0), strings by content, others by identity. */
bool rg_strict_equals(rg_val a, rg_val b);
/* SameValueZero (includes, Map and Set keys): like === but NaN equals NaN. */
bool rg_same_value_zero(rg_val a, rg_val b);
/* JavaScript ToBoolean: false for false, 0, -0, NaN, "", null and undefined. */
bool rg_truthy(rg_val v);

/* --- Map and Set (rg_map_t) ------------------------------------------------------------------------ */

/* An insertion-ordered hash table. entries is an RG_TYPE_VALS store: word 0 forwards to the store that
 * replaced it (undefined while current), word 1 (a number) is how many entry slots it had used when
 * replaced, then the entries: key, value pairs for a Map, keys alone for a Set. A deleted entry's key
 * becomes a private hole marker (a tombstone); when the entries are full the table is rebuilt into a
 * new store without holes (growing when more than half are live), and the old store forwards to it so
 * iterators in progress continue at the right entry. index is an RG_TYPE_BYTES leaf: uint32 buckets
 * (a power of two, twice the entry capacity) then one uint32 chain link per entry slot. */
typedef struct {
  rg_val entries;
  rg_val index;
  uint32_t size;     /* live entries (Map.size) */
  uint32_t used;     /* entry slots used, holes included */
  uint32_t capacity; /* entry slots in the store */
  uint32_t is_set;   /* 1 for a Set (one word per entry) */
} rg_map_t;

/* new Map(entries?) where entries is an array of [key, value] arrays; new Set(values?) from an array. */
rg_val rg_map_new(rg_ctx_t *cx, rg_val entries);
rg_val rg_set_new(rg_ctx_t *cx, rg_val values);
/* Map.prototype.get/set/has/delete/clear/forEach; keys compare by SameValueZero (NaN finds NaN, -0 is
 * 0: a -0 key is stored as 0). set returns self. forEach calls fn(value, key, map). */
rg_val rg_map_get(rg_ctx_t *cx, rg_val self, rg_val key);
rg_val rg_map_set(rg_ctx_t *cx, rg_val self, rg_val key, rg_val value);
bool rg_map_has(rg_ctx_t *cx, rg_val self, rg_val key);
bool rg_map_delete(rg_ctx_t *cx, rg_val self, rg_val key);
void rg_map_clear(rg_ctx_t *cx, rg_val self);
void rg_map_for_each(rg_ctx_t *cx, rg_val self, rg_val fn);
/* Set.prototype.add/has/delete/clear/forEach; add returns self; forEach calls fn(value, value, set). */
rg_val rg_set_add(rg_ctx_t *cx, rg_val self, rg_val value);
bool rg_set_has(rg_ctx_t *cx, rg_val self, rg_val value);
bool rg_set_delete(rg_ctx_t *cx, rg_val self, rg_val value);
void rg_set_clear(rg_ctx_t *cx, rg_val self);
void rg_set_for_each(rg_ctx_t *cx, rg_val self, rg_val fn);
/* map.size / set.size. */
static inline double rg_map_size(rg_val self) {
  return (double)((const rg_map_t *)rg_to_ptr(self))->size;
}
static inline double rg_set_size(rg_val self) {
  return (double)((const rg_map_t *)rg_to_ptr(self))->size;
}
/* [...map.keys()], [...map.values()], [...map.entries()] (entries as [key, value] arrays), and the
 * same for a Set (keys and values are the elements, entries are [v, v]): snapshots as new arrays. */
rg_val rg_map_keys(rg_ctx_t *cx, rg_val self);
rg_val rg_map_values(rg_ctx_t *cx, rg_val self);
rg_val rg_map_entries(rg_ctx_t *cx, rg_val self);
rg_val rg_set_values(rg_ctx_t *cx, rg_val self);
rg_val rg_set_keys(rg_ctx_t *cx, rg_val self);
rg_val rg_set_entries(rg_ctx_t *cx, rg_val self);

/* for...of over a Map or Set (also over keys()/values()/entries()): live iteration in insertion order
 * as JavaScript does it: entries deleted before being reached are skipped, entries added during the
 * loop are visited, clear() ends the current pass. Keep the iterator in a C local (it holds the store
 * it walks, which keeps it alive). */
typedef struct {
  rg_val store; /* the entries store being walked */
  rg_val self;  /* the Map or Set */
  uint32_t pos; /* next entry slot in store */
} rg_map_iter_t;
void rg_map_iter_init(rg_map_iter_t *it, rg_val self);
/* The next entry: true and *key, *value set (a Set gives its element in both), or false at the end. */
bool rg_map_iter_next(rg_map_iter_t *it, rg_val *key, rg_val *value);

/* --- typed arrays (rg_typed_t) --------------------------------------------------------------------- */

/* Element kinds (the first argument of rg_typed_new). */
enum {
  RG_TYPED_INT8 = 0,
  RG_TYPED_UINT8 = 1,
  RG_TYPED_UINT8_CLAMPED = 2,
  RG_TYPED_INT16 = 3,
  RG_TYPED_UINT16 = 4,
  RG_TYPED_INT32 = 5,
  RG_TYPED_UINT32 = 6,
  RG_TYPED_FLOAT32 = 7,
  RG_TYPED_FLOAT64 = 8
};

/* A view of `length` elements of kind `kind` starting `offset` bytes into buffer (an RG_TYPE_BYTES
 * object shared by subarray views). */
typedef struct {
  rg_val buffer;
  uint32_t offset;
  uint32_t length;
  uint32_t kind;
  uint32_t reserved;
} rg_typed_t;

/* new X(arg) for kind X: arg a number is the length (RangeError "Invalid typed array length: n" when
 * it is not an integer in [0, 2^28)), an array or typed array is copied with X's conversion. */
rg_val rg_typed_new(rg_ctx_t *cx, uint32_t kind, rg_val arg);
/* x.length. */
static inline double rg_typed_length(rg_val self) {
  return (double)((const rg_typed_t *)rg_to_ptr(self))->length;
}
/* x[i] for an integer i in [0, length) (unchecked). A NaN element comes back as the canonical NaN, so
 * the result may be boxed with rg_num. */
double rg_typed_item(rg_val self, uint32_t i);
/* x[index]: undefined out of range (and for non-integers). No cx. */
rg_val rg_typed_get_index(rg_val self, double index);
/* x[index] = v with the kind's conversion (Int/Uint wrap modulo 2^n, Uint8Clamped clamps and rounds
 * half to even, Float32 rounds to float); out of range writes are ignored. No cx. */
void rg_typed_set_index(rg_val self, double index, double v);
/* fill(v, start?, end?): returns self. */
rg_val rg_typed_fill(rg_ctx_t *cx, rg_val self, double v, rg_val start, rg_val end);
/* subarray(begin?, end?): a view sharing the buffer; slice(begin?, end?): a copy. */
rg_val rg_typed_subarray(rg_ctx_t *cx, rg_val self, rg_val begin, rg_val end);
rg_val rg_typed_slice(rg_ctx_t *cx, rg_val self, rg_val begin, rg_val end);
/* set(source, offset?): copies an array or typed array in; RangeError "offset is out of bounds" when it
 * does not fit. */
void rg_typed_set(rg_ctx_t *cx, rg_val self, rg_val source, rg_val offset);
/* indexOf / includes (includes finds NaN in float arrays), join(separator = ","), reverse(). */
double rg_typed_index_of(rg_ctx_t *cx, rg_val self, double x, rg_val from);
bool rg_typed_includes(rg_ctx_t *cx, rg_val self, double x, rg_val from);
rg_val rg_typed_join(rg_ctx_t *cx, rg_val self, rg_val separator);
rg_val rg_typed_reverse(rg_ctx_t *cx, rg_val self);
/* at(index) (negative from the end, undefined outside) and lastIndexOf(x, from?). */
rg_val rg_typed_at(rg_ctx_t *cx, rg_val self, double index);
double rg_typed_last_index_of(rg_ctx_t *cx, rg_val self, double x, rg_val from);
/* sort(compare?) in place: numeric by default (-0 before +0, NaN last), stable; returns self. */
rg_val rg_typed_sort(rg_ctx_t *cx, rg_val self, rg_val compare);
/* Callback methods, fn(value, index, array); map and filter make a new array of the same kind. reduce
 * without initial on an empty array: TypeError "Reduce of empty array with no initial value". */
void rg_typed_for_each(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_typed_map(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_typed_filter(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_typed_reduce(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial);
bool rg_typed_some(rg_ctx_t *cx, rg_val self, rg_val fn);
bool rg_typed_every(rg_ctx_t *cx, rg_val self, rg_val fn);
rg_val rg_typed_find(rg_ctx_t *cx, rg_val self, rg_val fn);
double rg_typed_find_index(rg_ctx_t *cx, rg_val self, rg_val fn);

/* --- JSON.stringify ------------------------------------------------------------------------------ */

/* JSON.stringify(value, replacer?, space?): replacer must be undefined or null (functions and key lists
 * are not supported). space: a number (clamped to 0..10 spaces) or a string (its first 10 units).
 * Numbers that are not finite give null; strings are escaped as V8 does (lone surrogates as \udxxx);
 * objects list their slots in declaration order, skipping undefined and function values; Map and Set
 * give {}; typed arrays give {"0":..} objects as in JavaScript. Returns a string, or undefined for a
 * top-level undefined or function. TypeError "Converting circular structure to JSON" for cycles;
 * RangeError "Maximum call stack size exceeded" for data nested more than 12 levels (each level costs
 * about 100 bytes of app stack). */
rg_val rg_json_stringify(rg_ctx_t *cx, rg_val value, rg_val replacer, rg_val space);

/* --- console.log inspection ---------------------------------------------------------------------- */

/* Appends v to the line as Node's console.log shows an argument: a string raw, anything else as
 * util.inspect(v) does with its defaults (depth 2, 80-column breaking, arrays of more than 6 short
 * items grouped in columns, at most 100 items then "... n more items", strings cut at 10,000 units).
 * Nested values are built in a heap scratch buffer that grows by doubling; the outermost object is sent
 * to the line piece by piece (128 bytes at a time) from there, so a long output needs heap for about
 * twice its text, at most, and an app with a small heap can run out of memory printing a huge value.
 * Stack: about 150 bytes per nesting level shown (at most 4), under 1 KiB in all on Cortex-M3
 * (measured with -fstack-usage). */
void rg_inspect_line(rg_ctx_t *cx, rg_rt_line_t *line, rg_val v);

#endif /* RG_COLL_H */
