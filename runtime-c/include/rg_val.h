/* rg_val.h: the one value representation of compiled regen code, and the app's runtime context.
 *
 * Statically typed code keeps `number` in C doubles and `boolean` in C bools. Every other value (string,
 * array, object, class instance, closure, Map, Set, union, generic `T`, null, undefined) is an rg_val:
 * a NaN-boxed 64-bit word. A double is its own IEEE 754 bits, so boxing and unboxing a number is free and
 * `number[]`, object fields and generic containers all hold the same 8-byte words. Everything stored in a
 * heap object is an rg_val, so the collector tells pointers from numbers by the tag, precisely.
 *
 *   bits 63..48   meaning
 *   < 0xFFF9      a double (NaNs are canonical: 0x7FF8... or 0xFFF8..., what hardware produces)
 *   0xFFF9        a special: low bits RG_SPECIAL_* (undefined, null, false, true)
 *   0xFFFA        a pointer to an object payload (heap arena, or a static object in flash); low 48 bits
 *
 * Every object, heap or static, has the heap's 4-byte header just before its payload (rg_heap.h), so its
 * type id is read the same way. Type ids below RG_TYPE_FIRST_APP are the runtime's (strings, arrays, ...);
 * the compiler numbers class and object-literal shapes from RG_TYPE_FIRST_APP up.
 *
 * The design and the reasons are in docs/LANGUAGE-RUNTIME.md.
 */
#ifndef RG_VAL_H
#define RG_VAL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t rg_val;

#define RG_TAG_SHIFT 48u
#define RG_TAG_SPECIAL 0xFFF9u
#define RG_TAG_PTR 0xFFFAu
#define RG_PAYLOAD_MASK 0x0000FFFFFFFFFFFFull

#define RG_SPECIAL_UNDEFINED 0u
#define RG_SPECIAL_NULL 1u
#define RG_SPECIAL_FALSE 2u
#define RG_SPECIAL_TRUE 3u

#define RG_UNDEFINED (((rg_val)RG_TAG_SPECIAL << RG_TAG_SHIFT) | RG_SPECIAL_UNDEFINED)
#define RG_NULL (((rg_val)RG_TAG_SPECIAL << RG_TAG_SHIFT) | RG_SPECIAL_NULL)
#define RG_FALSE (((rg_val)RG_TAG_SPECIAL << RG_TAG_SHIFT) | RG_SPECIAL_FALSE)
#define RG_TRUE (((rg_val)RG_TAG_SPECIAL << RG_TAG_SHIFT) | RG_SPECIAL_TRUE)
#define RG_CANONICAL_NAN 0x7FF8000000000000ull

static inline uint32_t rg_tag(rg_val v) { return (uint32_t)(v >> RG_TAG_SHIFT); }
static inline bool rg_is_num(rg_val v) { return rg_tag(v) < RG_TAG_SPECIAL; }
static inline bool rg_is_ptr(rg_val v) { return rg_tag(v) == RG_TAG_PTR; }
static inline bool rg_is_undefined(rg_val v) { return v == RG_UNDEFINED; }
static inline bool rg_is_null(rg_val v) { return v == RG_NULL; }
static inline bool rg_is_nullish(rg_val v) { return v == RG_UNDEFINED || v == RG_NULL; }
static inline bool rg_is_bool(rg_val v) { return v == RG_TRUE || v == RG_FALSE; }

/* The reinterpreting copies below are __builtin_memcpy: the boards build with -ffreestanding, which
 * makes a plain memcpy a call into libc (a byte loop in newlib-nano) on every boxing; the builtin is a
 * register move. */

/* A double as a value. d must not be a NaN with a payload in the tag range (arithmetic never makes one;
 * bits read from memory, e.g. a Float64Array, go through rg_num_raw). */
static inline rg_val rg_num(double d) {
  rg_val v;
  __builtin_memcpy(&v, &d, sizeof v);
  return v;
}
/* A double from arbitrary bits: any NaN becomes the canonical NaN. */
static inline rg_val rg_num_raw(double d) { return d != d ? RG_CANONICAL_NAN : rg_num(d); }
/* The double of a value known (statically) to be a number. */
static inline double rg_to_f64(rg_val v) {
  double d;
  __builtin_memcpy(&d, &v, sizeof d);
  return d;
}
static inline rg_val rg_bool(bool b) { return b ? RG_TRUE : RG_FALSE; }
/* The bool of a value known to be a boolean. */
static inline bool rg_to_bool(rg_val v) { return v == RG_TRUE; }
static inline rg_val rg_ptr(const void *p) {
  return ((rg_val)RG_TAG_PTR << RG_TAG_SHIFT) | ((rg_val)(uintptr_t)p & RG_PAYLOAD_MASK);
}
/* The payload pointer of a value known to be an object. */
static inline void *rg_to_ptr(rg_val v) { return (void *)(uintptr_t)(v & RG_PAYLOAD_MASK); }

/* --- object headers and type ids ----------------------------------------------------------------- */

/* The header word before every payload (the same layout as rg_heap's): bit 0 mark, bits 1-11 type id,
 * bits 12-31 size in 8-byte granules. Static objects carry granules = 0 and are never collected. */
