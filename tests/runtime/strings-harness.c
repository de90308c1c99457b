/* strings-harness.c: runs the string runtime (runtime-c/rt/rt_str_*.c) on commands from stdin, for tests.
 *
 * tests/runtime/strings.test.ts builds this with host gcc under ASan/UBSan together with the string
 * runtime, rt_number.c, rt_math.c and rt_console.c, writes one command per line and compares every output
 * line with what Node computes. A command is an operation name and its arguments as tokens; results use
 * the same tokens:
 *   u  undefined      z  null      t / f  booleans      n<16 hex digits>  a number (its IEEE bits)
 *   s<4 hex digits per UTF-16 unit>  a string          b<2 hex digits per byte>  raw bytes (UTF-8 input)
 *   [tok,tok,...]  an array (results only)             !<ErrorName>:<message>  a thrown error
 * Allocation, collection and exceptions are the real runtime's (rt_alloc.c, rg_heap.c, rt_throw.c), with
 * a small heap so that collections happen in the middle of string operations; each command runs inside
 * a try, so a RangeError comes back as a caught Error object.
 */
#define _POSIX_C_SOURCE 200809L /* strtok_r */

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rg_alloc.h"
#include "rg_coll.h"
#include "rg_str.h"
#include "rg_syscall.h"
#include "rg_throw.h"

/* --- the app's heap and stand-ins for the collections runtime ------------------------------------ */

/* A small heap, so collections happen often while strings are built: the string runtime must keep
 * everything it still needs reachable (the conservative stack scan sees its locals). */
#define HEAP_BYTES (64u << 10)
static _Alignas(8) uint8_t heap_mem[HEAP_BYTES];
static rg_ctx_t cx_storage;
static rg_ctx_t *const cx = &cx_storage;

static _Noreturn void on_oom(void *ctx, uint32_t bytes) {
  (void)ctx;
  fprintf(stderr, "harness heap exhausted (%lu bytes asked)\n", (unsigned long)bytes);
  exit(2);
}

/* Array joins belong to the collections runtime; ToString of arrays is not under test here. */
rg_val rg_arr_join(rg_ctx_t *c, rg_val self, rg_val separator) {
  (void)c;
  (void)self;
  (void)separator;
  abort();
}

rg_val rg_typed_join(rg_ctx_t *c, rg_val self, rg_val separator) {
  (void)c;
  (void)self;
  (void)separator;
  abort();
}

/* Syscalls never happen here (lines are built with the panic flag, so never sent). */
int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2) {
  (void)op;
  (void)a0;
  (void)a1;
  (void)a2;
  abort();
}

/* --- tokens --------------------------------------------------------------------------------------- */

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static uint64_t hex_value(const char *p, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) v = (v << 4) | (uint64_t)hex_digit(p[i]);
  return v;
}

static rg_val parse_token(const char *t) {
  switch (t[0]) {
    case 'u':
      return RG_UNDEFINED;
    case 'z':
      return RG_NULL;
    case 't':
      return RG_TRUE;
    case 'f':
      return RG_FALSE;
    case 'n': {
      uint64_t bits = hex_value(t + 1, 16);
      double d;
      memcpy(&d, &bits, sizeof d);
      return rg_num_raw(d);
    }
    case 's': {
      size_t n = strlen(t + 1) / 4;
      rg_str_t *s = rg_str_new(cx, (uint32_t)n);
      for (size_t i = 0; i < n; i++) s->units[i] = (uint16_t)hex_value(t + 1 + 4 * i, 4);
      return rg_ptr(s);
    }
    case 'b': {
      static char bytes[1 << 12];
      size_t n = strlen(t + 1) / 2;
      for (size_t i = 0; i < n && i < sizeof bytes; i++) bytes[i] = (char)hex_value(t + 1 + 2 * i, 2);
      return rg_str_from_utf8(cx, bytes, (uint32_t)n);
    }
    default:
      fprintf(stderr, "bad token %s\n", t);
      exit(2);
  }
}

