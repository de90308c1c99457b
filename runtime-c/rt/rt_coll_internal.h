/* rt_coll_internal.h: helpers shared by the collection runtime files (rt_arr_*, rt_map_*, rt_typed_*,
 * rt_json_*, rt_inspect_*, rt_equal_*); not part of the compiler's API.
 *
 * Holds the accessors for runtime layouts, the allocation and throw hooks (rg_alloc.h and rg_throw.h
 * when they exist, otherwise the contract's declarations), string helpers that need no other runtime
 * module, and a UTF-16 text builder used by join and JSON.stringify in two passes (measure, then
 * write into a string of exactly the right length), so no temporary buffers are needed.
 */
#ifndef RT_COLL_INTERNAL_H
#define RT_COLL_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "rg_coll.h"

#if defined(__has_include)
#if __has_include("rg_alloc.h")
#include "rg_alloc.h"
#define RG_COLL_HAVE_ALLOC 1
#endif
#if __has_include("rg_throw.h")
#include "rg_throw.h"
#define RG_COLL_HAVE_THROW 1
#endif
#endif

/* The strings runtime's ECMAScript ToString (rg_str.h): it runs an object's own toString method, which
 * join and sort must do for class instances. */
rg_val rg_to_string(rg_ctx_t *cx, rg_val v);

#ifndef RG_COLL_HAVE_ALLOC
/* issue-4 contract: a zeroed payload of `bytes` bytes with type id `type`; never NULL. */
void *rg_alloc(rg_ctx_t *cx, uint32_t type, uint32_t bytes);
#endif

/* Error kinds rg_coll_throw makes. */
#define RG_COLL_TYPE_ERROR 0u
#define RG_COLL_RANGE_ERROR 1u
/* Throws a TypeError or RangeError with a static message (through rg_throw_error). */
_Noreturn void rg_coll_throw(rg_ctx_t *cx, uint32_t kind, const char *message);

/* The tombstone of a deleted Map/Set entry: a special no value can equal. */
#define RG_COLL_HOLE (((rg_val)RG_TAG_SPECIAL << RG_TAG_SHIFT) | 0x7Fu)

static inline bool rg_coll_is(rg_val v, uint32_t type) {
  return rg_is_ptr(v) && rg_type_of(v) == type;
}
static inline rg_array_t *rg_coll_arr(rg_val v) { return (rg_array_t *)rg_to_ptr(v); }
static inline rg_map_t *rg_coll_map(rg_val v) { return (rg_map_t *)rg_to_ptr(v); }
static inline rg_typed_t *rg_coll_typed(rg_val v) { return (rg_typed_t *)rg_to_ptr(v); }
static inline const rg_str_t *rg_coll_str(rg_val v) { return (const rg_str_t *)rg_to_ptr(v); }
/* The items of an array (NULL while it has no store). */
static inline rg_val *rg_coll_items(const rg_array_t *a) {
  return rg_is_ptr(a->items) ? (rg_val *)rg_to_ptr(a->items) : (rg_val *)0;
}

/* A new store of n rg_vals (zeroed: every word the +0 double). */
rg_val *rg_coll_vals_new(rg_ctx_t *cx, uint32_t n, rg_val *out);
/* Makes room for `need` items (growing the store 1.5x); returns the items. */
rg_val *rg_coll_arr_reserve(rg_ctx_t *cx, rg_array_t *a, uint32_t need);
/* A new array holding a copy of items[0..n). */
rg_val rg_coll_arr_copy(rg_ctx_t *cx, const rg_val *items, uint32_t n);
/* ToIntegerOrInfinity of a position argument, resolved against len as slice/splice/fill do (negative
 * counts from the end, clamped to [0, len]); undefined gives dflt. */
uint32_t rg_coll_position(rg_val arg, uint32_t len, uint32_t dflt);
uint32_t rg_coll_position_f64(double arg, uint32_t len);

/* A new string of n code units; *units points at them (to fill). */
rg_val rg_coll_str_new(rg_ctx_t *cx, uint32_t n, uint16_t **units);
/* A new string from ASCII text. */
rg_val rg_coll_str_ascii(rg_ctx_t *cx, const char *text);
bool rg_coll_str_equal(const rg_str_t *a, const rg_str_t *b);
/* <0, 0, >0 in UTF-16 code unit order (JavaScript's default sort and < on strings). */
int rg_coll_str_compare(const rg_str_t *a, const rg_str_t *b);
/* A hash of a key consistent with SameValueZero (equal keys hash alike; -0 as 0; strings by content). */
uint32_t rg_coll_hash(rg_val key);
/* The shape of an app object (type >= RG_TYPE_FIRST_APP), or NULL if the table has no such entry. */
const rg_shape_t *rg_coll_shape(const rg_ctx_t *cx, rg_val v);
/* True for Error objects and instances of Error subclasses (slots message, name first). */
bool rg_coll_is_error(const rg_ctx_t *cx, rg_val v);
/* The name of property id `key` (NULL if unknown). */
const rg_str_t *rg_coll_key(const rg_ctx_t *cx, uint32_t key);

/* UTF-16 text under construction. With units == NULL it only counts (the measuring pass). */
typedef struct {
  uint16_t *units;
  uint32_t len;
} rg_coll_text_t;

static inline void rg_coll_text_unit(rg_coll_text_t *t, uint16_t u) {
  if (t->units != (uint16_t *)0) t->units[t->len] = u;
  t->len++;
}
void rg_coll_text_ascii(rg_coll_text_t *t, const char *text, uint32_t n);
void rg_coll_text_str(rg_coll_text_t *t, const rg_str_t *s);
void rg_coll_text_number(rg_coll_text_t *t, double v);

/* Arrays being joined, innermost first (cycle detection: an array inside itself joins as ""). */
typedef struct rg_coll_chain {
  const struct rg_coll_chain *up;
  rg_val v;
} rg_coll_chain_t;
static inline bool rg_coll_chain_has(const rg_coll_chain_t *c, rg_val v) {
  for (; c != (const rg_coll_chain_t *)0; c = c->up) {
    if (c->v == v) return true;
  }
  return false;
}
/* ECMAScript ToString(v) appended to t, for values whose ToString runs no app code: numbers, booleans,
 * strings, Map, Set, closures, promises ("" for null and undefined, as inside join). Arrays and objects
 * are converted beforehand (rt_arr_join.c). */
void rg_coll_text_value(rg_coll_text_t *t, rg_val v);
/* ECMAScript ToString(v) as a string value (strings are returned as they are). */
rg_val rg_coll_to_string(rg_ctx_t *cx, rg_val v);
/* True for values whose ToString may run app code (class instances and object literals, which can
 * have a toString method, and Error objects): converted once with rg_to_string, never in the
 * counting/writing passes. */
bool rg_coll_needs_app_to_string(rg_val v);

/* Element access for a typed array view. */
double rg_coll_typed_load(const rg_typed_t *t, uint32_t i);
void rg_coll_typed_store(rg_typed_t *t, uint32_t i, double v);
/* Constructor name of a typed array kind ("Uint8Array"...). */
const char *rg_coll_typed_name(uint32_t kind);

#endif /* RT_COLL_INTERNAL_H */
