/* rg_promise.h: promises, the microtask queue, closure timers and sleep() — the app's event loop.
 *
 * The event loop runs on the kernel's scheduler: the kernel calls into the app for main and for each due
 * timer, and after each of them the app drains its microtask queue (promise reactions), in JavaScript's
 * order. Generated code calls rg_microtasks_run at the end of main and of every plain-function timer
 * callback; rg_rt_timer_fire (closure timers, sleep) drains by itself.
 *
 * Promise reactions follow ECMAScript's jobs exactly (PromiseReactionJob, PromiseResolveThenableJob), so
 * output interleavings match Node: resolving a promise with another promise takes the same extra ticks,
 * `finally` calls its callback then passes the original outcome through, and Promise.all settles after
 * the same number of ticks. A rejected promise that still has no handler when the queue has drained is
 * an unhandled rejection: the app ends with fault class `exception` and the reason's text, as Node ends
 * the process.
 *
 * Handlers are function values (closures, rg_val.h's uniform convention): a handler receives one
 * argument (the value or the reason). RG_UNDEFINED as a handler means "none" (pass the outcome on).
 */
#ifndef RG_PROMISE_H
#define RG_PROMISE_H

#include <stdbool.h>
#include <stdint.h>

#include "rg_val.h"

/* A promise's payload (type RG_TYPE_PROMISE). Every field is an rg_val, so the collector follows them
 * all. Use the functions below rather than the fields. */
typedef struct {
  rg_val state;     /* number: RG_PROMISE_PENDING, _FULFILLED or _REJECTED */
  rg_val result;    /* the value or the reason once settled */
  rg_val reactions; /* pending: first reaction record (a list), else undefined */
  rg_val flags;     /* number: bit 0 handled (a reaction was ever attached), bit 1 resolved (locked in) */
} rg_promise_t;

#define RG_PROMISE_PENDING 0
#define RG_PROMISE_FULFILLED 1
#define RG_PROMISE_REJECTED 2

/* --- creating and settling ----------------------------------------------------------------------- */

/* A new pending promise (new Promise without an executor: the caller settles it with the two below). */
rg_val rg_promise_new(rg_ctx_t *cx);

/* The promise's resolve function: a promise (or the same promise: TypeError) adopts that promise's
 * outcome (later, as a job); anything else fulfils. Ignored once the promise is resolved. */
void rg_promise_resolve_with(rg_ctx_t *cx, rg_val promise, rg_val value);

/* The promise's reject function. Ignored once the promise is resolved. */
void rg_promise_reject_with(rg_ctx_t *cx, rg_val promise, rg_val reason);

/* new Promise((resolve, reject) => ...): calls executor(resolve, reject) at once with two function
 * values (closures) bound to the new promise; a throw from the executor rejects it. */
rg_val rg_promise_construct(rg_ctx_t *cx, rg_val executor);

/* State (RG_PROMISE_*) and result of a promise, for the async transform and tests. */
int rg_promise_state(rg_val promise);
rg_val rg_promise_result(rg_val promise);

/* True when v is a promise. */
bool rg_is_promise(rg_val v);

/* --- Promise statics ----------------------------------------------------------------------------- */

/* Promise.resolve(v): v itself when it is a promise, else a promise fulfilled with v. */
rg_val rg_promise_resolve(rg_ctx_t *cx, rg_val value);
/* Promise.reject(r): a promise rejected with r. */
rg_val rg_promise_reject(rg_ctx_t *cx, rg_val reason);
/* Promise.all(values): values is an array (rg_array_t) of promises and plain values; the result fulfils
 * with an array of their values in order, or rejects with the first rejection. */
rg_val rg_promise_all(rg_ctx_t *cx, rg_val values);

/* --- Promise methods ----------------------------------------------------------------------------- */

/* p.then(on_fulfilled, on_rejected): either may be RG_UNDEFINED. Returns the derived promise. */
rg_val rg_promise_then(rg_ctx_t *cx, rg_val promise, rg_val on_fulfilled, rg_val on_rejected);
/* p.catch(on_rejected) = p.then(undefined, on_rejected). */
rg_val rg_promise_catch(rg_ctx_t *cx, rg_val promise, rg_val on_rejected);
/* p.finally(on_finally): calls on_finally() (no argument) on either outcome, then passes the original
 * outcome on (unless on_finally throws or returns a rejected promise). */
rg_val rg_promise_finally(rg_ctx_t *cx, rg_val promise, rg_val on_finally);

/* `await value` in an async function's state machine: PerformPromiseThen(PromiseResolve(value),
 * on_fulfilled, on_rejected) with no derived promise, exactly ECMAScript's Await (so an await of a settled
 * promise resumes one job later, as in Node). Both handlers are function values and must be given; what
 * they return is ignored and what they throw is uncaught (the state machine catches its own exceptions
 * and rejects the async function's promise instead). */
void rg_promise_await(rg_ctx_t *cx, rg_val value, rg_val on_fulfilled, rg_val on_rejected);

/* --- the microtask queue ------------------------------------------------------------------------- */

/* Runs queued jobs until the queue is empty (jobs queued meanwhile included), then ends the app with
 * fault class `exception` if a rejected promise is still unhandled. */
void rg_microtasks_run(rg_ctx_t *cx);

/* queueMicrotask(fn): queues a call of fn() with no arguments. */
void rg_microtask_enqueue(rg_ctx_t *cx, rg_val fn);

/* --- timers whose callbacks are closures, and sleep ---------------------------------------------- */

/* setTimeout(fn, ms) / setInterval(fn, ms) with a function value: starts a kernel timer that calls the
 * app's dispatcher (rg_rt_app_info_t.timer_dispatch) with its id, and remembers fn under that id. The
 * delay is clamped as Node does (below 1 or not a number: 1; fractions dropped). Returns the timer id
 * (> 0). Ends the app with class `panic` when the kernel has no timer left. */
int32_t rg_rt_timer_start_closure(rg_ctx_t *cx, rg_val fn, double delay_ms, bool repeat);

/* clearTimeout / clearInterval for any timer id (closure, sleep or plain-function timer): cancels it in
 * the kernel and forgets its closure. Unknown ids are ignored. */
void rg_rt_timer_clear(rg_ctx_t *cx, int32_t id);

/* What the app's dispatcher calls: runs the closure of timer `id` (or resolves its sleep promise), forgets
 * it when it was a one-shot, then drains the microtask queue. Unknown ids are ignored. */
void rg_rt_timer_fire(rg_ctx_t *cx, uint32_t id);

/* sleep(ms) from the regen module: a promise fulfilled with undefined after ms (clamped as setTimeout). */
rg_val rg_rt_sleep(rg_ctx_t *cx, double ms);

/* Number of timers the app has pending with closures or sleeps (tests). */
uint32_t rg_rt_timer_pending(const rg_ctx_t *cx);

#endif /* RG_PROMISE_H */