static void print_value(rg_val v) {
  if (rg_is_num(v)) {
    double d = rg_to_f64(v);
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    /* Two 32-bit halves: newlib's printf on Cortex-M may lack 64-bit conversions. */
    printf("n%08lx%08lx", (unsigned long)(bits >> 32), (unsigned long)(bits & 0xFFFFFFFFu));
  } else if (v == RG_UNDEFINED) {
    putchar('u');
  } else if (v == RG_NULL) {
    putchar('z');
  } else if (v == RG_TRUE) {
    putchar('t');
  } else if (v == RG_FALSE) {
    putchar('f');
  } else if (rg_type_of(v) == RG_TYPE_STRING) {
    const rg_str_t *s = rg_str_of(v);
    putchar('s');
    for (uint32_t i = 0; i < s->length; i++) printf("%04x", s->units[i]);
  } else if (rg_type_of(v) == RG_TYPE_ARRAY) {
    const rg_array_t *a = (const rg_array_t *)rg_to_ptr(v);
    const rg_val *items = a->length > 0 ? (const rg_val *)rg_to_ptr(a->items) : NULL;
    putchar('[');
    for (uint32_t i = 0; i < a->length; i++) {
      if (i > 0) putchar(',');
      print_value(items[i]);
    }
    putchar(']');
  } else {
    putchar('?');
  }
}

/* --- one app class, for ToString of instances ------------------------------------------------------- */

/* class Named { toString() { return "Named!"; } } */
static rg_val named_to_string(rg_ctx_t *c, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  (void)argc;
  (void)argv;
  return rg_str_from_cstr(c, "Named!");
}

typedef struct {
  uint32_t header;
  uint32_t length;
  uint16_t units[8];
} static_key_t;
static const static_key_t key_message = {RG_HEADER(RG_TYPE_STRING), 7, {'m', 'e', 's', 's', 'a', 'g', 'e'}};
static const static_key_t key_name = {RG_HEADER(RG_TYPE_STRING), 4, {'n', 'a', 'm', 'e'}};
static const static_key_t key_to_string = {RG_HEADER(RG_TYPE_STRING), 8, {'t', 'o', 'S', 't', 'r', 'i', 'n', 'g'}};
static const rg_str_t *const keys[3] = {(const rg_str_t *)&key_message.length,
                                        (const rg_str_t *)&key_name.length,
                                        (const rg_str_t *)&key_to_string.length};
static const uint16_t named_method_keys[1] = {2};
static const rg_code_t named_methods[1] = {named_to_string};
/* Type RG_TYPE_FIRST_APP: a class with a toString method; RG_TYPE_FIRST_APP + 1: a plain object. */
static const rg_shape_t named_shape = {"Named", NULL, 0, 1, NULL, named_method_keys, named_methods, 0};
static const rg_shape_t plain_shape = {"Object", NULL, 0, 0, NULL, NULL, NULL, 0};
/* RG_TYPE_FIRST_APP + 2: { toString: () => "Named!" } */
static const uint16_t literal_slot_keys[1] = {2};
static const rg_shape_t literal_shape = {"Object", NULL, 1, 0, literal_slot_keys, NULL, NULL, 0};
static const struct {
  uint32_t pad; /* the closure is 8-aligned: the header must sit right before it */
  uint32_t header;
  rg_closure_t closure;
} literal_fn = {0, RG_HEADER(RG_TYPE_CLOSURE), {RG_UNDEFINED, RG_UNDEFINED, named_to_string, 0}};
static const rg_shape_t *const shapes[3] = {&named_shape, &plain_shape, &literal_shape};

/* --- commands ------------------------------------------------------------------------------------- */

#define MAX_ARGS 64

static rg_val num(double d) { return rg_num_raw(d); }
static double dbl(rg_val v) { return rg_to_f64(v); }

