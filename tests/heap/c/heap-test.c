/* heap-test.c: host test program for runtime-c/heap (unit cases, long run, out-of-memory, stress).
 *
 * Usage: heap-test unit | long [--objects N] | stress [--seed S] [--steps N] | real-stack
 * Each mode prints one summary line (checked by tests/heap/heap.test.ts) and exits non-zero on the
 * first failure. Roots are simulated: a globals struct with a pointer map and a word array given to
 * the heap as the app's stack (scanned conservatively, like the real stack), so every test knows
 * exactly which objects are reachable. `real-stack` instead points the heap at this process's own
 * stack and keeps objects only in local variables, which is what compiled apps will do under -O2.
 * Precise fields and global roots are rg_vals (rg_val.h): tagged pointers, numbers and specials.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rg_heap.h"
#include "rg_val.h"

#define FAIL(...)                                            \
  do {                                                       \
    printf("FAIL %s:%d: ", __FILE__, __LINE__);              \
    printf(__VA_ARGS__);                                     \
    printf("\n");                                            \
    exit(1);                                                 \
  } while (0)
#define CHECK(cond)                       \
  do {                                    \
    if (!(cond)) FAIL("%s", #cond);       \
  } while (0)

/* A payload pointer as a value (NULL as null), and back. */
static rg_val V(const void *p) { return p == NULL ? RG_NULL : rg_ptr(p); }
static void *P(rg_val v) { return rg_is_ptr(v) ? rg_to_ptr(v) : NULL; }

/* ---- test heap types ---------------------------------------------------------------------------- */

enum { T_NODE = 1, T_STR, T_VEC, T_ENV, T_CONS, T_COUNT };

typedef struct {
  rg_val a;
  rg_val b;
  uint32_t id;
  uint32_t check;
} node_t;

typedef struct { /* immutable UTF-16 string */
  uint32_t id;
  uint32_t len;
  uint16_t units[];
} str_t;

typedef struct { /* backing store of an array of heap values */
  uint32_t id;
  uint32_t n;
  rg_val slots[];
} vec_t;

typedef struct { /* closure environment: parent + captured slots */
  rg_val parent;
  uint32_t id;
  uint32_t n;
  rg_val slots[];
} env_t;

typedef struct { /* untagged words: some pointers, some small numbers */
  uint32_t id;
  uint32_t n;
  uintptr_t words[];
} cons_t;

static const uint16_t node_ptrs[] = {offsetof(node_t, a), offsetof(node_t, b)};
static const uint16_t env_ptrs[] = {offsetof(env_t, parent)};
static const rg_heap_type_t TYPES[T_COUNT] = {
    [T_NODE] = {.ptrs = node_ptrs, .ptr_count = 2, .slots_from = RG_HEAP_NO_SLOTS},
    [T_STR] = {.slots_from = RG_HEAP_NO_SLOTS},
    [T_VEC] = {.slots_from = offsetof(vec_t, slots)},
    [T_ENV] = {.ptrs = env_ptrs, .ptr_count = 1, .slots_from = offsetof(env_t, slots)},
    [T_CONS] = {.slots_from = RG_HEAP_NO_SLOTS, .flags = RG_HEAP_TYPE_CONSERVATIVE},
};

/* ---- simulated roots ---------------------------------------------------------------------------- */

#define NGLOBAL 24
#define NSTACK 24

typedef struct {
  uint32_t counter; /* a non-pointer field between pointers, like a compiled app's globals */
  rg_val roots[NGLOBAL];
} globals_t;

static globals_t globals;
static uint16_t global_ptrs[NGLOBAL];
static uintptr_t sim_stack[NSTACK];

static struct {
  uint32_t calls;
  uint32_t bytes;
} oom_seen;

static void on_oom(void *ctx, uint32_t bytes) {
  (void)ctx;
  oom_seen.calls++;
  oom_seen.bytes = bytes;
}

static rg_heap_t *make_heap(void *mem, uint32_t bytes, const void *stack_lo, const void *stack_hi) {
  for (uint32_t k = 0; k < NGLOBAL; k++) {
    global_ptrs[k] = (uint16_t)(offsetof(globals_t, roots) + k * sizeof(rg_val));
  }
  memset(&globals, 0, sizeof globals);
  for (uint32_t k = 0; k < NGLOBAL; k++) {
    globals.roots[k] = RG_UNDEFINED;
  }
  memset(sim_stack, 0, sizeof sim_stack);
  memset(&oom_seen, 0, sizeof oom_seen);
  rg_heap_config_t config = {
      .types = TYPES,
      .type_count = T_COUNT,
      .globals = &globals,
      .global_ptrs = global_ptrs,
      .global_ptr_count = NGLOBAL,
      .stack_lo = stack_lo,
      .stack_hi = stack_hi,
      .oom = on_oom,
      .oom_ctx = NULL,
  };
  rg_heap_t *h = NULL;
  if (rg_heap_init(mem, bytes, &config, &h) != 0) FAIL("rg_heap_init");
  return h;
}

static rg_heap_t *make_sim_heap(void *mem, uint32_t bytes) {
  return make_heap(mem, bytes, sim_stack, sim_stack + NSTACK);
}

