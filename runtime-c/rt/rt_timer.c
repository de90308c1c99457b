/* rt_timer.c: timers whose callbacks are closures, and sleep() — the app half of the event loop.
 *
 * The kernel's timers call a code address; a closure is a value in the app's heap. So every closure
 * timer (and every sleep) is a kernel timer on the app's one dispatcher (rg_rt_app_info_t.timer_dispatch),
 * which the kernel calls with the timer id, and cx->timers maps ids to what to run: a table record
 * (RG_TYPE_VALS) of entries {id, closure or promise, periodic}, an id of undefined marking a free entry.
 * Tables are short (the kernel has at most RG_KERNEL_MAX_TIMERS timers for all apps), so lookups scan.
 */
#include <stdbool.h>
#include <stdint.h>

#include "rg_alloc.h"
#include "rg_promise.h"
#include "rg_syscall.h"
#include "rg_throw.h"

/* Entry slots. */
enum { E_ID, E_TARGET, E_PERIODIC, E_SLOTS };

/* timer_start flags (abi.json): bit 0 periodic, bit 1 the callback takes the timer id. */
#define FLAG_PERIODIC 1u
#define FLAG_WITH_ID 2u

/* Entries of the first table; it doubles when full. */
#define FIRST_ENTRIES 4u

#define CALLER() ((uint32_t)(uintptr_t)__builtin_return_address(0))

static rg_val *table(const rg_ctx_t *cx) { return (rg_val *)rg_to_ptr(cx->timers); }

static uint32_t entries(const rg_ctx_t *cx) {
  if (!rg_is_ptr(cx->timers)) {
    return 0u;
  }
  return rg_alloc_capacity(rg_to_ptr(cx->timers)) / (uint32_t)(E_SLOTS * sizeof(rg_val));
}

static rg_val *find(const rg_ctx_t *cx, rg_val id) {
  uint32_t n = entries(cx);
  for (uint32_t k = 0; k < n; k++) {
    rg_val *e = &table(cx)[k * E_SLOTS];
    if (e[E_ID] == id) {
      return e;
    }
  }
  return NULL;
}

/* A free entry, growing the table first if needed (before the kernel timer exists, so running out of
 * memory leaves no kernel timer behind). */
static rg_val *free_entry(rg_ctx_t *cx) {
  rg_val *e = find(cx, RG_UNDEFINED);
  if (e != NULL) {
    return e;
  }
  uint32_t old = entries(cx);
  uint32_t n = old == 0u ? FIRST_ENTRIES : 2u * old;
  rg_val grown = rg_alloc_slots(cx, RG_TYPE_VALS, n * E_SLOTS);
  for (uint32_t k = 0; k < old * E_SLOTS; k++) {
    ((rg_val *)rg_to_ptr(grown))[k] = table(cx)[k];
  }
  cx->timers = grown;
  return &table(cx)[old * E_SLOTS];
}

static _Noreturn void panic_text(const char *text, uint32_t caller) {
  uint32_t n = 0;
  while (text[n] != '\0') {
    n++;
  }
  rg_rt_fault_with(RG_FAULT_PANIC, text, n, caller);
}

/* Starts a kernel timer on the dispatcher for `target` (closure or promise). */
static int32_t start(rg_ctx_t *cx, rg_val target, double delay_ms, bool periodic, uint32_t caller) {
  if (cx->timer_dispatch == NULL) {
    panic_text("closure timer without a timer dispatcher (rg_rt_app_info_t)", caller);
  }
  /* Node: a delay that is not a number in [1, 2^31 - 1] becomes 1; fractions are dropped. */
  uint32_t ms = 1u;
  if (delay_ms >= 1.0 && delay_ms <= 2147483647.0) {
    ms = (uint32_t)delay_ms;
  }
  rg_val *e = free_entry(cx);
  int32_t id = rg_syscall(RG_SYS_TIMER_START, (uint32_t)(uintptr_t)cx->timer_dispatch, ms,
                          FLAG_WITH_ID | (periodic ? FLAG_PERIODIC : 0u));
  if (id < 0) {
    panic_text("no timer left (setTimeout/setInterval/sleep)", caller);
  }
  e[E_ID] = rg_num((double)id);
  e[E_TARGET] = target;
  e[E_PERIODIC] = rg_bool(periodic);
  return id;
}

__attribute__((noinline)) int32_t rg_rt_timer_start_closure(rg_ctx_t *cx, rg_val fn, double delay_ms,
                                                            bool repeat) {
  return start(cx, fn, delay_ms, repeat, CALLER());
}

__attribute__((noinline)) rg_val rg_rt_sleep(rg_ctx_t *cx, double ms) {
  rg_val p = rg_promise_new(cx);
  (void)start(cx, p, ms, false, CALLER());
  return p;
}

void rg_rt_timer_clear(rg_ctx_t *cx, int32_t id) {
  (void)rg_syscall(RG_SYS_TIMER_CANCEL, (uint32_t)id, 0u, 0u);
  rg_val *e = find(cx, rg_num((double)id));
  if (e != NULL) {
    e[E_ID] = RG_UNDEFINED;
    e[E_TARGET] = RG_UNDEFINED;
  }
}

/* rg_rt_timer_fire's work, in a frame laid over stack it has just cleared. */
static __attribute__((noinline)) void fire(rg_ctx_t *cx, uint32_t id) {
  rg_val *e = find(cx, rg_num((double)id));
  if (e != NULL) {
    rg_val target = e[E_TARGET];
    if (!rg_to_bool(e[E_PERIODIC])) {
      e[E_ID] = RG_UNDEFINED;
      e[E_TARGET] = RG_UNDEFINED;
    }
    if (rg_is_promise(target)) {
      rg_promise_resolve_with(cx, target, RG_UNDEFINED);
    } else {
      (void)rg_call(cx, target, 0u, NULL);
    }
  }
  rg_microtasks_run(cx);
}

void rg_rt_timer_fire(rg_ctx_t *cx, uint32_t id) {
  /* The kernel enters a callback on an empty app stack, so no try can be active: a record left behind by
   * a function that returned from inside its try would otherwise be a jump into a dead frame. */
  cx->try_top = NULL;
  /* Nor may words earlier callbacks left on it act as roots for this one (docs/MEMORY.md, Roots). */
  rg_heap_clear_stack(cx->heap);
  fire(cx, id);
}

uint32_t rg_rt_timer_pending(const rg_ctx_t *cx) {
  uint32_t n = entries(cx);
  uint32_t pending = 0;
  for (uint32_t k = 0; k < n; k++) {
    if (!rg_is_undefined(table(cx)[k * E_SLOTS + E_ID])) {
      pending++;
    }
  }
  return pending;
}
