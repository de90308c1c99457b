/* collections-harness.c: drives the collection runtime (rg_coll.h) from a script on stdin, for the tests.
 *
 * tests/runtime/collections.test.ts builds this with host gcc under ASan/UBSan together with the real
 * runtime (rt_arr_*, rt_map_*, rt_typed_*, rt_json_*, rt_inspect_*, rt_equal_*, rt_alloc.c and the heap),
 * runs generated scripts and compares every answer with what Node prints for the same operations (errors
 * go through the real exceptions runtime, rt_throw.c; rg_to_string, which belongs to the strings runtime, is
 * a stand-in here, so that this test does not depend on that module). The
 * heap is small, so collections happen in the middle of runtime calls (values live in registers that are
 * precise roots, and in C locals that the conservative stack scan covers).
 *
 * Script lines (tokens separated by spaces; every command's output ends with a line "@@"):
 *   K <units>                 add a property name (ids from 0); <units> is 4 hex digits per UTF-16 unit
 *   S <name> <n> <key ids>    add a shape (type ids from RG_TYPE_FIRST_APP) with n slots
 *   R <reg> <value>           set register reg
 *   I <value>                 console.log(value)
 *   J <value> <space>         JSON.stringify(value, undefined, space)
 *   E <a> <b>                 a === b, SameValueZero(a, b), and the truthiness of a
 *   A|M|T <op> <reg> <args>   an array, Map/Set or typed array method on register reg (see run_*)
 *   C <n>                     n rounds of Map/Set/array churn in bounded memory (prints the sizes)
 *   G                         collect now and check the heap
 * Values: n<16 hex: double bits> s<units> u z t f, a<k> <k values>, o<shape> <slot values>,
 *   m<k> <2k values>, e<k> <k values>, y<kind>.<k> <k values>, r<reg>, c<callback id>,
 *   p0 (a pending promise), p1 <value> (fulfilled), p2 <value> (rejected).
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rg_alloc.h"
#include "rg_coll.h"
#include "rg_heap.h"
#include "rg_syscall.h"
#include "rg_throw.h"

#ifndef HEAP_BYTES
#define HEAP_BYTES (192u * 1024u) /* small, so collections happen inside runtime calls */
#endif
#define MAX_SHAPES 64u
#define MAX_KEYS 256u
#define REGS 16u

typedef struct {
  rg_ctx_t cx;
  rg_val regs[REGS];
} globals_t;
static globals_t g;
static uint64_t heap_mem[HEAP_BYTES / 8u];

/* --- stubs for the kernel side ------------------------------------------------------------------ */

int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2) {
  (void)op;
  (void)a0;
  (void)a1;
  (void)a2;
  return 0;
}

/* rt_console.c sends lines through rg_syscall, which cannot carry a 64-bit host pointer; the harness
 * has its own line builder that writes straight to stdout (the runtime under test only appends). */
void rg_rt_line_begin(rg_rt_line_t *line, bool for_panic) {
  line->len = 0;
  line->pieces = 0;
  line->for_panic = for_panic;
}

void rg_rt_line_text(rg_rt_line_t *line, const char *text, uint32_t len) {
  (void)line;
  fwrite(text, 1, len, stdout);
}

#ifdef RG_COLL_GC_STRESS
/* The stress build links with -Wl,--wrap=rg_alloc: every allocation made from another object file (the
 * runtime under test, and this harness) first runs a full collection, so any value held only in a way
 * the collector cannot see is freed at once (and AddressSanitizer reports the use after free). */
void *__real_rg_alloc(rg_ctx_t *cx, uint32_t type, uint32_t bytes);
void *__wrap_rg_alloc(rg_ctx_t *cx, uint32_t type, uint32_t bytes);
void *__wrap_rg_alloc(rg_ctx_t *cx, uint32_t type, uint32_t bytes) {
  rg_gc_collect(cx);
  return __real_rg_alloc(cx, type, bytes);
}
#endif

static void on_oom(void *ctx, uint32_t bytes) {
  (void)ctx;
  printf("out of memory (%u bytes)\n", (unsigned)bytes);
  exit(4);
}

/* --- console lines -------------------------------------------------------------------------------- */