static void check_heap(const rg_heap_t *h) {
  rg_heap_stats_t s;
  rg_heap_stats(h, &s);
  if (rg_heap_check(h) != 0) FAIL("rg_heap_check: heap invariants broken");
  if (s.bad_pointers != 0) FAIL("%u bad pointers", s.bad_pointers);
  if (s.poison_errors != 0) FAIL("%u writes after free", s.poison_errors);
}

static uint32_t live_after_collect(rg_heap_t *h) {
  CHECK(rg_heap_collect(h) == 0);
  check_heap(h);
  rg_heap_stats_t s;
  rg_heap_stats(h, &s);
  return s.live_objects;
}

static uint32_t node_check(uint32_t id) { return id * 2654435761u ^ 0x5bd1e995u; }

static node_t *new_node(rg_heap_t *h, uint32_t id) {
  node_t *n = rg_heap_alloc(h, T_NODE, sizeof(node_t));
  if (n == NULL) FAIL("node alloc failed");
  n->id = id;
  n->check = node_check(id);
  return n;
}

static uint16_t unit_of(uint32_t id, uint32_t k) { return (uint16_t)(id * 31u + k * 7u); }

static str_t *new_str(rg_heap_t *h, uint32_t id, uint32_t len) {
  str_t *s = rg_heap_alloc(h, T_STR, (uint32_t)(sizeof(str_t) + 2u * len));
  if (s == NULL) return NULL;
  s->id = id;
  s->len = len;
  for (uint32_t k = 0; k < len; k++) s->units[k] = unit_of(id, k);
  return s;
}

static int str_ok(const str_t *s, uint32_t id) {
  if (rg_heap_type_of(s) != T_STR || s->id != id) return 0;
  for (uint32_t k = 0; k < s->len; k++) {
    if (s->units[k] != unit_of(id, k)) return 0;
  }
  return 1;
}

/* ---- unit ------------------------------------------------------------------------------------------ */

static _Alignas(8) uint8_t heap_mem[256 * 1024];

static void unit_basics(void) {
  rg_heap_t *h = make_sim_heap(heap_mem, 8192);
  for (uint32_t bytes = 0; bytes < 200; bytes += 7) {
    uint8_t *p = rg_heap_alloc(h, T_STR, bytes);
    CHECK(p != NULL);
    CHECK(((uintptr_t)p & 7u) == 0);
    CHECK(rg_heap_type_of(p) == T_STR);
    CHECK(rg_heap_capacity_of(p) >= bytes && rg_heap_capacity_of(p) < bytes + 8);
    for (uint32_t k = 0; k < bytes; k++) CHECK(p[k] == 0);
    memset(p, 0xEE, bytes);
  }
  CHECK(rg_heap_alloc(h, 0, 8) == NULL);
  CHECK(rg_heap_alloc(h, T_COUNT, 8) == NULL);
  CHECK(oom_seen.calls == 0);
  /* Nothing is rooted: all of it goes, and the arena returns to one free area. */
  CHECK(live_after_collect(h) == 0);
  rg_heap_stats_t s;
  rg_heap_stats(h, &s);
  CHECK(s.used_bytes == 0 && s.largest_free == s.arena_bytes - 4);
  /* Freed memory is reused zeroed. */
  uint8_t *q = rg_heap_alloc(h, T_STR, 100);
  for (uint32_t k = 0; k < 100; k++) CHECK(q[k] == 0);

  rg_heap_config_t bad = {.types = TYPES, .type_count = 1, .slot_types = 0};
  rg_heap_t *out = NULL;
  CHECK(rg_heap_init(heap_mem, 8192, &bad, &out) == RG_ERR_INVALID);
  bad.type_count = T_COUNT;
  CHECK(rg_heap_init(heap_mem, 64, &bad, &out) == RG_ERR_INVALID);
  CHECK(rg_heap_collect(NULL) == RG_ERR_INVALID);
}

static void unit_cycles(void) {
  rg_heap_t *h = make_sim_heap(heap_mem, 8192);
  node_t *a = new_node(h, 1);
  globals.roots[0] = V(a);
  node_t *b = new_node(h, 2);
  a->a = V(b);
  b->a = V(a); /* two-node cycle */
  b->b = V(b); /* self cycle */
  node_t *c = new_node(h, 3);
  c->a = V(c); /* unreachable self cycle */
  CHECK(live_after_collect(h) == 2);
  CHECK(a->id == 1 && b->id == 2 && P(a->a) == b && P(b->a) == a && b->check == node_check(2));
  globals.roots[0] = RG_NULL;
  CHECK(live_after_collect(h) == 0);
}

static void unit_stack_roots(void) {
  rg_heap_t *h = make_sim_heap(heap_mem, 8192);
  str_t *s1 = new_str(h, 10, 40);
  str_t *s2 = new_str(h, 11, 40);
  str_t *s3 = new_str(h, 12, 40);
  str_t *s4 = new_str(h, 13, 40);
  str_t *s5 = new_str(h, 15, 8);
  sim_stack[11] = (uintptr_t)V(s5);                   /* an rg_val spilled to the stack (64-bit: tagged) */
  sim_stack[3] = (uintptr_t)&s1->units[17];           /* interior pointer (-O2 strength reduction) */
  sim_stack[5] = (uintptr_t)s2 + rg_heap_capacity_of(s2) - 1; /* its last byte */
  sim_stack[7] = (uintptr_t)s3;                       /* the payload */
  sim_stack[9] = (uintptr_t)s4 + rg_heap_capacity_of(s4); /* one past the end: not a reference (to s4
                                                           * nor to the next block, whose header it is) */
  sim_stack[10] = 12345;                              /* a number */
  (void)new_str(h, 14, 40);                           /* a fifth string, last in the arena */
  CHECK(live_after_collect(h) == 4);
  CHECK(str_ok(s1, 10) && str_ok(s2, 11) && str_ok(s3, 12) && str_ok(s5, 15));
  memset(sim_stack, 0, sizeof sim_stack);
  CHECK(live_after_collect(h) == 0);
}

