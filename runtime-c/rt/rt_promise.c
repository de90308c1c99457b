/* rt_promise.c: promises and the microtask queue (rg_promise.h), following ECMAScript's jobs.
 *
 * Runtime records are RG_TYPE_VALS objects (every slot an rg_val, small integers stored as numbers), so
 * the collector needs no extra type. The queue (cx->microtasks) is one record {head, tail, unhandled};
 * a job is {next, kind, a, b}; a promise's reaction is {next, kind, derived, h1, h2}. Each reaction
 * kind is one of the spec's built-in functions (then handlers, the resolving functions a thenable job
 * passes, finally's value thunks, Promise.all's element functions), so orderings match Node's without
 * allocating closures for them.
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "rg_alloc.h"
#include "rg_promise.h"
#include "rg_throw.h"

/* Queue record slots. */
enum { Q_HEAD, Q_TAIL, Q_UNHANDLED, Q_SLOTS };
/* Job record slots and kinds. */
enum { J_NEXT, J_KIND, J_A, J_B, J_SLOTS };
enum {
  JOB_FULFILLED = 1, /* a: reaction, b: value */
  JOB_REJECTED,      /* a: reaction, b: reason */
  JOB_THENABLE,      /* a: the promise to resolve, b: the promise it follows */
  JOB_CALL,          /* a: a function value called with no arguments (queueMicrotask) */
};
/* Reaction record slots and kinds. */
enum { R_NEXT, R_KIND, R_DERIVED, R_H1, R_H2, R_SLOTS };
enum {
  REACT_THEN = 1, /* h1 on_fulfilled, h2 on_rejected (either undefined); derived settles by the result */
  REACT_ADOPT,    /* derived follows this promise's outcome (PromiseResolveThenableJob) */
  REACT_FINALLY,  /* h1 on_finally */
  REACT_THUNK,    /* finally's continuation: on fulfilment, h2 true returns h1, h2 false throws h1 */
  REACT_ALL,      /* h1 the Promise.all record, h2 the element index */
};
/* Promise.all record slots. */
enum { ALL_VALUES, ALL_REMAINING, ALL_RESULT, ALL_SLOTS };
/* Unhandled-rejection list cell slots. */
enum { U_NEXT, U_PROMISE, U_SLOTS };

#define FLAG_HANDLED 1u
#define FLAG_RESOLVED 2u

#define CALLER() ((uint32_t)(uintptr_t)__builtin_return_address(0))

static rg_val *slots(rg_val v) { return (rg_val *)rg_to_ptr(v); }
static rg_promise_t *P(rg_val v) { return (rg_promise_t *)rg_to_ptr(v); }
static rg_val num(uint32_t n) { return rg_num((double)n); }
static uint32_t u32_of(rg_val v) { return (uint32_t)rg_to_f64(v); }

static rg_val record(rg_ctx_t *cx, uint32_t n) { return rg_alloc_slots(cx, RG_TYPE_VALS, n); }

bool rg_is_promise(rg_val v) { return rg_is_ptr(v) && rg_type_of(v) == RG_TYPE_PROMISE; }
int rg_promise_state(rg_val promise) { return (int)u32_of(P(promise)->state); }
rg_val rg_promise_result(rg_val promise) { return P(promise)->result; }

static uint32_t flags_of(rg_val p) { return u32_of(P(p)->flags); }
static void set_flag(rg_val p, uint32_t flag) { P(p)->flags = num(flags_of(p) | flag); }

rg_val rg_promise_new(rg_ctx_t *cx) {
  rg_promise_t *p = rg_alloc(cx, RG_TYPE_PROMISE, (uint32_t)sizeof(rg_promise_t));
  p->state = num(RG_PROMISE_PENDING);
  p->result = RG_UNDEFINED;
  p->reactions = RG_UNDEFINED;
  p->flags = num(0u);
  return rg_ptr(p);
}

/* ---- the queue ----------------------------------------------------------------------------------- */

static rg_val queue(rg_ctx_t *cx) {
  if (rg_is_undefined(cx->microtasks)) {
    rg_val q = record(cx, Q_SLOTS);
    cx->microtasks = q;
  }
  return cx->microtasks;
}

