/* rt_throw.c: exceptions — rg_throw's longjmp, Error objects, and uncaught exceptions as app faults.
 *
 * Implements rg_throw.h. Error names are static strings (flash), so making an Error allocates only the
 * object (and, for rg_throw_error, its message). The uncaught path formats the message without
 * allocating, because it also reports errors thrown while the heap is full.
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "rg_alloc.h"
#include "rg_coll.h"
#include "rg_rt.h"
#include "rg_syscall.h"
#include "rg_throw.h"

/* Node prints a thrown object that is not an Error (an array, a Map, an object literal) with
 * util.inspect: the collections runtime's rg_inspect_line does the same. Referenced weakly, so host
 * harnesses that link only part of the runtime still build (the message is then "[object Object]"). */
#pragma weak rg_inspect_line

/* Finds the app's call site of a fault raised inside the runtime (rt_fault_site.c). Weak like
 * rg_inspect_line: a harness that links only part of the runtime reports the runtime's address. */
#pragma weak rg_rt_fault_site

#define CALLER() ((uint32_t)(uintptr_t)__builtin_return_address(0))

/* A static string object: the heap header (granules 0: never collected), then rg_str_t. */
#define STATIC_STR(name, n, ...)                                                                   \
  static const struct {                                                                            \
    uint32_t header;                                                                               \
    uint32_t length;                                                                               \
    uint16_t units[n];                                                                             \
  } name = {RG_HEADER(RG_TYPE_STRING), n, {__VA_ARGS__}}

STATIC_STR(s_error, 5, 'E', 'r', 'r', 'o', 'r');
STATIC_STR(s_type_error, 9, 'T', 'y', 'p', 'e', 'E', 'r', 'r', 'o', 'r');
STATIC_STR(s_range_error, 10, 'R', 'a', 'n', 'g', 'e', 'E', 'r', 'r', 'o', 'r');
STATIC_STR(s_syntax_error, 11, 'S', 'y', 'n', 't', 'a', 'x', 'E', 'r', 'r', 'o', 'r');
static const struct {
  uint32_t header;
  uint32_t length;
} s_empty = {RG_HEADER(RG_TYPE_STRING), 0u};

static const uint16_t error_slot_keys[] = {RG_KEY_MESSAGE, RG_KEY_NAME};

const rg_shape_t rg_shape_error = {"Error", NULL, 2u, 0u, error_slot_keys, NULL, NULL, RG_SHAPE_ERROR};
const rg_shape_t rg_shape_type_error = {"TypeError", &rg_shape_error, 2u, 0u, error_slot_keys,
                                        NULL,        NULL,            RG_SHAPE_ERROR};
const rg_shape_t rg_shape_range_error = {"RangeError", &rg_shape_error, 2u, 0u, error_slot_keys,
                                         NULL,         NULL,            RG_SHAPE_ERROR};
const rg_shape_t rg_shape_syntax_error = {"SyntaxError", &rg_shape_error, 2u, 0u, error_slot_keys,
                                          NULL,          NULL,            RG_SHAPE_ERROR};

static rg_val name_of_kind(uint32_t kind) {
  switch (kind) {
  case RG_ERROR_TYPE:
    return rg_ptr(&s_type_error.length);
  case RG_ERROR_RANGE:
    return rg_ptr(&s_range_error.length);
  case RG_ERROR_SYNTAX:
    return rg_ptr(&s_syntax_error.length);
  default:
    return rg_ptr(&s_error.length);
  }
}

const rg_shape_t *rg_shape_of_type(const rg_ctx_t *cx, uint32_t type) {
  switch (type) {
  case RG_TYPE_ERROR:
    return &rg_shape_error;
  case RG_TYPE_TYPE_ERROR:
    return &rg_shape_type_error;
  case RG_TYPE_RANGE_ERROR:
    return &rg_shape_range_error;
  case RG_TYPE_SYNTAX_ERROR:
    return &rg_shape_syntax_error;
  default:
    if (type >= RG_TYPE_FIRST_APP && type - RG_TYPE_FIRST_APP < cx->shape_count) {
      return cx->shapes[type - RG_TYPE_FIRST_APP];
    }
    return NULL;
  }
}