static void unit_precise_fields(void) {
  rg_heap_t *h = make_sim_heap(heap_mem, 8192);
  node_t *a = new_node(h, 1);
  globals.roots[1] = V(a);
  str_t *s = new_str(h, 2, 10);
  a->a = V(&s->units[3]); /* an interior pointer in a precise field is a compiler bug: counted, ignored */
  a->b = (rg_val)(uintptr_t)s; /* an untagged address in a precise field is a number: not followed */
  CHECK(rg_heap_collect(h) == 0);
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  CHECK(st.bad_pointers == 1 && st.live_objects == 1);
  CHECK(rg_heap_check(h) == 0);
  /* A pointer outside the arena (a string literal in flash) is ignored without complaint. */
  static const uint32_t flash_literal[4] = {0};
  a->a = V(flash_literal);
  vec_t *v = rg_heap_alloc(h, T_VEC, sizeof(vec_t) + 5 * sizeof(rg_val));
  a->b = V(v);
  v->slots[0] = V(a);
  v->slots[3] = V(new_str(h, 5, 3));
  v->slots[4] = rg_num(-2.5);
  env_t *e = rg_heap_alloc(h, T_ENV, sizeof(env_t) + 2 * sizeof(rg_val));
  v->slots[1] = V(e);
  e->parent = V(rg_heap_alloc(h, T_ENV, sizeof(env_t)));
  e->slots[0] = RG_TRUE;
  e->slots[1] = V(new_str(h, 6, 1));
  cons_t *c = rg_heap_alloc(h, T_CONS, sizeof(cons_t) + 3 * sizeof(uintptr_t));
  v->slots[2] = V(c);
  c->words[0] = 77;
  c->words[1] = (uintptr_t)new_str(h, 7, 2) + 3; /* conservative types accept interior pointers */
  (void)new_str(h, 8, 2);
  CHECK(rg_heap_collect(h) == 0);
  rg_heap_stats(h, &st);
  CHECK(st.bad_pointers == 1 && st.live_objects == 8);
  CHECK(str_ok(P(v->slots[3]), 5) && str_ok(P(e->slots[1]), 6) && str_ok((str_t *)(c->words[1] - 3), 7));
  CHECK(rg_to_f64(v->slots[4]) == -2.5 && e->slots[0] == RG_TRUE);
}

/* Type ids past the table are objects of rg_val slots; the runtime's rg_ctx_t fields are extra roots. */
static void unit_slot_types_and_extra_roots(void) {
  static rg_val extra[2];
  rg_heap_config_t config = {
      .types = TYPES,
      .type_count = T_COUNT,
      .slot_types = 3,
      .extra_roots = extra,
      .extra_root_count = 2,
      .stack_lo = sim_stack,
      .stack_hi = sim_stack + NSTACK,
  };
  memset(sim_stack, 0, sizeof sim_stack);
  rg_heap_t *h = NULL;
  CHECK(rg_heap_init(heap_mem, 8192, &config, &h) == 0);
  CHECK(rg_heap_alloc(h, T_COUNT + 3, 8) == NULL);
  rg_val *obj = rg_heap_alloc(h, T_COUNT + 2, 4 * sizeof(rg_val));
  CHECK(obj != NULL && rg_heap_type_of(obj) == T_COUNT + 2);
  extra[1] = V(obj);
  obj[0] = V(new_str(h, 40, 9));
  obj[1] = rg_num(3.25);
  obj[2] = V(rg_heap_alloc(h, T_COUNT, 2 * sizeof(rg_val)));
  obj[3] = RG_UNDEFINED;
  (void)new_str(h, 41, 9); /* garbage */
  extra[0] = RG_NULL;
  CHECK(live_after_collect(h) == 3);
  CHECK(str_ok(P(obj[0]), 40) && rg_to_f64(obj[1]) == 3.25);
  extra[1] = RG_FALSE;
  CHECK(live_after_collect(h) == 0);
  config.slot_types = RG_HEAP_MAX_TYPE; /* too many ids in all */
  CHECK(rg_heap_init(heap_mem, 8192, &config, &h) == RG_ERR_INVALID);
}