static void enqueue(rg_ctx_t *cx, uint32_t kind, rg_val a, rg_val b) {
  rg_val job = record(cx, J_SLOTS);
  slots(job)[J_KIND] = num(kind);
  slots(job)[J_A] = a;
  slots(job)[J_B] = b;
  rg_val *q = slots(queue(cx));
  if (rg_is_ptr(q[Q_TAIL])) {
    slots(q[Q_TAIL])[J_NEXT] = job;
  } else {
    q[Q_HEAD] = job;
  }
  q[Q_TAIL] = job;
}

void rg_microtask_enqueue(rg_ctx_t *cx, rg_val fn) { enqueue(cx, JOB_CALL, fn, RG_UNDEFINED); }

/* ---- settling ------------------------------------------------------------------------------------ */

/* TriggerPromiseReactions: one job per reaction, in the order they were added. */
static void trigger(rg_ctx_t *cx, rg_val promise, uint32_t job_kind, rg_val argument) {
  rg_val r = P(promise)->reactions;
  P(promise)->reactions = RG_UNDEFINED;
  while (rg_is_ptr(r)) {
    rg_val next = slots(r)[R_NEXT];
    slots(r)[R_NEXT] = RG_UNDEFINED;
    enqueue(cx, job_kind, r, argument);
    r = next;
  }
}

static void fulfill(rg_ctx_t *cx, rg_val promise, rg_val value) {
  P(promise)->state = num(RG_PROMISE_FULFILLED);
  P(promise)->result = value;
  trigger(cx, promise, JOB_FULFILLED, value);
}

static void reject(rg_ctx_t *cx, rg_val promise, rg_val reason) {
  P(promise)->state = num(RG_PROMISE_REJECTED);
  P(promise)->result = reason;
  if ((flags_of(promise) & FLAG_HANDLED) == 0u) {
    /* HostPromiseRejectionTracker: remembered until the queue drains. */
    rg_val cell = record(cx, U_SLOTS);
    rg_val *q = slots(queue(cx));
    slots(cell)[U_PROMISE] = promise;
    slots(cell)[U_NEXT] = q[Q_UNHANDLED];
    q[Q_UNHANDLED] = cell;
  }
  trigger(cx, promise, JOB_REJECTED, reason);
}

/* The body of a promise's resolve function, without the already-resolved check. */
static void resolve(rg_ctx_t *cx, rg_val promise, rg_val value) {
  if (value == promise) {
    reject(cx, promise, rg_error_from_c(cx, RG_ERROR_TYPE, "Chaining cycle detected for promise #<Promise>"));
  } else if (rg_is_promise(value)) {
    enqueue(cx, JOB_THENABLE, promise, value);
  } else {
    fulfill(cx, promise, value);
  }
}

void rg_promise_resolve_with(rg_ctx_t *cx, rg_val promise, rg_val value) {
  if ((flags_of(promise) & FLAG_RESOLVED) != 0u) {
    return;
  }
  set_flag(promise, FLAG_RESOLVED);
  resolve(cx, promise, value);
}

void rg_promise_reject_with(rg_ctx_t *cx, rg_val promise, rg_val reason) {
  if ((flags_of(promise) & FLAG_RESOLVED) != 0u) {
    return;
  }
  set_flag(promise, FLAG_RESOLVED);
  reject(cx, promise, reason);
}

/* PerformPromiseThen with a reaction record already made. */
static void perform_then(rg_ctx_t *cx, rg_val promise, rg_val reaction) {
  uint32_t state = u32_of(P(promise)->state);
  if (state == RG_PROMISE_PENDING) {
    if (!rg_is_ptr(P(promise)->reactions)) {
      P(promise)->reactions = reaction;
    } else {
      rg_val r = P(promise)->reactions;
      while (rg_is_ptr(slots(r)[R_NEXT])) {
        r = slots(r)[R_NEXT];
      }
      slots(r)[R_NEXT] = reaction;
    }
  } else {
    enqueue(cx, state == RG_PROMISE_FULFILLED ? JOB_FULFILLED : JOB_REJECTED, reaction, P(promise)->result);
  }
  set_flag(promise, FLAG_HANDLED);
}