static rg_val run(const char *op, uint32_t argc, const rg_val *a) {
  /* String methods: a[0] is self. */
  if (strcmp(op, "at_index") == 0) return rg_str_at_index(cx, a[0], dbl(a[1]));
  if (strcmp(op, "charAt") == 0) return rg_str_char_at(cx, a[0], dbl(a[1]));
  if (strcmp(op, "charCodeAt") == 0) return num(rg_str_char_code_at(cx, a[0], dbl(a[1])));
  if (strcmp(op, "codePointAt") == 0) return rg_str_code_point_at(cx, a[0], dbl(a[1]));
  if (strcmp(op, "at") == 0) return rg_str_at(cx, a[0], dbl(a[1]));
  if (strcmp(op, "indexOf") == 0) return num(rg_str_index_of(cx, a[0], a[1], a[2]));
  if (strcmp(op, "lastIndexOf") == 0) return num(rg_str_last_index_of(cx, a[0], a[1], a[2]));
  if (strcmp(op, "includes") == 0) return rg_bool(rg_str_includes(cx, a[0], a[1], a[2]));
  if (strcmp(op, "startsWith") == 0) return rg_bool(rg_str_starts_with(cx, a[0], a[1], a[2]));
  if (strcmp(op, "endsWith") == 0) return rg_bool(rg_str_ends_with(cx, a[0], a[1], a[2]));
  if (strcmp(op, "slice") == 0) return rg_str_slice(cx, a[0], a[1], a[2]);
  if (strcmp(op, "substring") == 0) return rg_str_substring(cx, a[0], dbl(a[1]), a[2]);
  if (strcmp(op, "substr") == 0) return rg_str_substr(cx, a[0], dbl(a[1]), a[2]);
  if (strcmp(op, "split") == 0) return rg_str_split(cx, a[0], a[1], a[2]);
  if (strcmp(op, "trim") == 0) return rg_str_trim(cx, a[0]);
  if (strcmp(op, "trimStart") == 0) return rg_str_trim_start(cx, a[0]);
  if (strcmp(op, "trimEnd") == 0) return rg_str_trim_end(cx, a[0]);
  if (strcmp(op, "toUpperCase") == 0) return rg_str_to_upper_case(cx, a[0]);
  if (strcmp(op, "toLowerCase") == 0) return rg_str_to_lower_case(cx, a[0]);
  if (strcmp(op, "padStart") == 0) return rg_str_pad_start(cx, a[0], dbl(a[1]), a[2]);
  if (strcmp(op, "padEnd") == 0) return rg_str_pad_end(cx, a[0], dbl(a[1]), a[2]);
  if (strcmp(op, "repeat") == 0) return rg_str_repeat(cx, a[0], dbl(a[1]));
  if (strcmp(op, "replace") == 0) return rg_str_replace(cx, a[0], a[1], a[2]);
  if (strcmp(op, "replaceAll") == 0) return rg_str_replace_all(cx, a[0], a[1], a[2]);
  if (strcmp(op, "concat") == 0) return rg_str_concat(cx, a[0], a[1]);
  /* Operators and conversions. */
  if (strcmp(op, "compare") == 0) {
    int32_t c = rg_str_compare(a[0], a[1]);
    return num(c < 0 ? -1 : c > 0 ? 1 : 0);
  }
  if (strcmp(op, "equals") == 0) return rg_bool(rg_str_equals(a[0], a[1]));
  if (strcmp(op, "hashEquals") == 0) return rg_bool(rg_str_hash(a[0]) == rg_str_hash(a[1]));
  if (strcmp(op, "fromCharCode") == 0) return rg_string_from_char_code(cx, argc, a);
  if (strcmp(op, "fromCodePoint") == 0) return rg_string_from_code_point(cx, argc, a);
  if (strcmp(op, "String") == 0) return rg_global_string(cx, a[0]);
  if (strcmp(op, "template") == 0) return rg_str_template(cx, argc, a);
  if (strcmp(op, "utf8") == 0) return a[0];
  if (strcmp(op, "codePoints") == 0) {
    /* for...of: the code point strings, joined with "|". */
    uint32_t pos = 0, n = 0;
    rg_val items[256]; /* on the stack, where the collector's scan sees them */
    rg_val bar = rg_str_from_cstr(cx, "|");
    for (rg_val v = rg_str_next_code_point(cx, a[0], &pos); !rg_is_undefined(v);
         v = rg_str_next_code_point(cx, a[0], &pos)) {
      if (n + 2 > sizeof items / sizeof items[0]) break;
      if (n > 0) items[n++] = bar;
      items[n++] = v;
    }
    return n == 0 ? rg_str_empty() : rg_str_template(cx, n, items);
  }
  if (strcmp(op, "toFixed") == 0) return rg_num_to_fixed(cx, dbl(a[0]), a[1]);
  if (strcmp(op, "toPrecision") == 0) return rg_num_to_precision(cx, dbl(a[0]), a[1]);
  if (strcmp(op, "toExponential") == 0) return rg_num_to_exponential(cx, dbl(a[0]), a[1]);
  if (strcmp(op, "toString") == 0) return rg_num_to_string(cx, dbl(a[0]), a[1]);
  if (strcmp(op, "Number") == 0) return num(rg_global_number(cx, a[0]));
  if (strcmp(op, "parseFloat") == 0) return num(rg_global_parse_float(cx, a[0]));
  if (strcmp(op, "parseInt") == 0) return num(rg_global_parse_int(cx, a[0], a[1]));
  if (strcmp(op, "isInteger") == 0) return rg_bool(rg_number_is_integer(cx, dbl(a[0])));
  if (strcmp(op, "isSafeInteger") == 0) return rg_bool(rg_number_is_safe_integer(cx, dbl(a[0])));
  if (strcmp(op, "isFinite") == 0) return rg_bool(rg_global_is_finite(cx, dbl(a[0])));
  if (strcmp(op, "isNaN") == 0) return rg_bool(rg_global_is_nan(cx, dbl(a[0])));
  if (strcmp(op, "namedString") == 0) return rg_to_string(cx, rg_alloc_slots(cx, RG_TYPE_FIRST_APP, 0));
  if (strcmp(op, "plainString") == 0) return rg_to_string(cx, rg_alloc_slots(cx, RG_TYPE_FIRST_APP + 1, 0));
  if (strcmp(op, "literalString") == 0) {
    rg_val o = rg_alloc_slots(cx, RG_TYPE_FIRST_APP + 2, 1);
    ((rg_val *)rg_to_ptr(o))[0] = rg_ptr(&literal_fn.closure);
    return rg_to_string(cx, o);
  }
  if (strcmp(op, "errorString") == 0) return rg_to_string(cx, rg_error_new(cx, (uint32_t)dbl(a[0]), a[1]));
  if (strcmp(op, "collections") == 0) {
    rg_heap_stats_t stats;
    rg_gc_stats(cx, &stats);
    return num((double)stats.collections);
  }
  fprintf(stderr, "unknown op %s\n", op);
  exit(2);
}