static void unit_deep_list(void) {
  rg_heap_t *h = make_sim_heap(heap_mem, sizeof heap_mem);
  const uint32_t n = 5000;
  node_t *head = new_node(h, 0);
  globals.roots[2] = V(head);
  for (uint32_t k = 1; k < n; k++) {
    node_t *x = new_node(h, k);
    x->a = globals.roots[2];
    globals.roots[2] = V(x);
  }
  head->a = globals.roots[2]; /* close the ring */
  CHECK(live_after_collect(h) == n);
  /* A wide object (more pointer-holding children than the mark stack has entries) overflows the
   * mark stack; the rescan passes must still find everything. */
  const uint32_t wide = 3 * RG_HEAP_MARK_STACK;
  vec_t *v = rg_heap_alloc(h, T_VEC, (uint32_t)(sizeof(vec_t) + wide * sizeof(rg_val)));
  globals.roots[3] = V(v);
  for (uint32_t k = 0; k < wide; k++) {
    node_t *x = new_node(h, n + k);
    v->slots[k] = V(x);
    x->b = V(new_node(h, n + wide + k));
  }
  CHECK(live_after_collect(h) == n + 1 + 2 * wide);
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  CHECK(st.mark_overflows > 0);
  for (uint32_t k = 0; k < wide; k++) {
    node_t *x = P(v->slots[k]);
    node_t *y = P(x->b);
    CHECK(x->id == n + k && y->id == n + wide + k && y->check == node_check(y->id));
  }
  uint32_t count = 0;
  for (node_t *x = P(globals.roots[2]); count < n; x = P(x->a), count++) {
    CHECK(x->id == n - 1 - count && x->check == node_check(x->id));
  }
  printf("deep list: %u nodes, wide object: %u children, %u mark-stack overflow passes\n", n, wide,
         st.mark_overflows);
}

static void unit_oom(void) {
  rg_heap_t *h = make_sim_heap(heap_mem, 4096);
  uint32_t made = 0;
  vec_t *v = rg_heap_alloc(h, T_VEC, sizeof(vec_t) + 200 * sizeof(rg_val));
  globals.roots[0] = V(v);
  for (;;) {
    str_t *s = new_str(h, made, 20);
    if (s == NULL) break;
    v->slots[made % 200] = V(s);
    made++;
    CHECK(made < 200);
  }
  CHECK(oom_seen.calls == 1 && oom_seen.bytes == sizeof(str_t) + 40);
  check_heap(h);
  for (uint32_t k = 0; k < made; k++) CHECK(str_ok(P(v->slots[k]), k));
  /* A request larger than the whole arena goes straight to the hook. */
  CHECK(rg_heap_alloc(h, T_STR, 1u << 30) == NULL);
  CHECK(oom_seen.calls == 2 && oom_seen.bytes == 1u << 30);
  /* Dropping the roots makes room again. */
  globals.roots[0] = RG_NULL;
  CHECK(new_str(h, 1, 20) != NULL);
  CHECK(oom_seen.calls == 2);
  check_heap(h);
  printf("oom: hook called after %u strings in a 4096-byte heap\n", made);
}

/* rg_heap_grow: in place into the bump region or the front of a free neighbour, never over a live one. */
static void unit_grow(void) {
  static const uint8_t zeros[64 * sizeof(rg_val)];
  rg_heap_t *h = make_sim_heap(heap_mem, 8192);
  vec_t *v = rg_heap_alloc(h, T_VEC, sizeof(vec_t) + 4 * sizeof(rg_val));
  globals.roots[0] = V(v);
  v->id = 7;
  v->n = 4;
  for (uint32_t k = 0; k < 4; k++) v->slots[k] = rg_num(k + 0.5);
  /* The last block grows into the bump region: contents kept, the new part zeroed. */
  CHECK(rg_heap_grow(h, v, sizeof(vec_t) + 40 * sizeof(rg_val)) == 1);
  CHECK(rg_heap_capacity_of(v) >= sizeof(vec_t) + 40 * sizeof(rg_val));
  CHECK(v->id == 7 && v->n == 4 && rg_to_f64(v->slots[3]) == 3.5);
  CHECK(memcmp(&v->slots[4], zeros, 36 * sizeof(rg_val)) == 0);
  CHECK(rg_heap_grow(h, v, 8) == 1); /* already big enough */
  check_heap(h);
  /* A live neighbour blocks it. */
  str_t *s = new_str(h, 1, 10);
  globals.roots[1] = V(s);
  CHECK(rg_heap_grow(h, v, sizeof(vec_t) + 80 * sizeof(rg_val)) == 0);
  /* A free neighbour (garbage swept between two live blocks): the front of it, then all of it. */
  vec_t *w = rg_heap_alloc(h, T_VEC, sizeof(vec_t) + 2 * sizeof(rg_val));
  globals.roots[2] = V(w);
  CHECK(new_str(h, 2, 200) != NULL);
  str_t *end = new_str(h, 3, 10);
  globals.roots[3] = V(end);
  CHECK(live_after_collect(h) == 4);
  uint32_t whole = rg_heap_capacity_of(w) + 8u * ((sizeof(str_t) + 400u + 4u + 7u) / 8u);
  CHECK(rg_heap_grow(h, w, sizeof(vec_t) + 20 * sizeof(rg_val)) == 1);
  check_heap(h);
  CHECK(memcmp(w->slots, zeros, 20 * sizeof(rg_val)) == 0);
  CHECK(rg_heap_grow(h, w, whole + 1u) == 0);
  CHECK(rg_heap_grow(h, w, whole) == 1);
  CHECK(rg_heap_capacity_of(w) == whole);
  check_heap(h);
  CHECK(str_ok(s, 1) && str_ok(end, 3));
  /* Not payloads of this heap: refused. */
  static uint64_t outside[4];
  CHECK(rg_heap_grow(h, &outside[1], 64) == 0);
  CHECK(rg_heap_grow(h, (uint8_t *)w + 8, 64) == 0);
  CHECK(rg_heap_grow(h, NULL, 64) == 0);
  CHECK(live_after_collect(h) == 4);
  CHECK(v->id == 7 && rg_to_f64(v->slots[0]) == 0.5);
}