static rg_val reaction(rg_ctx_t *cx, uint32_t kind, rg_val derived, rg_val h1, rg_val h2) {
  rg_val r = record(cx, R_SLOTS);
  slots(r)[R_KIND] = num(kind);
  slots(r)[R_DERIVED] = derived;
  slots(r)[R_H1] = h1;
  slots(r)[R_H2] = h2;
  return r;
}

rg_val rg_promise_then(rg_ctx_t *cx, rg_val promise, rg_val on_fulfilled, rg_val on_rejected) {
  rg_val derived = rg_promise_new(cx);
  perform_then(cx, promise, reaction(cx, REACT_THEN, derived, on_fulfilled, on_rejected));
  return derived;
}

void rg_promise_await(rg_ctx_t *cx, rg_val value, rg_val on_fulfilled, rg_val on_rejected) {
  rg_val promise = rg_promise_resolve(cx, value);
  perform_then(cx, promise, reaction(cx, REACT_THEN, RG_UNDEFINED, on_fulfilled, on_rejected));
}

rg_val rg_promise_catch(rg_ctx_t *cx, rg_val promise, rg_val on_rejected) {
  return rg_promise_then(cx, promise, RG_UNDEFINED, on_rejected);
}

rg_val rg_promise_finally(rg_ctx_t *cx, rg_val promise, rg_val on_finally) {
  if (rg_is_undefined(on_finally)) {
    return rg_promise_then(cx, promise, RG_UNDEFINED, RG_UNDEFINED);
  }
  rg_val derived = rg_promise_new(cx);
  perform_then(cx, promise, reaction(cx, REACT_FINALLY, derived, on_finally, RG_UNDEFINED));
  return derived;
}

rg_val rg_promise_resolve(rg_ctx_t *cx, rg_val value) {
  if (rg_is_promise(value)) {
    return value;
  }
  rg_val p = rg_promise_new(cx);
  rg_promise_resolve_with(cx, p, value);
  return p;
}

rg_val rg_promise_reject(rg_ctx_t *cx, rg_val reason) {
  rg_val p = rg_promise_new(cx);
  rg_promise_reject_with(cx, p, reason);
  return p;
}

/* ---- Promise.all --------------------------------------------------------------------------------- */

static rg_val new_array(rg_ctx_t *cx, uint32_t n) {
  rg_array_t *a = rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
  a->items = RG_UNDEFINED;
  if (n != 0u) {
    /* Kept in the array at once, so the next allocation cannot lose it. */
    rg_val items = rg_alloc_slots(cx, RG_TYPE_VALS, n);
    a->items = items;
  }
  a->length = n;
  a->capacity = n;
  return rg_ptr(a);
}

rg_val rg_promise_all(rg_ctx_t *cx, rg_val values) {
  const rg_array_t *input = rg_to_ptr(values);
  uint32_t n = input->length;
  rg_val result = rg_promise_new(cx);
  rg_val all = record(cx, ALL_SLOTS);
  slots(all)[ALL_RESULT] = result;
  rg_val out = new_array(cx, n);
  slots(all)[ALL_VALUES] = out;
  slots(all)[ALL_REMAINING] = num(1u);
  for (uint32_t i = 0; i < n; i++) {
    rg_val item = slots(input->items)[i];
    rg_val next = rg_promise_resolve(cx, item);
    slots(all)[ALL_REMAINING] = num(u32_of(slots(all)[ALL_REMAINING]) + 1u);
    perform_then(cx, next, reaction(cx, REACT_ALL, RG_UNDEFINED, all, num(i)));
  }
  uint32_t left = u32_of(slots(all)[ALL_REMAINING]) - 1u;
  slots(all)[ALL_REMAINING] = num(left);
  if (left == 0u) {
    rg_promise_resolve_with(cx, result, out);
  }
  return result;
}

/* ---- new Promise(executor) ----------------------------------------------------------------------- */

