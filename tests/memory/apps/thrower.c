/* thrower.c: exceptions. Each start runs one phase (by its restart count):
 *   0: try/catch of a RangeError thrown by the runtime, a rethrow through nested trys with a
 *      finally, then an uncaught `throw new Error("boom")`            -> fault exception "Error: boom"
 *   1: an uncaught throw of a string                                   -> fault exception "plain"
 *   2: a rejected promise nobody handles                               -> "RangeError: nobody listened"
 *   3: a TypeError thrown inside a closure timer's callback           -> "TypeError: in a timer"
 *   4: an uncaught throw of an array [1, 2] (Node inspects it)         -> "[ 1, 2 ]"
 *   5: logs "thrower done" and ends. */
#include <setjmp.h>

#include "mem-support.h"
#include "rg_app.h"
#include "rg_promise.h"
#include "rg_throw.h"

typedef struct {
  rg_ctx_t cx;
  _Alignas(8) uint8_t heap[4096];
} thrower_globals_t;

static thrower_globals_t g;

static void dispatch(uint32_t id) { rg_rt_timer_fire(&g.cx, id); }
static const rg_rt_app_info_t info = {NULL, 0, NULL, 0, NULL, 0, dispatch};

static void log_error(const char *prefix, rg_val e) {
  char text[100];
  (void)rg_error_describe(&g.cx, e, text, sizeof text);
  mem_line_t l = {{0}, 0};
  mem_put(&l, prefix);
  mem_put(&l, text);
  mem_send(&l);
}

/* try { try { throw new Error("inner") } finally { log } } catch (e) { log } */
static void nested(rg_ctx_t *cx) {
  rg_try_t outer;
  rg_try_push(cx, &outer);
  if (setjmp(outer.jump) == 0) {
    rg_try_t inner;
    rg_try_push(cx, &inner);
    if (setjmp(inner.jump) == 0) {
      rg_throw(cx, rg_error_new(cx, RG_ERROR_ERROR, mem_str(cx, "inner")));
    } else {
      /* The finally block on the throw path, then the re-throw. */
      mem_log("finally ran");
      rg_throw(cx, inner.thrown);
    }
  } else {
    log_error("outer caught ", outer.thrown);
  }
}

static rg_val timer_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  (void)argc;
  (void)argv;
  mem_log("timer runs");
  rg_throw_error(cx, RG_ERROR_TYPE, "in a timer");
}

/* Caught exceptions, then an uncaught Error. */
static __attribute__((noinline)) void phase_0(rg_ctx_t *cx) {
  {
    rg_try_t t;
    rg_try_push(cx, &t);
    if (setjmp(t.jump) == 0) {
      rg_throw_error(cx, RG_ERROR_RANGE, "bad length");
    } else {
      log_error("caught ", t.thrown);
      mem_log(rg_instance_of(cx, t.thrown, &rg_shape_error) ? "is an Error" : "not an Error");
      mem_log(rg_instance_of(cx, t.thrown, &rg_shape_type_error) ? "is a TypeError" : "not a TypeError");
    }
  }
  nested(cx);
  mem_log(cx->try_top == NULL ? "no try left" : "try left over");
  rg_throw(cx, rg_error_new(cx, RG_ERROR_ERROR, mem_str(cx, "boom")));
}

/* An uncaught array: Node prints it with util.inspect. */
static __attribute__((noinline)) void phase_4(rg_ctx_t *cx) {
  rg_array_t *a = rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
  rg_val array = rg_ptr(a);
  a->items = rg_alloc_slots(cx, RG_TYPE_VALS, 2);
  a->length = 2;
  a->capacity = 2;
  mem_slots(a->items)[0] = rg_num(1);
  mem_slots(a->items)[1] = rg_num(2);
  rg_throw(cx, array);
}

static void thrower_main(void) {
  rg_ctx_t *cx = &g.cx;
  rg_rt_heap_setup(cx, &g, g.heap, sizeof g.heap, &info);
  uint32_t phase = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0) >> 8;
  mem_log_num("phase ", (double)phase);
  if (phase == 0u) {
    phase_0(cx);
  } else if (phase == 1u) {
    rg_throw(cx, mem_str(cx, "plain"));
  } else if (phase == 2u) {
    (void)rg_promise_reject(cx, rg_error_from_c(cx, RG_ERROR_RANGE, "nobody listened"));
    rg_microtasks_run(cx);
    mem_log("not reached");
  } else if (phase == 3u) {
    (void)rg_rt_timer_start_closure(cx, mem_closure(cx, timer_code, RG_UNDEFINED), 5, false);
    rg_microtasks_run(cx);
  } else if (phase == 4u) {
    phase_4(cx);
  } else {
    mem_log("thrower done");
  }
}

const rg_app_code_t rg_app_code_thrower = {thrower_main, &g, sizeof g};