static int run_unit(void) {
  unit_basics();
  unit_cycles();
  unit_stack_roots();
  unit_precise_fields();
  unit_slot_types_and_extra_roots();
  unit_deep_list();
  unit_oom();
  unit_grow();
  printf("ok   unit: basics, cycles, stack roots, precise fields, slot types, deep list, oom, grow\n");
  return 0;
}

/* ---- long run ---------------------------------------------------------------------------------- */

/* Each iteration builds what a small app callback would: a string, a closure environment capturing
 * it, an array (header node + backing store) holding strings, and drops them. One structure in 16 is
 * kept in a ring of 8 global roots, so collections always have survivors. */
static int run_long(uint32_t target) {
  rg_heap_t *h = make_sim_heap(heap_mem, 16384);
  uint32_t objects = 0;
  uint32_t iter = 0;
  uint32_t kept_id[8] = {0};
  while (objects < target) {
    iter++;
    str_t *s = new_str(h, iter, iter % 23);
    if (s == NULL) FAIL("out of memory at iteration %u", iter);
    sim_stack[0] = (uintptr_t)s;
    env_t *e = rg_heap_alloc(h, T_ENV, sizeof(env_t) + 2 * sizeof(rg_val));
    if (e == NULL) FAIL("out of memory at iteration %u", iter);
    e->id = iter;
    e->slots[0] = V(s);
    e->slots[1] = rg_num((double)iter);
    sim_stack[1] = (uintptr_t)e;
    node_t *arr = new_node(h, iter); /* array object: a = backing store */
    sim_stack[2] = (uintptr_t)arr;
    uint32_t len = 1 + iter % 5;
    vec_t *items = rg_heap_alloc(h, T_VEC, (uint32_t)(sizeof(vec_t) + len * sizeof(rg_val)));
    if (items == NULL) FAIL("out of memory at iteration %u", iter);
    arr->a = V(items);
    items->id = iter;
    items->n = len;
    for (uint32_t k = 0; k < len; k++) {
      str_t *x = new_str(h, iter * 8 + k, 1 + (iter + k) % 11);
      if (x == NULL) FAIL("out of memory at iteration %u", iter);
      items->slots[k] = V(x);
    }
    arr->b = V(e); /* the array's owner keeps the closure */
    objects += 4 + len;
    if (iter % 16 == 0) {
      globals.roots[(iter / 16) % 8] = V(arr);
      kept_id[(iter / 16) % 8] = iter;
    }
    sim_stack[0] = sim_stack[1] = sim_stack[2] = 0;
  }
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  uint32_t collections = st.collections;
  uint32_t live = live_after_collect(h);
  for (uint32_t r = 0; r < 8; r++) {
    node_t *arr = P(globals.roots[r]);
    uint32_t id = kept_id[r];
    CHECK(arr != NULL && arr->id == id && arr->check == node_check(id));
    vec_t *items = P(arr->a);
    CHECK(items->id == id && items->n == 1 + id % 5);
    for (uint32_t k = 0; k < items->n; k++) CHECK(str_ok(P(items->slots[k]), id * 8 + k));
    env_t *e = P(arr->b);
    CHECK(e->id == id && str_ok(P(e->slots[0]), id) && rg_to_f64(e->slots[1]) == (double)id);
    live -= 4 + items->n;
  }
  CHECK(live == 0);
  CHECK(oom_seen.calls == 0);
  printf("ok   long: %u objects in %u iterations, 16384-byte heap (%u arena), %u collections, 0 oom\n",
         objects, iter, st.arena_bytes, collections);
  return 0;
}

/* ---- stress against a reference model --------------------------------------------------------- */

/* The model: every object's id, type, and its slots as ids (0 = null; RAW|v = the number v: raw in a
 * conservative word, an rg_val number in a precise one). Roots hold ids and, on the simulated stack, an
 * interior offset. */
#define RAW 0x80000000u
typedef struct {
  void *addr;
  uint8_t type;
  uint8_t alive; /* reachable in the model at the last reachability pass */
  uint16_t n;    /* string length or slot count */
  uint32_t *kids;
  uint32_t mark;
} model_obj_t;

static model_obj_t *model;
static uint32_t model_count;
static uint32_t groot[NGLOBAL];
static uint32_t sroot[NSTACK];
static uint32_t soff[NSTACK];
static uint32_t epoch;
static uint32_t *cand;
static uint32_t cand_count;
static uint64_t rng_state;

static uint32_t rnd(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (uint32_t)(rng_state >> 11);
}

static uint32_t below(uint32_t n) { return n == 0 ? 0 : rnd() % n; }

static uint32_t nkids(const model_obj_t *m) {
  switch (m->type) {
    case T_NODE: return 2;
    case T_VEC:
    case T_CONS: return m->n;
    case T_ENV: return 1u + m->n;
    default: return 0;
  }
}