static rg_val resolve_fn_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  const rg_closure_t *c = rg_to_ptr(self);
  rg_promise_resolve_with(cx, c->env, rg_arg(argc, argv, 0));
  return RG_UNDEFINED;
}

static rg_val reject_fn_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  const rg_closure_t *c = rg_to_ptr(self);
  rg_promise_reject_with(cx, c->env, rg_arg(argc, argv, 0));
  return RG_UNDEFINED;
}

static rg_val closure(rg_ctx_t *cx, rg_code_t code, rg_val env) {
  rg_closure_t *c = rg_alloc(cx, RG_TYPE_CLOSURE, (uint32_t)sizeof(rg_closure_t));
  c->env = env;
  c->this_val = RG_UNDEFINED;
  c->code = code;
  c->arity = 1u;
  return rg_ptr(c);
}

/* Calls fn(argv...) and reports whether it returned (*out: its result) or threw (*out: the exception). */
static bool call_guarded(rg_ctx_t *cx, rg_val fn, uint32_t argc, const rg_val *argv, rg_val *out) {
  rg_try_t t;
  rg_try_push(cx, &t);
  if (setjmp(t.jump) == 0) {
    rg_val r = rg_call(cx, fn, argc, argv);
    rg_try_pop(cx, &t);
    *out = r;
    return true;
  }
  *out = t.thrown;
  return false;
}

rg_val rg_promise_construct(rg_ctx_t *cx, rg_val executor) {
  rg_val p = rg_promise_new(cx);
  rg_val fns[2];
  fns[0] = closure(cx, resolve_fn_code, p);
  fns[1] = closure(cx, reject_fn_code, p);
  rg_val thrown;
  if (!call_guarded(cx, executor, 2u, fns, &thrown)) {
    rg_promise_reject_with(cx, p, thrown);
  }
  return p;
}

/* ---- running jobs -------------------------------------------------------------------------------- */

/* PromiseReactionJob. */
static void run_reaction(rg_ctx_t *cx, rg_val r, bool fulfilled, rg_val argument) {
  rg_val derived = slots(r)[R_DERIVED];
  rg_val h1 = slots(r)[R_H1];
  rg_val h2 = slots(r)[R_H2];
  rg_val out;
  switch (u32_of(slots(r)[R_KIND])) {
  case REACT_THEN: {
    rg_val handler = fulfilled ? h1 : h2;
    if (rg_is_undefined(derived)) {
      /* An await: no promise depends on the handler; what it throws is uncaught. */
      (void)rg_call(cx, handler, 1u, &argument);
    } else if (rg_is_undefined(handler)) {
      (fulfilled ? rg_promise_resolve_with : rg_promise_reject_with)(cx, derived, argument);
    } else if (call_guarded(cx, handler, 1u, &argument, &out)) {
      rg_promise_resolve_with(cx, derived, out);
    } else {
      rg_promise_reject_with(cx, derived, out);
    }
    break;
  }
  case REACT_ADOPT:
    /* The resolving functions a thenable job made: fresh ones, so no already-resolved check. */
    (fulfilled ? resolve : reject)(cx, derived, argument);
    break;
  case REACT_FINALLY:
    /* thenFinally / catchFinally: call on_finally(), then Promise.resolve(its result).then(thunk). */
    if (!call_guarded(cx, h1, 0u, NULL, &out)) {
      rg_promise_reject_with(cx, derived, out);
      break;
    }
    {
      rg_val awaited = rg_promise_resolve(cx, out);
      rg_val after = rg_promise_new(cx);
      perform_then(cx, awaited, reaction(cx, REACT_THUNK, after, argument, rg_bool(fulfilled)));
      rg_promise_resolve_with(cx, derived, after);
    }
    break;
  case REACT_THUNK:
    if (!fulfilled) {
      rg_promise_reject_with(cx, derived, argument);
    } else if (rg_to_bool(h2)) {
      rg_promise_resolve_with(cx, derived, h1);
    } else {
      rg_promise_reject_with(cx, derived, h1);
    }
    break;
  case REACT_ALL: {
    rg_val all = h1;
    if (!fulfilled) {
      rg_promise_reject_with(cx, slots(all)[ALL_RESULT], argument);
      break;
    }
    const rg_array_t *values = rg_to_ptr(slots(all)[ALL_VALUES]);
    slots(values->items)[u32_of(h2)] = argument;
    uint32_t left = u32_of(slots(all)[ALL_REMAINING]) - 1u;
    slots(all)[ALL_REMAINING] = num(left);
    if (left == 0u) {
      rg_promise_resolve_with(cx, slots(all)[ALL_RESULT], slots(all)[ALL_VALUES]);
    }
    break;
  }
  default:
    break;
  }
}