bool rg_instance_of(const rg_ctx_t *cx, rg_val v, const rg_shape_t *shape) {
  if (!rg_is_ptr(v)) {
    return false;
  }
  for (const rg_shape_t *s = rg_shape_of_type(cx, rg_type_of(v)); s != NULL; s = s->parent) {
    if (s == shape) {
      return true;
    }
  }
  return false;
}

bool rg_is_error(const rg_ctx_t *cx, rg_val v) {
  if (!rg_is_ptr(v)) {
    return false;
  }
  /* A user class extending Error has its own shape (flags 0) whose parent chain reaches an error shape. */
  for (const rg_shape_t *s = rg_shape_of_type(cx, rg_type_of(v)); s != NULL; s = s->parent) {
    if ((s->flags & RG_SHAPE_ERROR) != 0u) {
      return true;
    }
  }
  return false;
}

/* A heap string from NUL-terminated UTF-8 (invalid bytes become U+FFFD). */
static rg_val string_from_utf8(rg_ctx_t *cx, const char *text) {
  const uint8_t *s = (const uint8_t *)text;
  uint32_t bytes = 0;
  while (s[bytes] != 0u) {
    bytes++;
  }
  /* At most one UTF-16 unit per byte. */
  rg_str_t *str = rg_alloc(cx, RG_TYPE_STRING, (uint32_t)sizeof(rg_str_t) + 2u * bytes);
  uint32_t n = 0;
  for (uint32_t i = 0; i < bytes;) {
    uint32_t c = s[i];
    uint32_t extra = c < 0x80u                ? 0u
                     : (c & 0xE0u) == 0xC0u ? 1u
                     : (c & 0xF0u) == 0xE0u ? 2u
                     : (c & 0xF8u) == 0xF0u ? 3u
                                            : UINT32_MAX;
    bool ok = extra != UINT32_MAX && extra < bytes - i;
    uint32_t cp = extra == 0u ? c : c & (0x3Fu >> (extra & 3u));
    for (uint32_t k = 1; ok && k <= extra; k++) {
      ok = (s[i + k] & 0xC0u) == 0x80u;
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    if (!ok || cp > 0x10FFFFu) {
      str->units[n++] = 0xFFFDu;
      i++;
      continue;
    }
    i += extra + 1u;
    if (cp >= 0x10000u) {
      cp -= 0x10000u;
      str->units[n++] = (uint16_t)(0xD800u + (cp >> 10));
      str->units[n++] = (uint16_t)(0xDC00u + (cp & 0x3FFu));
    } else {
      str->units[n++] = (uint16_t)cp;
    }
  }
  str->length = n;
  return rg_ptr(str);
}

void rg_error_init(rg_ctx_t *cx, rg_val self, uint32_t kind, rg_val message) {
  (void)cx;
  rg_val *slots = rg_to_ptr(self);
  slots[RG_ERROR_SLOT_MESSAGE] = rg_is_undefined(message) ? rg_ptr(&s_empty.length) : message;
  slots[RG_ERROR_SLOT_NAME] = name_of_kind(kind);
}

rg_val rg_error_new(rg_ctx_t *cx, uint32_t kind, rg_val message) {
  uint32_t type = RG_TYPE_ERROR + (kind <= RG_ERROR_SYNTAX ? kind : 0u);
  rg_val e = rg_alloc_slots(cx, type, 2u);
  rg_error_init(cx, e, kind, message);
  return e;
}

/* ---- describing a value for the fault message ------------------------------------------------- */

/* Text built into a fixed buffer; once a character does not fit, nothing more is added, so a long text
 * is always cut to a whole-character prefix. */
typedef struct {
  char *out;
  uint32_t cap;
  uint32_t len;
  bool full;
} text_t;

/* True (and the text marked full) when `need` more bytes do not fit before the NUL. */
static bool no_room(text_t *t, uint32_t need) {
  t->full = t->full || t->len + need >= t->cap;
  return t->full;
}

static void put_byte(text_t *t, uint8_t b) {
  if (!no_room(t, 1u)) {
    t->out[t->len++] = (char)b;
  }
}

static void put_c(text_t *t, const char *s) {
  while (*s != '\0') {
    put_byte(t, (uint8_t)*s++);
  }
}

/* UTF-16 to UTF-8; lone surrogates become U+FFFD as Node prints them. Stops at a character that does
 * not fit whole. */
static void put_str(text_t *t, rg_val v) {
  const rg_str_t *s = rg_to_ptr(v);
  for (uint32_t i = 0; i < s->length; i++) {
    uint32_t c = s->units[i];
    if (c >= 0xD800u && c < 0xDC00u && i + 1u < s->length && s->units[i + 1u] >= 0xDC00u &&
        s->units[i + 1u] < 0xE000u) {
      c = 0x10000u + ((c - 0xD800u) << 10) + (s->units[i + 1u] - 0xDC00u);
      i++;
    } else if (c >= 0xD800u && c < 0xE000u) {
      c = 0xFFFDu;
    }
    uint32_t need = c < 0x80u ? 1u : c < 0x800u ? 2u : c < 0x10000u ? 3u : 4u;
    if (no_room(t, need)) {
      return;
    }
    if (need == 1u) {
      put_byte(t, (uint8_t)c);
    } else if (need == 2u) {
      put_byte(t, (uint8_t)(0xC0u | (c >> 6)));
      put_byte(t, (uint8_t)(0x80u | (c & 0x3Fu)));
    } else if (need == 3u) {
      put_byte(t, (uint8_t)(0xE0u | (c >> 12)));
      put_byte(t, (uint8_t)(0x80u | ((c >> 6) & 0x3Fu)));
      put_byte(t, (uint8_t)(0x80u | (c & 0x3Fu)));
    } else {
      put_byte(t, (uint8_t)(0xF0u | (c >> 18)));
      put_byte(t, (uint8_t)(0x80u | ((c >> 12) & 0x3Fu)));
      put_byte(t, (uint8_t)(0x80u | ((c >> 6) & 0x3Fu)));
      put_byte(t, (uint8_t)(0x80u | (c & 0x3Fu)));
    }
  }
}

static bool is_string(rg_val v) { return rg_is_ptr(v) && rg_type_of(v) == RG_TYPE_STRING; }

static uint32_t str_length(rg_val v) { return ((const rg_str_t *)rg_to_ptr(v))->length; }

uint32_t rg_error_describe(const rg_ctx_t *cx, rg_val v, char *out, uint32_t cap) {
  text_t t = {out, cap, 0u, false};
  if (cap == 0u) {
    return 0u;
  }
  if (rg_is_error(cx, v)) {
    /* Node's first line of an uncaught error: "name: message", or the one of them that is not empty. */
    const rg_val *slots = rg_to_ptr(v);
    rg_val name = slots[RG_ERROR_SLOT_NAME];
    rg_val message = slots[RG_ERROR_SLOT_MESSAGE];
    bool has_name = is_string(name) && str_length(name) != 0u;
    bool has_message = is_string(message) && str_length(message) != 0u;
    if (has_name) {
      put_str(&t, name);
    }
    if (has_name && has_message) {
      put_c(&t, ": ");
    }
    if (has_message) {
      put_str(&t, message);
    }
  } else if (rg_is_num(v)) {
    char digits[RG_RT_NUMBER_CHARS];
    (void)rg_rt_number_to_string(rg_to_f64(v), digits);
    put_c(&t, digits);
  } else if (v == RG_UNDEFINED) {
    put_c(&t, "undefined");
  } else if (v == RG_NULL) {
    put_c(&t, "null");
  } else if (v == RG_TRUE || v == RG_FALSE) {
    put_c(&t, v == RG_TRUE ? "true" : "false");
  } else if (is_string(v)) {
    put_str(&t, v);
  } else {
    put_c(&t, "[object Object]");
  }
  out[t.len] = '\0';
  return t.len;
}

/* ---- throwing ------------------------------------------------------------------------------------ */

/* Bytes of the uncaught-exception message: the kernel keeps at most 120. */
#define MESSAGE_BYTES 121u

/* App stack (bytes) that inspecting a thrown object may take: rg_inspect_line's own frames (about 1 KiB
 * at the depth it shows, measured with -fstack-usage on Cortex-M3) plus the collector's if it allocates.
 * With less left, the message is the shorter "[object Object]" rather than a stack overflow. */
#define INSPECT_STACK_BYTES 1536u

/* True when the stack below the caller has room to inspect a value. */
static bool room_to_inspect(const rg_ctx_t *cx) {
  if (cx->heap == NULL) {
    return false;
  }
  volatile uint8_t here = 0;
  uintptr_t sp = (uintptr_t)&here;
  uintptr_t lo = (uintptr_t)rg_heap_stack_lo(cx->heap);
  return sp > lo && sp - lo > INSPECT_STACK_BYTES;
}

/* The uncaught paths, each in its own frame so that only one message buffer is on the app's stack
 * (inspecting takes up to about 1 KiB of it by itself). */
static __attribute__((noinline)) _Noreturn void uncaught_inspected(rg_ctx_t *cx, rg_val v, uint32_t caller) {
  /* Truncated to the line's 128 bytes, like a panic message; allocates scratch on the heap. */
  rg_rt_line_t line = {{0}, 0u, 0u, true};
  rg_inspect_line(cx, &line, v);
  rg_rt_fault_with(RG_FAULT_EXCEPTION, line.text, line.len < 120u ? line.len : 120u, caller);
}

static __attribute__((noinline)) _Noreturn void uncaught_described(rg_ctx_t *cx, rg_val v, uint32_t caller) {
  char msg[MESSAGE_BYTES];
  uint32_t len = rg_error_describe(cx, v, msg, sizeof msg);
  rg_rt_fault_with(RG_FAULT_EXCEPTION, msg, len, caller);
}

static _Noreturn void throw_from(rg_ctx_t *cx, rg_val v, uint32_t caller) {
  rg_try_t *t = cx->try_top;
  if (t != NULL) {
    cx->try_top = t->prev;
    t->thrown = v;
    longjmp(t->jump, 1);
  }
  if (rg_is_ptr(v) && !is_string(v) && !rg_is_error(cx, v) && rg_inspect_line != NULL && room_to_inspect(cx)) {
    uncaught_inspected(cx, v, caller);
  }
  uncaught_described(cx, v, caller);
}

__attribute__((noinline)) _Noreturn void rg_throw(rg_ctx_t *cx, rg_val v) { throw_from(cx, v, CALLER()); }

rg_val rg_error_from_c(rg_ctx_t *cx, uint32_t kind, const char *message) {
  rg_val text = string_from_utf8(cx, message);
  return rg_error_new(cx, kind, text);
}

__attribute__((noinline)) _Noreturn void rg_throw_error(rg_ctx_t *cx, uint32_t kind, const char *message) {
  uint32_t caller = CALLER();
  throw_from(cx, rg_error_from_c(cx, kind, message), caller);
}

_Noreturn void rg_rt_fault_with(uint32_t fault_class, const char *msg, uint32_t len, uint32_t caller) {
  uint32_t site = rg_rt_fault_site != NULL ? rg_rt_fault_site(caller) : caller;
  (void)rg_syscall(RG_SYS_FAULT, (fault_class & 0xFFu) | (len << 8), (uint32_t)(uintptr_t)msg, site);
  /* The kernel does not return from a fault; spinning lets the time budget end a broken port. */
  for (;;) {
  }
}