/* Address of slot k of an object in the real heap. */
static uint8_t *slot_addr(const model_obj_t *m, uint32_t k) {
  uint8_t *p = m->addr;
  switch (m->type) {
    case T_NODE: return p + (k == 0 ? offsetof(node_t, a) : offsetof(node_t, b));
    case T_VEC: return p + offsetof(vec_t, slots) + k * sizeof(rg_val);
    case T_ENV:
      return p + (k == 0 ? offsetof(env_t, parent) : offsetof(env_t, slots) + (k - 1) * sizeof(rg_val));
    case T_CONS: return p + offsetof(cons_t, words) + k * sizeof(uintptr_t);
    default: FAIL("no slots"); return NULL;
  }
}

/* The 8 bytes slot `kid` is stored as in an object of `type`. */
static uint64_t word_for(uint8_t type, uint32_t kid) {
  if (type == T_CONS) {
    if (kid & RAW) return kid & ~RAW;
    return kid == 0 ? 0 : (uintptr_t)model[kid].addr;
  }
  if (kid & RAW) return rg_num((double)(kid & ~RAW));
  return kid == 0 ? RG_NULL : rg_ptr(model[kid].addr);
}

static void set_kid(uint32_t id, uint32_t k, uint32_t kid) {
  model_obj_t *m = &model[id];
  m->kids[k] = kid;
  uint64_t w = word_for(m->type, kid);
  memcpy(slot_addr(m, k), &w, sizeof w);
}

/* Marks what the model reaches; collects candidates (alive ids) and frees model entries that died. */
static uint32_t model_reach(void) {
  epoch++;
  cand_count = 0;
  uint32_t stack_n = 0;
  static uint32_t *work;
  static uint32_t work_cap;
  if (work_cap < model_count + 1) {
    work_cap = model_count * 2 + 64;
    work = realloc(work, work_cap * sizeof *work);
  }
  for (uint32_t r = 0; r < NGLOBAL + NSTACK; r++) {
    uint32_t id = r < NGLOBAL ? groot[r] : sroot[r - NGLOBAL];
    if (id != 0 && model[id].mark != epoch) {
      model[id].mark = epoch;
      work[stack_n++] = id;
    }
  }
  while (stack_n > 0) {
    uint32_t id = work[--stack_n];
    cand[cand_count++] = id;
    model_obj_t *m = &model[id];
    for (uint32_t k = 0; k < nkids(m); k++) {
      uint32_t kid = m->kids[k];
      if (kid != 0 && !(kid & RAW) && model[kid].mark != epoch) {
        model[kid].mark = epoch;
        work[stack_n++] = kid;
      }
    }
  }
  for (uint32_t id = 1; id < model_count; id++) {
    if (model[id].alive && model[id].mark != epoch) {
      model[id].alive = 0; /* unreachable now means unreachable forever */
      free(model[id].kids);
      model[id].kids = NULL;
    }
  }
  return cand_count;
}

/* Checks every reachable object against the model and that the heap kept exactly those. */
static void verify(rg_heap_t *h) {
  uint32_t reachable = model_reach();
  check_heap(h);
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  if (st.live_objects != reachable) FAIL("heap kept %u objects, model reaches %u", st.live_objects, reachable);
  for (uint32_t r = 0; r < NGLOBAL; r++) {
    CHECK(globals.roots[r] == (groot[r] ? rg_ptr(model[groot[r]].addr) : RG_NULL));
  }
  for (uint32_t r = 0; r < NSTACK; r++) {
    uintptr_t raw = sroot[r] ? (uintptr_t)model[sroot[r]].addr + soff[r] : (uintptr_t)r * 2 + 1;
    CHECK(sim_stack[r] == raw || (sroot[r] && sim_stack[r] == (uintptr_t)rg_ptr(model[sroot[r]].addr)));
  }
  for (uint32_t c = 0; c < cand_count; c++) {
    uint32_t id = cand[c];
    model_obj_t *m = &model[id];
    if (rg_heap_type_of(m->addr) != m->type) FAIL("object %u changed type", id);
    uint32_t stored_id;
    memcpy(&stored_id, (uint8_t *)m->addr + (m->type == T_NODE ? offsetof(node_t, id) : m->type == T_ENV ? offsetof(env_t, id) : 0), 4);
    if (stored_id != id) FAIL("object %u overwritten (id %u)", id, stored_id);
    if (m->type == T_NODE && ((node_t *)m->addr)->check != node_check(id)) FAIL("node %u damaged", id);
    if (m->type == T_STR && (!str_ok(m->addr, id) || ((str_t *)m->addr)->len != m->n)) FAIL("string %u damaged", id);
    for (uint32_t k = 0; k < nkids(m); k++) {
      uint64_t w;
      memcpy(&w, slot_addr(m, k), sizeof w);
      if (w != word_for(m->type, m->kids[k])) FAIL("object %u slot %u damaged", id, k);
    }
  }
}

static void verify(rg_heap_t *h);

/* Allocates a random object, verifies the heap if that allocation collected, and links the object to
 * random reachable ones. Returns its id, or 0 when the heap is exhausted. */