static void print_value(rg_val v) {
  rg_rt_line_t line;
  rg_rt_line_begin(&line, false);
  rg_inspect_line(&g.cx, &line, v);
  putchar('\n');
}

/* --- static objects (keys, shapes, closures) ------------------------------------------------------ */

static uint64_t key_store[64u * 1024u];
static uint32_t key_used; /* in uint64 words */
static const rg_str_t *keys[MAX_KEYS];
static uint32_t key_count;

static rg_shape_t shapes[MAX_SHAPES];
static const rg_shape_t *shape_ptrs[MAX_SHAPES];
static uint16_t shape_keys[MAX_SHAPES][32];
static char shape_names[MAX_SHAPES][32];
static uint32_t shape_count;

static uint32_t hex_digit(char c) {
  return (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
}

/* A static string (header before the payload, as the compiler emits literals) from hex units. */
static const rg_str_t *static_string(const char *hex) {
  uint32_t n = (uint32_t)strlen(hex) / 4u;
  uint32_t words = 1u + (4u + 2u * n + 7u) / 8u;
  if (key_used + words > sizeof key_store / 8u) {
    puts("key store full");
    exit(2);
  }
  uint32_t *header = (uint32_t *)(void *)&key_store[key_used] + 1;
  *header = RG_HEADER(RG_TYPE_STRING);
  rg_str_t *s = (rg_str_t *)(void *)&key_store[key_used + 1u];
  s->length = n;
  for (uint32_t i = 0; i < n; i++) {
    s->units[i] = (uint16_t)(hex_digit(hex[4u * i]) << 12 | hex_digit(hex[4u * i + 1u]) << 8 |
                             hex_digit(hex[4u * i + 2u]) << 4 | hex_digit(hex[4u * i + 3u]));
  }
  key_used += words;
  return s;
}

/* Callbacks c0..c9 (the test's Node side defines the same functions). */
static double num(rg_val v) { return rg_is_num(v) ? rg_to_f64(v) : 0.0; }
/* A consistent order for comparators: NaN sorts as +Infinity (a - b would be NaN, which V8's and this
 * runtime's sorts may place differently). */
static double order(rg_val a, rg_val b) {
  double x = num(a), y = num(b);
  if (x != x) x = 1.0 / 0.0;
  if (y != y) y = 1.0 / 0.0;
  return x < y ? -1.0 : x > y ? 1.0 : 0.0;
}

static rg_val cb_sub(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  return rg_num(order(rg_arg(argc, argv, 0), rg_arg(argc, argv, 1)));
}
static rg_val cb_rsub(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  return rg_num(order(rg_arg(argc, argv, 1), rg_arg(argc, argv, 0)));
}
static rg_val cb_double(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  return rg_num(num(rg_arg(argc, argv, 0)) * 2.0);
}
static rg_val cb_even_index(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  return rg_bool(((uint32_t)num(rg_arg(argc, argv, 1)) & 1u) == 0u);
}
static rg_val cb_positive(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  rg_val x = rg_arg(argc, argv, 0);
  return rg_bool(rg_is_num(x) && rg_to_f64(x) > 0.0);
}
static rg_val cb_sum(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  return rg_num(num(rg_arg(argc, argv, 0)) + num(rg_arg(argc, argv, 1)));
}
static rg_val cb_log(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  rg_rt_line_t line;
  rg_rt_line_begin(&line, false);
  rg_rt_line_text(&line, "each ", 5);
  rg_inspect_line(cx, &line, rg_arg(argc, argv, 0));
  rg_rt_line_text(&line, " ", 1);
  rg_inspect_line(cx, &line, rg_arg(argc, argv, 1));
  putchar('\n');
  return RG_UNDEFINED;
}
static rg_val cb_by_length(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx, (void)self;
  rg_val a = rg_arg(argc, argv, 0), b = rg_arg(argc, argv, 1);
  return rg_num((double)((const rg_str_t *)rg_to_ptr(a))->length - (double)((const rg_str_t *)rg_to_ptr(b))->length);
}
/* (x, i, arr) => { if (i === 0) arr.push(99); return true; } */
static rg_val cb_push_first(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  if (num(rg_arg(argc, argv, 1)) == 0.0) rg_arr_push1(cx, rg_arg(argc, argv, 2), rg_num(99.0));
  return RG_TRUE;
}
/* (x) => [x, x] */
static rg_val cb_twice(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  rg_val pair[2] = {rg_arg(argc, argv, 0), rg_arg(argc, argv, 0)};
  return rg_arr_of(cx, 2u, pair);
}
/* (x, i, arr) => { arr.pop(); return false; } */
static rg_val cb_pop(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  (void)rg_arr_pop(cx, rg_arg(argc, argv, 2));
  return RG_FALSE;
}

static const rg_code_t callbacks[] = {cb_sub,      cb_rsub, cb_double, cb_even_index, cb_positive,
                                      cb_sum,      cb_log,  cb_by_length, cb_push_first, cb_pop,
                                      cb_twice};
#define CALLBACKS (sizeof callbacks / sizeof callbacks[0])
static struct {
  uint32_t pad;
  uint32_t header;
  rg_closure_t c;
} closures[CALLBACKS];

/* --- values --------------------------------------------------------------------------------------- */

static char *cursor;

static char *token(void) {
  while (*cursor == ' ') cursor++;
  if (*cursor == '\0' || *cursor == '\n') {
    puts("missing token");
    exit(2);
  }
  char *t = cursor;
  while (*cursor != ' ' && *cursor != '\0' && *cursor != '\n') cursor++;
  if (*cursor != '\0') *cursor++ = '\0';
  return t;
}

static rg_val parse_value(void);

static rg_val parse_string(const char *hex) {
  uint32_t n = (uint32_t)strlen(hex) / 4u;
  rg_str_t *s = (rg_str_t *)rg_alloc(&g.cx, RG_TYPE_STRING, 4u + 2u * n);
  s->length = n;
  for (uint32_t i = 0; i < n; i++) {
    s->units[i] = (uint16_t)(hex_digit(hex[4u * i]) << 12 | hex_digit(hex[4u * i + 1u]) << 8 |
                             hex_digit(hex[4u * i + 2u]) << 4 | hex_digit(hex[4u * i + 3u]));
  }
  return rg_ptr(s);
}

static rg_val parse_value(void) {
  char *t = token();
  switch (t[0]) {
    case 'n': {
      uint64_t bits = strtoull(t + 1, NULL, 16);
      double d;
      memcpy(&d, &bits, sizeof d);
      return rg_num_raw(d);
    }
    case 's':
      return parse_string(t + 1);
    case 'u':
      return RG_UNDEFINED;
    case 'z':
      return RG_NULL;
    case 't':
      return RG_TRUE;
    case 'f':
      return RG_FALSE;
    case 'r':
      return g.regs[atoi(t + 1) % REGS];
    case 'c':
      return rg_ptr(&closures[(uint32_t)atoi(t + 1) % CALLBACKS].c);
    case 'a': {
      uint32_t k = (uint32_t)atoi(t + 1);
      rg_val self = rg_arr_new(&g.cx, 0u);
      for (uint32_t i = 0; i < k; i++) {
        rg_val item = parse_value();
        rg_arr_push1(&g.cx, self, item);
      }
      return self;
    }
    case 'o': {
      uint32_t shape = (uint32_t)atoi(t + 1);
      uint32_t n = shapes[shape].slot_count;
      rg_val self = rg_alloc_slots(&g.cx, RG_TYPE_FIRST_APP + shape, n);
      for (uint32_t i = 0; i < n; i++) {
        rg_val v = parse_value();
        ((rg_val *)rg_to_ptr(self))[i] = v;
      }
      return self;
    }
    case 'm': {
      uint32_t k = (uint32_t)atoi(t + 1);
      rg_val self = rg_map_new(&g.cx, RG_UNDEFINED);
      for (uint32_t i = 0; i < k; i++) {
        rg_val key = parse_value();
        rg_val value = parse_value();
        rg_map_set(&g.cx, self, key, value);
      }
      return self;
    }
    case 'e': {
      uint32_t k = (uint32_t)atoi(t + 1);
      rg_val self = rg_set_new(&g.cx, RG_UNDEFINED);
      for (uint32_t i = 0; i < k; i++) {
        rg_val v = parse_value();
        rg_set_add(&g.cx, self, v);
      }
      return self;
    }
    case 'p': {
      /* A settled or pending promise, laid out as rg_promise.h's rg_promise_t (state, result, ...). */
      uint32_t state = (uint32_t)atoi(t + 1);
      rg_val result = state == 0u ? RG_UNDEFINED : parse_value();
      rg_val *p = (rg_val *)rg_alloc(&g.cx, RG_TYPE_PROMISE, 4u * (uint32_t)sizeof(rg_val));
      p[0] = rg_num((double)state);
      p[1] = result;
      p[2] = RG_UNDEFINED;
      p[3] = rg_num(1.0);
      return rg_ptr(p);
    }
    case 'y': {
      char *dot;
      uint32_t kind = (uint32_t)strtoul(t + 1, &dot, 10);
      uint32_t k = (uint32_t)atoi(dot + 1);
      rg_val source = rg_arr_new(&g.cx, 0u);
      for (uint32_t i = 0; i < k; i++) {
        rg_val v = parse_value();
        rg_arr_push1(&g.cx, source, v);
      }
      return rg_typed_new(&g.cx, kind, source);
    }
    default:
      printf("bad value token %s\n", t);
      exit(2);
  }
}

static double parse_number(void) { return num(parse_value()); }

/* --- operations ----------------------------------------------------------------------------------- */

static void print_bool(bool b) { puts(b ? "true" : "false"); }
static void print_number(double d) { print_value(rg_num_raw(d)); }

#define ARGS_MAX 16u
static uint32_t parse_rest(rg_val *argv) {
  uint32_t argc = (uint32_t)atoi(token());
  for (uint32_t i = 0; i < argc && i < ARGS_MAX; i++) {
    argv[i] = parse_value();
  }
  return argc < ARGS_MAX ? argc : ARGS_MAX;
}

static void run_array(const char *op, rg_val *reg) {
  rg_ctx_t *cx = &g.cx;
  rg_val self = *reg;
  rg_val argv[ARGS_MAX];
  if (strcmp(op, "push") == 0) {
    uint32_t argc = parse_rest(argv);
    print_number(rg_arr_push(cx, self, argc, argv));
  } else if (strcmp(op, "pop") == 0) {
    print_value(rg_arr_pop(cx, self));
  } else if (strcmp(op, "shift") == 0) {
    print_value(rg_arr_shift(cx, self));
  } else if (strcmp(op, "unshift") == 0) {
    uint32_t argc = parse_rest(argv);
    print_number(rg_arr_unshift(cx, self, argc, argv));
  } else if (strcmp(op, "slice") == 0) {
    rg_val a = parse_value(), b = parse_value();
    print_value(rg_arr_slice(cx, self, a, b));
  } else if (strcmp(op, "splice") == 0) {
    double start = parse_number();
    rg_val dc = parse_value();
    uint32_t argc = parse_rest(argv);
    print_value(rg_arr_splice(cx, self, start, dc, argc, argv));
  } else if (strcmp(op, "concat") == 0) {
    uint32_t argc = parse_rest(argv);
    print_value(rg_arr_concat(cx, self, argc, argv));
  } else if (strcmp(op, "indexOf") == 0) {
    rg_val x = parse_value(), from = parse_value();
    print_number(rg_arr_index_of(cx, self, x, from));
  } else if (strcmp(op, "lastIndexOf") == 0) {
    rg_val x = parse_value(), from = parse_value();
    print_number(rg_arr_last_index_of(cx, self, x, from));
  } else if (strcmp(op, "includes") == 0) {
    rg_val x = parse_value(), from = parse_value();
    print_bool(rg_arr_includes(cx, self, x, from));
  } else if (strcmp(op, "join") == 0) {
    rg_val sep = parse_value();
    print_value(rg_arr_join(cx, self, sep));
  } else if (strcmp(op, "reverse") == 0) {
    (void)rg_arr_reverse(cx, self);
    puts("-");
  } else if (strcmp(op, "sort") == 0) {
    rg_val fn = parse_value();
    (void)rg_arr_sort(cx, self, fn);
    puts("-");
  } else if (strcmp(op, "fill") == 0) {
    rg_val v = parse_value(), s = parse_value(), e = parse_value();
    (void)rg_arr_fill(cx, self, v, s, e);
    puts("-");
  } else if (strcmp(op, "at") == 0) {
    print_value(rg_arr_at(cx, self, parse_number()));
  } else if (strcmp(op, "flat") == 0) {
    print_value(rg_arr_flat(cx, self));
  } else if (strcmp(op, "get") == 0) {
    print_value(rg_arr_get_index(self, parse_number()));
  } else if (strcmp(op, "setIndex") == 0) {
    double i = parse_number();
    rg_val v = parse_value();
    rg_arr_set_index(cx, self, i, v);
    puts("-");
  } else if (strcmp(op, "setLength") == 0) {
    rg_arr_set_length(cx, self, parse_number());
    puts("-");
  } else if (strcmp(op, "length") == 0) {
    print_number(rg_arr_length(self));
  } else if (strcmp(op, "of") == 0) {
    uint32_t argc = parse_rest(argv);
    print_value(rg_array_of(cx, argc, argv));
  } else if (strcmp(op, "isArray") == 0) {
    print_bool(rg_array_is_array(cx, self));
  } else if (strcmp(op, "toString") == 0) {
    print_value(rg_arr_to_string(cx, self));
  } else if (strcmp(op, "keys") == 0) {
    print_value(rg_arr_keys(cx, self));
  } else if (strcmp(op, "values") == 0) {
    print_value(rg_arr_values(cx, self));
  } else if (strcmp(op, "entries") == 0) {
    print_value(rg_arr_entries(cx, self));
  } else if (strcmp(op, "from") == 0) {
    rg_val source = parse_value(), fn = parse_value();
    print_value(rg_array_from(cx, source, fn));
  } else {
    rg_val fn = parse_value();
    if (strcmp(op, "map") == 0) {
      print_value(rg_arr_map(cx, self, fn));
    } else if (strcmp(op, "flatMap") == 0) {
      print_value(rg_arr_flat_map(cx, self, fn));
    } else if (strcmp(op, "filter") == 0) {
      print_value(rg_arr_filter(cx, self, fn));
    } else if (strcmp(op, "forEach") == 0) {
      rg_arr_for_each(cx, self, fn);
      puts("-");
    } else if (strcmp(op, "find") == 0) {
      print_value(rg_arr_find(cx, self, fn));
    } else if (strcmp(op, "findIndex") == 0) {
      print_number(rg_arr_find_index(cx, self, fn));
    } else if (strcmp(op, "findLast") == 0) {
      print_value(rg_arr_find_last(cx, self, fn));
    } else if (strcmp(op, "findLastIndex") == 0) {
      print_number(rg_arr_find_last_index(cx, self, fn));
    } else if (strcmp(op, "some") == 0) {
      print_bool(rg_arr_some(cx, self, fn));
    } else if (strcmp(op, "every") == 0) {
      print_bool(rg_arr_every(cx, self, fn));
    } else if (strcmp(op, "reduce") == 0) {
      print_value(rg_arr_reduce(cx, self, fn, parse_value()));
    } else if (strcmp(op, "reduceRight") == 0) {
      print_value(rg_arr_reduce_right(cx, self, fn, parse_value()));
    } else {
      printf("bad array op %s\n", op);
      exit(2);
    }
  }
  /* The invariant behind "vacated slots are cleared": nothing past the length is a pointer. */
  const rg_array_t *a = (const rg_array_t *)rg_to_ptr(self);
  if (rg_is_ptr(self) && rg_type_of(self) == RG_TYPE_ARRAY && rg_is_ptr(a->items)) {
    const rg_val *items = (const rg_val *)rg_to_ptr(a->items);
    for (uint32_t i = a->length; i < a->capacity; i++) {
      if (items[i] != 0u) {
        printf("slot %u past the length is not cleared\n", (unsigned)i);
        exit(5);
      }
    }
  }
  print_value(self);
}

static void run_map(const char *op, rg_val *reg) {
  rg_ctx_t *cx = &g.cx;
  rg_val self = *reg;
  bool is_set = rg_is_ptr(self) && rg_type_of(self) == RG_TYPE_MAP && ((const rg_map_t *)rg_to_ptr(self))->is_set != 0u;
  if (strcmp(op, "newMap") == 0) {
    *reg = rg_map_new(cx, parse_value());
  } else if (strcmp(op, "newSet") == 0) {
    *reg = rg_set_new(cx, parse_value());
  } else if (strcmp(op, "set") == 0) {
    rg_val k = parse_value(), v = parse_value();
    if (is_set) {
      (void)rg_set_add(cx, self, k);
    } else {
      (void)rg_map_set(cx, self, k, v);
    }
    puts("-");
  } else if (strcmp(op, "get") == 0) {
    print_value(rg_map_get(cx, self, parse_value()));
  } else if (strcmp(op, "has") == 0) {
    print_bool(is_set ? rg_set_has(cx, self, parse_value()) : rg_map_has(cx, self, parse_value()));
  } else if (strcmp(op, "delete") == 0) {
    print_bool(is_set ? rg_set_delete(cx, self, parse_value()) : rg_map_delete(cx, self, parse_value()));
  } else if (strcmp(op, "clear") == 0) {
    rg_map_clear(cx, self);
    puts("-");
  } else if (strcmp(op, "size") == 0) {
    print_number(is_set ? rg_set_size(self) : rg_map_size(self));
  } else if (strcmp(op, "forEach") == 0) {
    rg_map_for_each(cx, self, parse_value());
    puts("-");
  } else if (strcmp(op, "keys") == 0) {
    print_value(rg_map_keys(cx, self));
  } else if (strcmp(op, "values") == 0) {
    print_value(is_set ? rg_set_values(cx, self) : rg_map_values(cx, self));
  } else if (strcmp(op, "entries") == 0) {
    print_value(rg_map_entries(cx, self));
  } else if (strcmp(op, "iterMutate") == 0) {
    /* for (const [k, v] of m) { log; step 0: delete the next key; steps < 3: add a new key k + 1000 } */
    rg_map_iter_t it;
    rg_val k, v;
    uint32_t step = 0;
    rg_map_iter_init(&it, self);
    while (rg_map_iter_next(&it, &k, &v)) {
      rg_rt_line_t line;
      rg_rt_line_begin(&line, false);
      rg_inspect_line(cx, &line, k);
      rg_rt_line_text(&line, " ", 1);
      rg_inspect_line(cx, &line, v);
      putchar('\n');
      if (step == 0u) {
        rg_map_iter_t peek = it;
        rg_val k2, v2;
        if (rg_map_iter_next(&peek, &k2, &v2)) (void)rg_map_delete(cx, self, k2);
      }
      if (step < 3u) {
        rg_val nk = rg_num(1000.0 + step);
        if (is_set) {
          (void)rg_set_add(cx, self, nk);
        } else {
          (void)rg_map_set(cx, self, nk, rg_num(step));
        }
      }
      if (step == 4u) rg_map_clear(cx, self);
      step++;
    }
    puts("-");
  } else {
    printf("bad map op %s\n", op);
    exit(2);
  }
  print_value(*reg);
}

static void run_typed(const char *op, rg_val *reg) {
  rg_ctx_t *cx = &g.cx;
  rg_val self = *reg;
  if (strcmp(op, "new") == 0) {
    uint32_t kind = (uint32_t)atoi(token());
    *reg = rg_typed_new(cx, kind, parse_value());
  } else if (strcmp(op, "get") == 0) {
    print_value(rg_typed_get_index(self, parse_number()));
  } else if (strcmp(op, "setIndex") == 0) {
    double i = parse_number();
    rg_typed_set_index(self, i, parse_number());
    puts("-");
  } else if (strcmp(op, "fill") == 0) {
    double v = parse_number();
    rg_val s = parse_value(), e = parse_value();
    (void)rg_typed_fill(cx, self, v, s, e);
    puts("-");
  } else if (strcmp(op, "subarray") == 0) {
    rg_val s = parse_value(), e = parse_value();
    g.regs[REGS - 1u] = rg_typed_subarray(cx, self, s, e);
    print_value(g.regs[REGS - 1u]);
  } else if (strcmp(op, "slice") == 0) {
    rg_val s = parse_value(), e = parse_value();
    print_value(rg_typed_slice(cx, self, s, e));
  } else if (strcmp(op, "set") == 0) {
    rg_val src = parse_value(), off = parse_value();
    rg_typed_set(cx, self, src, off);
    puts("-");
  } else if (strcmp(op, "indexOf") == 0) {
    double x = parse_number();
    print_number(rg_typed_index_of(cx, self, x, parse_value()));
  } else if (strcmp(op, "includes") == 0) {
    double x = parse_number();
    print_bool(rg_typed_includes(cx, self, x, parse_value()));
  } else if (strcmp(op, "join") == 0) {
    print_value(rg_typed_join(cx, self, parse_value()));
  } else if (strcmp(op, "reverse") == 0) {
    (void)rg_typed_reverse(cx, self);
    puts("-");
  } else if (strcmp(op, "length") == 0) {
    print_number(rg_typed_length(self));
  } else if (strcmp(op, "at") == 0) {
    print_value(rg_typed_at(cx, self, parse_number()));
  } else if (strcmp(op, "lastIndexOf") == 0) {
    double x = parse_number();
    print_number(rg_typed_last_index_of(cx, self, x, parse_value()));
  } else if (strcmp(op, "sort") == 0) {
    (void)rg_typed_sort(cx, self, parse_value());
    puts("-");
  } else if (strcmp(op, "forEach") == 0) {
    rg_typed_for_each(cx, self, parse_value());
    puts("-");
  } else if (strcmp(op, "map") == 0) {
    print_value(rg_typed_map(cx, self, parse_value()));
  } else if (strcmp(op, "filter") == 0) {
    print_value(rg_typed_filter(cx, self, parse_value()));
  } else if (strcmp(op, "reduce") == 0) {
    rg_val fn = parse_value();
    print_value(rg_typed_reduce(cx, self, fn, parse_value()));
  } else if (strcmp(op, "some") == 0) {
    print_bool(rg_typed_some(cx, self, parse_value()));
  } else if (strcmp(op, "every") == 0) {
    print_bool(rg_typed_every(cx, self, parse_value()));
  } else if (strcmp(op, "find") == 0) {
    print_value(rg_typed_find(cx, self, parse_value()));
  } else if (strcmp(op, "findIndex") == 0) {
    print_number(rg_typed_find_index(cx, self, parse_value()));
  } else {
    printf("bad typed op %s\n", op);
    exit(2);
  }
  print_value(*reg);
}

int main(void) {
  static const rg_shape_t placeholder = {"Object", NULL, 0, 0, NULL, NULL, NULL, 0};
  for (uint32_t i = 0; i < MAX_SHAPES; i++) {
    shape_ptrs[i] = &placeholder;
  }
  for (uint32_t i = 0; i < CALLBACKS; i++) {
    closures[i].header = RG_HEADER(RG_TYPE_CLOSURE);
    closures[i].c.env = RG_UNDEFINED;
    closures[i].c.this_val = RG_UNDEFINED;
    closures[i].c.code = callbacks[i];
  }
  static const uint16_t roots[REGS] = {
#define ROOT(i) (uint16_t)(offsetof(globals_t, regs) + (i) * sizeof(rg_val))
      ROOT(0), ROOT(1), ROOT(2),  ROOT(3),  ROOT(4),  ROOT(5),  ROOT(6),  ROOT(7),
      ROOT(8), ROOT(9), ROOT(10), ROOT(11), ROOT(12), ROOT(13), ROOT(14), ROOT(15)};
  static rg_rt_app_info_t info;
  info.shapes = shape_ptrs;
  info.shape_count = MAX_SHAPES;
  info.keys = keys;
  info.key_count = MAX_KEYS;
  info.roots = roots;
  info.root_count = REGS;
  /* The scanned stack: from wherever the collector runs up to just above main's frame. */
  uintptr_t top = (uintptr_t)__builtin_frame_address(0) + 256u;
  rg_rt_heap_setup_hosted(&g.cx, &g, heap_mem, sizeof heap_mem, &info, (const void *)(top - (1u << 20)),
                          (const void *)top, on_oom);
  for (uint32_t i = 0; i < REGS; i++) {
    g.regs[i] = RG_UNDEFINED;
  }

  static char text[1 << 20];
  while (fgets(text, sizeof text, stdin) != NULL) {
    cursor = text;
    /* Every command runs inside a try of the real exceptions runtime (rt_throw.c); what the runtime
     * throws is printed as Node prints an error's first line. */
    rg_try_t t;
    rg_try_push(&g.cx, &t);
    if (setjmp(t.jump) != 0) {
      char message[200];
      (void)rg_error_describe(&g.cx, t.thrown, message, sizeof message);
      puts(message);
    } else {
      char *cmd = token();
      switch (cmd[0]) {
        case 'K':
          keys[key_count++ % MAX_KEYS] = static_string(cursor[0] == '\n' ? "" : token());
          break;
        case 'S': {
          uint32_t id = shape_count++ % MAX_SHAPES;
          strncpy(shape_names[id], token(), sizeof shape_names[id] - 1u);
          uint32_t n = (uint32_t)atoi(token());
          for (uint32_t i = 0; i < n && i < 32u; i++) {
            shape_keys[id][i] = (uint16_t)atoi(token());
          }
          shapes[id] = (rg_shape_t){shape_names[id], NULL, (uint16_t)n, 0, shape_keys[id], NULL, NULL, 0};
          shape_ptrs[id] = &shapes[id];
          break;
        }
        case 'R': {
          uint32_t r = (uint32_t)atoi(token()) % REGS;
          g.regs[r] = parse_value();
          break;
        }
        case 'I':
          print_value(parse_value());
          break;
        case 'J': {
          rg_val v = parse_value(), space = parse_value();
          rg_val s = rg_json_stringify(&g.cx, v, RG_UNDEFINED, space);
          print_value(rg_is_undefined(s) ? rg_ptr(static_string("0075006e0064006500660069006e00650064")) : s);
          break;
        }
        case 'E': {
          rg_val a = parse_value(), b = parse_value();
          printf("%d %d %d\n", rg_strict_equals(a, b), rg_same_value_zero(a, b), rg_truthy(a));
          break;
        }
        case 'A':
        case 'M':
        case 'T': {
          const char *op = token();
          rg_val *reg = &g.regs[(uint32_t)atoi(token()) % REGS];
          if (cmd[0] == 'A') run_array(op, reg);
          if (cmd[0] == 'M') run_map(op, reg);
          if (cmd[0] == 'T') run_typed(op, reg);
          break;
        }
        case 'C': {
          /* Churn: n rounds of a sliding window of 8 live entries in a Map and a Set (insert one
           * string-keyed entry, delete the oldest) and of an 8-item queue (push, shift). Memory must
           * stay bounded: the heap is far smaller than n entries. */
          uint32_t n = (uint32_t)atoi(token());
          rg_val m = rg_map_new(&g.cx, RG_UNDEFINED), set = rg_set_new(&g.cx, RG_UNDEFINED);
          rg_val queue = rg_arr_new(&g.cx, 0u);
          for (uint32_t i = 0; i < n; i++) {
            char hex[16];
            snprintf(hex, sizeof hex, "%04x", (unsigned)(i & 0xFFFFu));
            rg_val key = parse_string(hex);
            (void)rg_map_set(&g.cx, m, key, rg_num((double)i));
            (void)rg_set_add(&g.cx, set, rg_num((double)i));
            (void)rg_arr_push1(&g.cx, queue, key);
            if (i >= 8u) {
              (void)rg_map_delete(&g.cx, m, rg_arr_shift(&g.cx, queue));
              (void)rg_set_delete(&g.cx, set, rg_num((double)(i - 8u)));
            }
          }
          rg_heap_stats_t st;
          rg_gc_stats(&g.cx, &st);
          printf("%g %g %g\n", rg_map_size(m), rg_set_size(set), rg_arr_length(queue));
          fprintf(stderr, "churn: %u collections, %u live bytes\n", (unsigned)st.collections, (unsigned)st.live_bytes);
          break;
        }
        case 'G': {
          rg_gc_collect(&g.cx);
          rg_heap_stats_t st;
          rg_gc_stats(&g.cx, &st);
          printf("%s\n", rg_heap_check(g.cx.heap) == 0 && st.bad_pointers == 0u ? "heap ok" : "heap corrupt");
          fprintf(stderr, "collections %u, allocations %u\n", (unsigned)st.collections, (unsigned)st.allocations);
          break;
        }
        default:
          printf("bad command %s\n", cmd);
          return 2;
      }
      rg_try_pop(&g.cx, &t);
    }
    puts("@@");
  }
  fflush(stdout);
  return 0;
}
