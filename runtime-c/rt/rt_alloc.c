/* rt_alloc.c: the app heap behind rg_alloc.h — setup from the compiler's app info, allocation, oom.
 *
 * A thin layer over rg_heap: it supplies the runtime's type table, turns the compiler's description of
 * the app (shapes, roots) into the heap's configuration, asks the kernel for the app's stack bounds, and
 * turns exhaustion into the `out-of-memory` fault. All state lives in the app's rg_ctx_t and heap.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rg_alloc.h"
#include "rg_syscall.h"
#include "rg_throw.h"

/* rg_closure_t: env and this_val are values; code and arity are not. */
static const uint16_t closure_vals[] = {offsetof(rg_closure_t, env), offsetof(rg_closure_t, this_val)};
/* rg_array_t: items is a value; length and capacity are not. */
static const uint16_t array_vals[] = {offsetof(rg_array_t, items)};

#define LEAF {NULL, 0u, RG_HEAP_NO_SLOTS, 0u}
#define ALL_VALS {NULL, 0u, 0u, 0u}

/* Map, Set, typed-array views and promises: every 8-byte word of their payload is an rg_val (or a pair
 * of u32 counters, which reads as a small double and is skipped). */
const rg_heap_type_t rg_rt_heap_types[RG_TYPE_FIRST_APP] = {
    [RG_TYPE_FREE] = LEAF,
    [RG_TYPE_STRING] = LEAF,
    [RG_TYPE_ARRAY] = {array_vals, 1u, RG_HEAP_NO_SLOTS, 0u},
    [RG_TYPE_VALS] = ALL_VALS,
    [RG_TYPE_BYTES] = LEAF,
    [RG_TYPE_CLOSURE] = {closure_vals, 2u, RG_HEAP_NO_SLOTS, 0u},
    [RG_TYPE_MAP] = ALL_VALS,
    [RG_TYPE_TYPED] = ALL_VALS,
    [RG_TYPE_PROMISE] = ALL_VALS,
    [RG_TYPE_BOX] = ALL_VALS,
    [RG_TYPE_ERROR] = ALL_VALS,
    [RG_TYPE_TYPE_ERROR] = ALL_VALS,
    [RG_TYPE_RANGE_ERROR] = ALL_VALS,
    [RG_TYPE_SYNTAX_ERROR] = ALL_VALS,
    [14] = LEAF,
    [15] = LEAF,
};

/* The runtime's own roots in rg_ctx_t are its consecutive rg_val fields. */
_Static_assert(offsetof(rg_ctx_t, timers) == offsetof(rg_ctx_t, microtasks) + sizeof(rg_val),
               "rg_ctx_t: microtasks and timers must be adjacent (extra roots)");

#define CALLER() ((uint32_t)(uintptr_t)__builtin_return_address(0))

/* Appends the decimal digits of v to buf at *n. */
static void put_u32(char *buf, uint32_t *n, uint32_t v) {
  char digits[10];
  uint32_t k = 0;
  do {
    digits[k++] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v != 0u);
  while (k > 0u) {
    buf[(*n)++] = digits[--k];
  }
}

static void put_text(char *buf, uint32_t *n, const char *s) {
  while (*s != '\0') {
    buf[(*n)++] = *s++;
  }
}

/* Ends the app: `bytes` could not be allocated in a heap of arena_bytes. */
static _Noreturn void out_of_memory(uint32_t bytes, uint32_t arena_bytes, uint32_t caller) {
  char msg[80];
  uint32_t n = 0;
  put_text(msg, &n, "out of memory: ");
  put_u32(msg, &n, bytes);
  put_text(msg, &n, " bytes wanted, heap of ");
  put_u32(msg, &n, arena_bytes);
  put_text(msg, &n, " bytes full");
  rg_rt_fault_with(RG_FAULT_OUT_OF_MEMORY, msg, n, caller);
}