static uint32_t new_model_obj(rg_heap_t *h, uint32_t *verified) {
  static const uint8_t types[] = {T_NODE, T_NODE, T_STR, T_STR, T_VEC, T_ENV, T_CONS};
  uint8_t type = types[below(sizeof types)];
  uint32_t n = 0;
  uint32_t bytes = 0;
  int big = below(50) == 0;
  switch (type) {
    case T_NODE: bytes = sizeof(node_t); break;
    case T_STR: n = big ? 200 + below(300) : below(40); bytes = (uint32_t)(sizeof(str_t) + 2 * n); break;
    case T_VEC: n = big ? 40 + below(80) : below(12); bytes = (uint32_t)(sizeof(vec_t) + n * sizeof(rg_val)); break;
    case T_ENV: n = below(6); bytes = (uint32_t)(sizeof(env_t) + n * sizeof(rg_val)); break;
    case T_CONS: n = below(8); bytes = (uint32_t)(sizeof(cons_t) + n * sizeof(uintptr_t)); break;
    default: break;
  }
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  uint32_t before = st.collections;
  void *p = rg_heap_alloc(h, type, bytes);
  rg_heap_stats(h, &st);
  if (st.collections != before) {
    /* The collection ran before the new object existed, so the model as it stands is what it had to
     * keep (the new object has no model entry yet). */
    verify(h);
    (*verified)++;
  }
  if (p == NULL) return 0;
  uint32_t id = model_count++;
  model_obj_t *m = &model[id];
  m->addr = p;
  m->type = type;
  m->alive = 1;
  m->n = (uint16_t)n;
  m->mark = 0;
  m->kids = calloc(nkids(m) + 1, sizeof(uint32_t));
  switch (type) {
    case T_NODE: ((node_t *)p)->id = id; ((node_t *)p)->check = node_check(id); break;
    case T_STR: {
      str_t *s = p;
      s->id = id;
      s->len = n;
      for (uint32_t k = 0; k < n; k++) s->units[k] = unit_of(id, k);
      break;
    }
    case T_VEC: ((vec_t *)p)->id = id; ((vec_t *)p)->n = n; break;
    case T_ENV: ((env_t *)p)->id = id; ((env_t *)p)->n = n; break;
    case T_CONS: ((cons_t *)p)->id = id; ((cons_t *)p)->n = n; break;
    default: break;
  }
  /* The candidates are all reachable, and nothing allocates until the new object is rooted. */
  for (uint32_t k = 0; k < nkids(m); k++) {
    uint32_t kid = 0;
    if (below(3) != 0 && cand_count > 0) kid = cand[below(cand_count)];
    if (below(type == T_CONS ? 3 : 6) == 0) kid = RAW | (below(1u << 20) * 2 + 1);
    set_kid(id, k, kid);
  }
  return id;
}

static void set_root(uint32_t r, uint32_t id) {
  if (r < NGLOBAL) {
    groot[r] = id;
    globals.roots[r] = id ? rg_ptr(model[id].addr) : RG_NULL;
  } else {
    r -= NGLOBAL;
    sroot[r] = id;
    /* Some stack roots are interior pointers, as -O2 code leaves them; some are tagged rg_vals. */
    soff[r] = id && below(2) ? below(rg_heap_capacity_of(model[id].addr)) : 0;
    sim_stack[r] = id ? (uintptr_t)model[id].addr + soff[r] : (uintptr_t)r * 2 + 1;
    if (id && soff[r] == 0 && below(2)) {
      sim_stack[r] = (uintptr_t)rg_ptr(model[id].addr);
    }
  }
}

static int run_stress(uint32_t seed, uint32_t steps) {
  rng_state = 0x9E3779B97F4A7C15ull ^ seed;
  rg_heap_t *h = make_sim_heap(heap_mem, 12288);
  model = calloc(steps + 2, sizeof *model);
  cand = calloc(steps + 2, sizeof *cand);
  model_count = 1; /* id 0 = NULL */
  memset(groot, 0, sizeof groot);
  memset(sroot, 0, sizeof sroot);
  for (uint32_t r = 0; r < NGLOBAL + NSTACK; r++) set_root(r, 0);
  uint32_t verified = 0;
  uint32_t ooms = 0;
  for (uint32_t step = 0; step < steps; step++) {
    uint32_t op = below(100);
    if (op < 55) {
      uint32_t id = new_model_obj(h, &verified);
      if (id == 0) {
        /* Out of memory: drop half of the roots and go on. */
        ooms++;
        for (uint32_t r = 0; r < NGLOBAL + NSTACK; r += 2) set_root(r, 0);
        model_reach();
        continue;
      }
      set_root(below(NGLOBAL + NSTACK), id);
      model_reach();
    } else if (op < 80) {
      if (cand_count == 0) continue;
      uint32_t id = cand[below(cand_count)];
      uint32_t k = nkids(&model[id]);
      if (k == 0) continue;
      uint32_t kid = below(4) == 0 ? 0 : cand[below(cand_count)];
      set_kid(id, below(k), kid);
      model_reach();
    } else if (op < 95) {
      set_root(below(NGLOBAL + NSTACK), 0);
      model_reach();
    } else {
      CHECK(rg_heap_collect(h) == 0);
      verify(h);
      verified++;
    }
  }
  CHECK(rg_heap_collect(h) == 0);
  verify(h);
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  CHECK(oom_seen.calls == ooms);
  printf("ok   stress: seed %u, %u steps, %u objects, %u collections verified, %u oom, %u overflow passes\n",
         seed, steps, model_count - 1, verified + 1, ooms, st.mark_overflows);
  for (uint32_t id = 1; id < model_count; id++) free(model[id].kids);
  free(model);
  free(cand);
  return 0;
}