/* `line s`: the UTF-8 bytes rg_rt_line_str appends to a panic line (cut at 128 bytes, between characters). */
static void run_line(rg_val s) {
  rg_rt_line_t line;
  rg_rt_line_begin(&line, true);
  rg_rt_line_str(&line, s);
  putchar('b');
  for (uint32_t i = 0; i < line.len; i++) printf("%02x", (uint8_t)line.text[i]);
}

/* Prints a caught Error as !Name:message. */
static void print_error(rg_val e) {
  const rg_val *slots = (const rg_val *)rg_to_ptr(e);
  static char text[512];
  rg_str_utf8(slots[RG_ERROR_SLOT_NAME], text, sizeof text);
  printf("!%s:", text);
  rg_str_utf8(slots[RG_ERROR_SLOT_MESSAGE], text, sizeof text);
  fputs(text, stdout);
}

/* The longest command line (4 MiB on the host; the Cortex-M build passes a smaller size). */
#ifndef STRINGS_HARNESS_INPUT_BYTES
#define STRINGS_HARNESS_INPUT_BYTES (1u << 22)
#endif
static char input[STRINGS_HARNESS_INPUT_BYTES];

/* Runs one command inside a try, so a RangeError prints as !RangeError:message. */
static void execute(const char *op, uint32_t argc, const rg_val *args) {
  rg_try_t t;
  rg_try_push(cx, &t);
  if (setjmp(t.jump) == 0) {
    if (strcmp(op, "line") == 0) {
      run_line(args[0]);
    } else {
      print_value(run(op, argc, args));
    }
    rg_try_pop(cx, &t);
  } else {
    print_error(t.thrown);
  }
  putchar('\n');
}

int main(void) {
  static const rg_rt_app_info_t info = {shapes, 3, keys, 3, NULL, 0, NULL};
  /* The scanned stack: from wherever the collector runs up to just above main's frame. */
  uintptr_t top = (uintptr_t)__builtin_frame_address(0) + 256u;
  rg_rt_heap_setup_hosted(cx, NULL, heap_mem, sizeof heap_mem, &info, (const void *)(top - (1u << 20)),
                          (const void *)top, on_oom);
  while (fgets(input, sizeof input, stdin) != NULL) {
    char *save = NULL;
    char *op = strtok_r(input, " \n", &save);
    if (op == NULL) continue;
    rg_val args[MAX_ARGS];
    uint32_t argc = 0;
    for (char *t = strtok_r(NULL, " \n", &save); t != NULL && argc < MAX_ARGS;) {
      args[argc++] = parse_token(t);
      t = strtok_r(NULL, " \n", &save);
    }
    for (uint32_t i = argc; i < MAX_ARGS; i++) args[i] = RG_UNDEFINED;
    execute(op, argc, args);
  }
  return 0;
}