#define RG_HEADER(type) ((uint32_t)(type) << 1)
static inline uint32_t rg_type_of(rg_val v) {
  const uint32_t *p = (const uint32_t *)rg_to_ptr(v);
  return (p[-1] >> 1) & 0x7FFu;
}

/* Runtime type ids (the compiler's type table starts with these, in this order). */
enum {
  RG_TYPE_FREE = 0,      /* reserved by the heap */
  RG_TYPE_STRING = 1,    /* rg_str_t, leaf */
  RG_TYPE_ARRAY = 2,     /* rg_array_t: one rg_val field (items) */
  RG_TYPE_VALS = 3,      /* a backing store of rg_vals (array items, map entries, environments) */
  RG_TYPE_BYTES = 4,     /* a leaf backing store of raw bytes (typed arrays) */
  RG_TYPE_CLOSURE = 5,   /* rg_closure_t */
  RG_TYPE_MAP = 6,       /* rg_map_t (Map and Set) */
  RG_TYPE_TYPED = 7,     /* rg_typed_t: a typed array view */
  RG_TYPE_PROMISE = 8,   /* rg_promise_t */
  RG_TYPE_BOX = 9,       /* one rg_val: a captured variable shared by closures */
  RG_TYPE_ERROR = 10,        /* Error: rg_val slots[2] (message, name); rg_throw.h */
  RG_TYPE_TYPE_ERROR = 11,   /* TypeError, same layout */
  RG_TYPE_RANGE_ERROR = 12,  /* RangeError, same layout */
  RG_TYPE_SYNTAX_ERROR = 13, /* SyntaxError, same layout */
  RG_TYPE_FIRST_APP = 16 /* class instances and object literals: payload is rg_val slots[] */
};

/* A string: immutable UTF-16 code units. Literals are static objects in flash with the same layout. */
typedef struct {
  uint32_t length;
  uint16_t units[];
} rg_str_t;

/* A growable array: items is an RG_TYPE_VALS object (or undefined while empty). */
typedef struct {
  rg_val items;
  uint32_t length;
  uint32_t capacity;
} rg_array_t;

/* --- functions as values ------------------------------------------------------------------------- */

struct rg_ctx;
/* The one calling convention of function values (closures, methods reached through an interface,
 * callbacks): self is the closure (its env) or, for a method, `this`; missing arguments read as
 * undefined (argv has argc entries). Direct calls of known functions use typed C signatures instead. */
typedef rg_val (*rg_code_t)(struct rg_ctx *cx, rg_val self, uint32_t argc, const rg_val *argv);

/* A closure: code plus its captured environment (an object, or undefined) and the `this` it captured. */
typedef struct {
  rg_val env;
  rg_val this_val;
  rg_code_t code;
  uint32_t arity; /* declared parameters, for Function.length-free checks only */
} rg_closure_t;

/* Calls a function value (a closure rg_val) with JavaScript's arguments. */
static inline rg_val rg_call(struct rg_ctx *cx, rg_val fn, uint32_t argc, const rg_val *argv) {
  const rg_closure_t *c = (const rg_closure_t *)rg_to_ptr(fn);
  return c->code(cx, fn, argc, argv);
}
/* Argument i of a uniform-convention call, undefined when the caller passed fewer. */
static inline rg_val rg_arg(uint32_t argc, const rg_val *argv, uint32_t i) {
  return i < argc ? argv[i] : RG_UNDEFINED;
}

/* --- class and object-literal shapes (emitted by the compiler, const) --------------------------- */

typedef struct rg_shape rg_shape_t;
struct rg_shape {
  const char *name;           /* class name, or "Object" for object literals */
  const rg_shape_t *parent;   /* base class (instanceof walks this); NULL */
  uint16_t slot_count;        /* payload = rg_val slots[slot_count] */
  uint16_t method_count;
  const uint16_t *slot_keys;  /* property id of each slot, in declaration order (JSON key order) */
  const uint16_t *method_keys;/* property id of each method (own and inherited, most derived first) */
  const rg_code_t *methods;   /* method code, uniform convention, self = this */
  uint32_t flags;             /* RG_SHAPE_* */
};
#define RG_SHAPE_ERROR 0x1u   /* an Error or a subclass: has slots message (0) and name (1) */

/* --- the app's runtime context ------------------------------------------------------------------- */

struct rg_heap;
struct rg_try;

/* One per app, inside the app's globals struct (so the kernel zeroes it before every start). Runtime
 * functions that allocate, throw or schedule take it first: the runtime has no globals of its own. */
typedef struct rg_ctx {
  struct rg_heap *heap;
  struct rg_try *try_top;          /* innermost active try (exceptions.c) */
  const rg_shape_t *const *shapes; /* shapes by type id - RG_TYPE_FIRST_APP */
  uint32_t shape_count;
  const rg_str_t *const *keys;     /* property names by property id (JSON, inspect, errors) */
  uint32_t key_count;
  rg_val microtasks;               /* rg_array_t of pending promise reactions */
  rg_val timers;                   /* timer id -> closure, for callbacks that are closures */
  void (*timer_dispatch)(uint32_t timer_id); /* the app's timer dispatcher (rg_alloc.h), or NULL */
  uint64_t random_state[2];        /* Math.random's xorshift128+ state (rg_math.h); 0 = unseeded */
} rg_ctx_t;

#endif /* RG_VAL_H */