/* ---- the real stack ------------------------------------------------------------------------------ */

/* Keeps the compiler from proving the values dead or constant-folding them. */
static void *volatile sink;

static __attribute__((noinline)) void churn(rg_heap_t *h, uint32_t rounds) {
  for (uint32_t k = 0; k < rounds; k++) {
    sink = new_str(h, 999999, 30);
  }
  sink = NULL;
}

/* Objects held only in this function's locals (registers or spill slots under -O2) must survive many
 * collections triggered further down the stack. */
static __attribute__((noinline)) uint32_t hold_in_locals(rg_heap_t *h) {
  str_t *a = new_str(h, 1, 25);
  node_t *b = new_node(h, 2);
  str_t *c = new_str(h, 3, 90);
  b->a = V(new_str(h, 4, 5));
  volatile rg_val d = V(new_str(h, 5, 7)); /* a tagged value in a stack slot */
  uint16_t *inner = &c->units[60]; /* only an interior pointer to c is used afterwards */
  c = NULL;
  churn(h, 20000);
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  CHECK(st.collections > 10);
  CHECK(str_ok(a, 1));
  CHECK(b->id == 2 && b->check == node_check(2) && str_ok(P(b->a), 4));
  CHECK(str_ok(P(d), 5));
  for (uint32_t k = 60; k < 90; k++) CHECK(inner[k - 60] == unit_of(3, k));
  return st.collections;
}

/* Where leave_stale's array was (dead stack once it returns). */
static volatile uintptr_t stale_at;
#define STALE_WORDS 32u

/* Leaves copies of a fresh object's address in its frame, as a finished call leaves its locals. */
static __attribute__((noinline)) void leave_stale(rg_heap_t *h) {
  volatile uintptr_t words[STALE_WORDS];
  uintptr_t obj = (uintptr_t)new_str(h, 77, 12);
  for (uint32_t k = 0; k < STALE_WORDS; k++) words[k] = obj;
  stale_at = (uintptr_t)&words[0];
}

static uint32_t stale_words_left(uintptr_t obj) {
  uint32_t left = 0;
  for (uint32_t k = 0; k < STALE_WORDS; k++) left += ((const volatile uintptr_t *)stale_at)[k] == obj;
  return left;
}

/* Calls leave_stale from below a frame of `pad` bytes, clear of the clearing function's own frame. */
static __attribute__((noinline)) void leave_stale_deeper(rg_heap_t *h) {
  volatile uint8_t pad[512];
  pad[0] = 1;
  leave_stale(h);
  pad[1] = pad[0];
}

/* rg_heap_clear_stack zeroes what finished calls left below the caller, down past their allocations. */
static __attribute__((noinline)) uint32_t clear_dead_stack(rg_heap_t *h) {
  rg_heap_stats_t st;
  rg_heap_stats(h, &st);
  uint32_t clears = st.stack_clears;
  leave_stale_deeper(h);
  uintptr_t obj = ((const volatile uintptr_t *)stale_at)[0];
  CHECK(obj != 0 && stale_words_left(obj) == STALE_WORDS);
  rg_heap_clear_stack(h);
  CHECK(stale_words_left(obj) == 0);
  rg_heap_stats(h, &st);
  CHECK(st.stack_clears == clears + 1);
  rg_heap_clear_stack(h); /* nothing allocated since: a no-op */
  rg_heap_stats(h, &st);
  CHECK(st.stack_clears == clears + 1);
  return STALE_WORDS;
}

static int run_real_stack(void) {
  uint8_t *top = __builtin_frame_address(0);
  /* Stack grows down; the scan starts at the collector's own frame and stops here. */
  rg_heap_t *h = make_heap(heap_mem, 4096, (const void *)((uintptr_t)top - (1u << 20)), top);
  uint32_t collections = hold_in_locals(h);
  check_heap(h);
  uint32_t cleared = clear_dead_stack(h);
  check_heap(h);
  printf("ok   real-stack: locals survived %u collections, %u stale words cleared\n", collections, cleared);
  return 0;
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "unit";
  uint32_t seed = 1;
  uint32_t steps = 100000;
  uint32_t objects = 1000000;
  for (int k = 2; k + 1 < argc; k += 2) {
    uint32_t v = (uint32_t)strtoul(argv[k + 1], NULL, 10);
    if (strcmp(argv[k], "--seed") == 0) seed = v;
    else if (strcmp(argv[k], "--steps") == 0) steps = v;
    else if (strcmp(argv[k], "--objects") == 0) objects = v;
    else FAIL("unknown option %s", argv[k]);
  }
  if (strcmp(mode, "unit") == 0) return run_unit();
  if (strcmp(mode, "long") == 0) return run_long(objects);
  if (strcmp(mode, "stress") == 0) return run_stress(seed, steps);
  if (strcmp(mode, "real-stack") == 0) return run_real_stack();
  FAIL("unknown mode %s", mode);
}
