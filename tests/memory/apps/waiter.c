/* waiter.c: waiter.js written by hand against the runtime (closure timers, sleep, promise reactions,
 * finally, Promise.all, new Promise, queueMicrotask), with a full collection and some garbage in every
 * callback so that everything pending must survive through the runtime's roots (cx->microtasks,
 * cx->timers). Its log must equal Node's output for waiter.js. */
#include "mem-support.h"
#include "rg_app.h"
#include "rg_promise.h"
#include "rg_throw.h"

typedef struct {
  rg_ctx_t cx;
  _Alignas(8) uint8_t heap[6144];
} waiter_globals_t;

static waiter_globals_t g;

static void dispatch(uint32_t id) { rg_rt_timer_fire(&g.cx, id); }
static const rg_rt_app_info_t info = {NULL, 0, NULL, 0, NULL, 0, dispatch};

/* Garbage and a full collection: anything pending that is not rooted properly would be lost here. */
static void stir(rg_ctx_t *cx) {
  for (uint32_t k = 0; k < 8u; k++) {
    (void)mem_str(cx, "garbage garbage garbage");
  }
  rg_gc_collect(cx);
}

static void log_value(const char *prefix, rg_val v) {
  mem_line_t l = {{0}, 0};
  mem_put(&l, prefix);
  mem_put_num(&l, rg_to_f64(v));
  mem_send(&l);
}

#define ARG0 rg_arg(argc, argv, 0)
#define CODE(name) static rg_val name(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv)
#define UNUSED (void)self, (void)argc, (void)argv

CODE(tick_code) {
  stir(cx);
  rg_val *env = mem_slots(mem_env(self));
  env[0] = rg_num(rg_to_f64(env[0]) + 1.0);
  log_value("tick ", env[0]);
  if (rg_to_f64(env[0]) == 3.0) {
    rg_rt_timer_clear(cx, (int32_t)rg_to_f64(env[1]));
  }
  (void)argc, (void)argv;
  return RG_UNDEFINED;
}
CODE(timeout_code) {
  UNUSED;
  stir(cx);
  mem_log("timeout 100");
  return RG_UNDEFINED;
}
CODE(slept_code) {
  UNUSED;
  stir(cx);
  mem_log("slept 60");
  return rg_num(7);
}
CODE(then_code) {
  (void)self;
  stir(cx);
  log_value("then ", ARG0);
  return RG_UNDEFINED;
}
CODE(a_code) {
  (void)self;
  stir(cx);
  log_value("a ", ARG0);
  return RG_UNDEFINED;
}
CODE(caught_code) {
  (void)self;
  stir(cx);
  mem_line_t l = {{0}, 0};
  mem_put(&l, "caught ");
  mem_put_str(&l, mem_slots(ARG0)[RG_ERROR_SLOT_MESSAGE]);
  mem_send(&l);
  return RG_UNDEFINED;
}
CODE(finally_code) {
  UNUSED;
  stir(cx);
  mem_log("finally");
  return RG_UNDEFINED;
}
CODE(micro_code) {
  UNUSED;
  stir(cx);
  mem_log("micro");
  return RG_UNDEFINED;
}
CODE(two_code) {
  UNUSED;
  stir(cx);
  return rg_promise_resolve(cx, rg_num(2));
}
CODE(adopted_code) {
  (void)self;
  stir(cx);
  log_value("adopted ", ARG0);
  return RG_UNDEFINED;
}
CODE(fin_code) {
  UNUSED;
  stir(cx);
  mem_log("fin");
  return RG_UNDEFINED;
}
CODE(after_fin_code) {
  (void)self;
  stir(cx);
  log_value("after fin ", ARG0);
  return RG_UNDEFINED;
}
CODE(three_code) {
  UNUSED;
  stir(cx);
  return rg_num(3);
}
CODE(all_code) {
  (void)self;
  stir(cx);
  const rg_array_t *vs = rg_to_ptr(ARG0);
  mem_line_t l = {{0}, 0};
  mem_put(&l, "all ");
  for (uint32_t k = 0; k < vs->length; k++) {
    if (k != 0u) mem_put(&l, ",");
    mem_put_num(&l, rg_to_f64(mem_slots(vs->items)[k]));
  }
  mem_send(&l);
  return RG_UNDEFINED;
}
CODE(executor_code) {
  (void)self;
  stir(cx);
  mem_log("executor");
  rg_val nine = rg_num(9);
  (void)rg_call(cx, ARG0, 1, &nine);
  return RG_UNDEFINED;
}
CODE(constructed_code) {
  (void)self;
  stir(cx);
  log_value("constructed ", ARG0);
  return RG_UNDEFINED;
}

static rg_val fn(rg_code_t code) { return mem_closure(&g.cx, code, RG_UNDEFINED); }

static void waiter_main(void) {
  rg_ctx_t *cx = &g.cx;
  const rg_val U = RG_UNDEFINED;
  rg_rt_heap_setup(cx, &g, g.heap, sizeof g.heap, &info);
  mem_log("main");
  rg_val env = rg_alloc_slots(cx, RG_TYPE_VALS, 2);
  mem_slots(env)[0] = rg_num(0);
  int32_t id = rg_rt_timer_start_closure(cx, mem_closure(cx, tick_code, env), 40, true);
  mem_slots(env)[1] = rg_num(id);
  (void)rg_rt_timer_start_closure(cx, fn(timeout_code), 100, false);
  stir(cx);
  rg_val p = rg_promise_then(cx, rg_rt_sleep(cx, 60), fn(slept_code), U);
  (void)rg_promise_then(cx, p, fn(then_code), U);
  (void)rg_promise_then(cx, rg_promise_resolve(cx, rg_num(1)), fn(a_code), U);
  p = rg_promise_catch(cx, rg_promise_reject(cx, rg_error_from_c(cx, RG_ERROR_ERROR, "r")), fn(caught_code));
  (void)rg_promise_finally(cx, p, fn(finally_code));
  rg_microtask_enqueue(cx, fn(micro_code));
  stir(cx);
  p = rg_promise_then(cx, rg_promise_resolve(cx, U), fn(two_code), U);
  (void)rg_promise_then(cx, p, fn(adopted_code), U);
  p = rg_promise_finally(cx, rg_promise_resolve(cx, rg_num(5)), fn(fin_code));
  (void)rg_promise_then(cx, p, fn(after_fin_code), U);
  rg_array_t *arr = rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
  rg_val arr_val = rg_ptr(arr);
  arr->items = rg_alloc_slots(cx, RG_TYPE_VALS, 3);
  arr->length = 3;
  arr->capacity = 3;
  mem_slots(arr->items)[0] = rg_num(1);
  mem_slots(arr->items)[1] = rg_promise_resolve(cx, rg_num(2));
  mem_slots(arr->items)[2] = rg_promise_then(cx, rg_rt_sleep(cx, 10), fn(three_code), U);
  stir(cx);
  (void)rg_promise_then(cx, rg_promise_all(cx, arr_val), fn(all_code), U);
  (void)rg_promise_then(cx, rg_promise_construct(cx, fn(executor_code)), fn(constructed_code), U);
  mem_log("main end");
  rg_microtasks_run(cx);
}

const rg_app_code_t rg_app_code_waiter = {waiter_main, &g, sizeof g};