static void setup(rg_ctx_t *cx, void *globals, void *heap_mem, uint32_t heap_bytes,
                  const rg_rt_app_info_t *info, const void *stack_lo, const void *stack_hi,
                  rg_heap_oom_fn oom, uint32_t caller) {
  cx->heap = NULL;
  cx->try_top = NULL;
  cx->shapes = info->shapes;
  cx->shape_count = info->shape_count;
  cx->keys = info->keys;
  cx->key_count = info->key_count;
  cx->microtasks = RG_UNDEFINED;
  cx->timers = RG_UNDEFINED;
  cx->timer_dispatch = info->timer_dispatch;
  rg_heap_config_t config = {
      .types = rg_rt_heap_types,
      .type_count = RG_TYPE_FIRST_APP,
      .slot_types = info->shape_count,
      .globals = globals,
      .global_ptrs = info->roots,
      .global_ptr_count = info->root_count,
      .extra_roots = &cx->microtasks,
      .extra_root_count = 2u,
      .stack_lo = stack_lo,
      .stack_hi = stack_hi,
      .oom = oom,
      .oom_ctx = cx,
  };
  if (rg_heap_init(heap_mem, heap_bytes, &config, &cx->heap) != 0) {
    static const char msg[] = "heapBytes too small for the collector (use at least 1024)";
    rg_rt_fault_with(RG_FAULT_OUT_OF_MEMORY, msg, sizeof msg - 1u, caller);
  }
}

__attribute__((noinline)) void rg_rt_heap_setup(rg_ctx_t *cx, void *globals, void *heap_mem,
                                                uint32_t heap_bytes, const rg_rt_app_info_t *info) {
  uint32_t bounds[2] = {0u, 0u};
  (void)rg_syscall(RG_SYS_APP_STACK, (uint32_t)(uintptr_t)bounds, 0u, 0u);
  setup(cx, globals, heap_mem, heap_bytes, info, (const void *)(uintptr_t)bounds[0],
        (const void *)(uintptr_t)bounds[1], NULL, CALLER());
}

__attribute__((noinline)) void rg_rt_heap_setup_hosted(rg_ctx_t *cx, void *globals, void *heap_mem,
                                                       uint32_t heap_bytes, const rg_rt_app_info_t *info,
                                                       const void *stack_lo, const void *stack_hi,
                                                       rg_heap_oom_fn oom) {
  setup(cx, globals, heap_mem, heap_bytes, info, stack_lo, stack_hi, oom, CALLER());
}

__attribute__((noinline)) void *rg_alloc(rg_ctx_t *cx, uint32_t type, uint32_t bytes) {
  void *p = rg_heap_alloc(cx->heap, type, bytes);
  if (p == NULL && (type == RG_TYPE_FREE || type >= RG_TYPE_FIRST_APP + cx->shape_count)) {
    /* Not exhaustion: generated code asked for a type the app info does not describe. */
    static const char msg[] = "rg_alloc: unknown type id";
    rg_rt_fault_with(RG_FAULT_PANIC, msg, sizeof msg - 1u, CALLER());
  }
  if (p == NULL) {
    /* Firmware has no oom hook: the heap returned NULL after a full collection (a hosted hook that
     * returned lands here too and must not go on). */
    rg_heap_stats_t st;
    rg_heap_stats(cx->heap, &st);
    out_of_memory(bytes, st.arena_bytes, CALLER());
  }
  return p;
}

rg_val rg_alloc_slots(rg_ctx_t *cx, uint32_t type, uint32_t slots) {
  rg_val *p = rg_alloc(cx, type, slots * (uint32_t)sizeof(rg_val));
  for (uint32_t k = 0; k < slots; k++) {
    p[k] = RG_UNDEFINED;
  }
  return rg_ptr(p);
}

uint32_t rg_alloc_capacity(const void *payload) {
  uint32_t header;
  __builtin_memcpy(&header, (const uint8_t *)payload - 4, sizeof header);
  return (header >> 12) == 0u ? 0u : rg_heap_capacity_of(payload);
}

void rg_gc_collect(rg_ctx_t *cx) {
  (void)rg_heap_collect(cx->heap);
}

void rg_gc_stats(const rg_ctx_t *cx, rg_heap_stats_t *out) {
  rg_heap_stats(cx->heap, out);
}