static void run_job(rg_ctx_t *cx, rg_val job) {
  rg_val a = slots(job)[J_A];
  rg_val b = slots(job)[J_B];
  rg_val ignored;
  switch (u32_of(slots(job)[J_KIND])) {
  case JOB_FULFILLED:
    run_reaction(cx, a, true, b);
    break;
  case JOB_REJECTED:
    run_reaction(cx, a, false, b);
    break;
  case JOB_THENABLE:
    /* PromiseResolveThenableJob: b.then(resolve a, reject a). */
    perform_then(cx, b, reaction(cx, REACT_ADOPT, a, RG_UNDEFINED, RG_UNDEFINED));
    break;
  case JOB_CALL:
    /* queueMicrotask: an exception is uncaught (the app faults), as in Node. */
    ignored = rg_call(cx, a, 0u, NULL);
    (void)ignored;
    break;
  default:
    break;
  }
}

/* After the queue drained: a rejected promise that never got a handler ends the app like Node's
 * unhandled-rejection error. */
static void check_unhandled(rg_ctx_t *cx, uint32_t caller) {
  rg_val *q = slots(cx->microtasks);
  rg_val cell = q[Q_UNHANDLED];
  q[Q_UNHANDLED] = RG_UNDEFINED;
  /* The list is newest first; Node reports the earliest rejection first. */
  rg_val first = RG_UNDEFINED;
  for (; rg_is_ptr(cell); cell = slots(cell)[U_NEXT]) {
    rg_val p = slots(cell)[U_PROMISE];
    if ((flags_of(p) & FLAG_HANDLED) == 0u) {
      first = p;
    }
  }
  if (rg_is_ptr(first)) {
    char msg[121];
    uint32_t len = rg_error_describe(cx, P(first)->result, msg, sizeof msg);
    rg_rt_fault_with(RG_FAULT_EXCEPTION, msg, len, caller);
  }
}

/* Runs every queued job. Its own frame lies on stack that rg_microtasks_run has just cleared. */
static __attribute__((noinline)) void drain_jobs(rg_ctx_t *cx) {
  for (;;) {
    rg_val *q = slots(cx->microtasks);
    rg_val job = q[Q_HEAD];
    if (!rg_is_ptr(job)) {
      break;
    }
    /* Each job starts on a clean stack: what earlier jobs left below this frame would otherwise be
     * read as roots from the uninitialised slots of this job's frames (docs/MEMORY.md, Roots). */
    rg_heap_clear_stack(cx->heap);
    q[Q_HEAD] = slots(job)[J_NEXT];
    /* Unlinked at once: a stale copy of this job's address on the stack (found by the conservative
     * scan) must not keep every job queued after it, and what they reach, alive. */
    slots(job)[J_NEXT] = RG_UNDEFINED;
    if (!rg_is_ptr(q[Q_HEAD])) {
      q[Q_TAIL] = RG_UNDEFINED;
    }
    run_job(cx, job);
    slots(job)[J_A] = RG_UNDEFINED;
    slots(job)[J_B] = RG_UNDEFINED;
  }
}

__attribute__((noinline)) void rg_microtasks_run(rg_ctx_t *cx) {
  if (rg_is_undefined(cx->microtasks)) {
    return;
  }
  /* Called where earlier synchronous code (main's first calls, a callback's body) ran: clear what it
   * left before the loop's frame is laid over it. */
  rg_heap_clear_stack(cx->heap);
  drain_jobs(cx);
  check_unhandled(cx, CALLER());
}
