/* rg_throw.h: exceptions — throw, try/catch/finally, Error objects, and uncaught exceptions as faults.
 *
 * `throw v` is rg_throw(cx, v): a longjmp to the innermost active try record. Try records (rg_try_t) live
 * on the C stack of the function with the `try`, chained from cx->try_top. With no try active the
 * exception is uncaught: the app ends with fault class `exception` and the message as Node prints the
 * first line of an uncaught error (`Error: boom`, `TypeError: x`; a thrown string, number, boolean, null or
 * undefined as its text; any other object as util.inspect shows it, e.g. `[ 1, 2 ]`, through the
 * collections runtime's rg_inspect_line when at least 1.5 KiB of stack is left, else `[object Object]`),
 * reported with the return address of the throw as the fault's lr so the host names the TypeScript line.
 *
 * The pattern the compiler emits for `try { B } catch (e) { C }` (finally: see docs/LANGUAGE-RUNTIME.md;
 * the compiler duplicates the finally block at every exit and re-throws with rg_throw after it on the
 * throw path):
 *
 *     rg_try_t t;
 *     rg_try_push(cx, &t);
 *     if (setjmp(t.jump) == 0) {
 *       B                      // every exit out of B (return, break, continue) first calls rg_try_pop
 *       rg_try_pop(cx, &t);
 *     } else {
 *       rg_val e = t.thrown;   // the record is already popped
 *       C
 *     }
 *
 * setjmp must be the whole controlling expression, as here (C11 7.13.1.1). Locals of the function that
 * are written inside B and read in C or after it must be `volatile`.
 *
 * Error, TypeError, RangeError and SyntaxError are runtime types (RG_TYPE_ERROR...) whose payload is
 * `rg_val slots[2]`: message (slot 0, a string) and name (slot 1, a string). A user class extending one
 * of them is an app shape whose parent is the runtime shape (rg_shape_error...) and whose slots start
 * with message and name; its constructor's super(...) call is rg_error_init.
 */
#ifndef RG_THROW_H
#define RG_THROW_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "rg_val.h"

/* One active `try`. Lives on the C stack of the function that has the try; cx->try_top points to the
 * innermost. */
typedef struct rg_try {
  struct rg_try *prev; /* the enclosing try, or NULL */
  rg_val thrown;       /* the exception, set by rg_throw before it jumps here */
  jmp_buf jump;
} rg_try_t;

/* Enters a try: makes t the innermost. Follow it with `if (setjmp(t.jump) == 0)`. */
static inline void rg_try_push(rg_ctx_t *cx, rg_try_t *t) {
  t->prev = cx->try_top;
  t->thrown = RG_UNDEFINED;
  cx->try_top = t;
}

/* Leaves a try normally (end of the block, or return/break/continue out of it). */
static inline void rg_try_pop(rg_ctx_t *cx, rg_try_t *t) { cx->try_top = t->prev; }

/* throw v: jumps to the innermost try with v (popping it), or, when none is active, ends the app with
 * fault class `exception`. */
_Noreturn void rg_throw(rg_ctx_t *cx, rg_val v);

/* Which Error class rg_throw_error and rg_error_new make. */
enum {
  RG_ERROR_ERROR = 0,  /* Error */
  RG_ERROR_TYPE = 1,   /* TypeError */
  RG_ERROR_RANGE = 2,  /* RangeError */
  RG_ERROR_SYNTAX = 3, /* SyntaxError */
};

/* Throws a new Error of `kind` (RG_ERROR_*) with `message` (ASCII/UTF-8 C text, NUL-terminated), as
 * runtime functions do where JavaScript throws (e.g. RangeError for "x".repeat(-1)). */
_Noreturn void rg_throw_error(rg_ctx_t *cx, uint32_t kind, const char *message);

/* A new Error of `kind` with a message from C text (UTF-8, NUL-terminated), not thrown. */
rg_val rg_error_from_c(rg_ctx_t *cx, uint32_t kind, const char *message);

/* new Error(message) / new TypeError(...) ...: message is a string value or undefined (then the message
 * is ""). */
rg_val rg_error_new(rg_ctx_t *cx, uint32_t kind, rg_val message);

/* super(message) in the constructor of a user class extending Error (or TypeError...): sets slot 0
 * (message) and slot 1 (name: "Error", "TypeError"... as the base class's; the user's constructor may
 * assign this.name afterwards). self is the new instance (an app shape with at least 2 slots). */
void rg_error_init(rg_ctx_t *cx, rg_val self, uint32_t kind, rg_val message);

/* Property ids the compiler gives "message" and "name" in every app (numbered before all others), so
 * the runtime's Error shapes can list their slots by property id. */
#define RG_KEY_MESSAGE 0u
#define RG_KEY_NAME 1u

/* Slot indexes of message and name in an Error object (and in every subclass instance). */
#define RG_ERROR_SLOT_MESSAGE 0u
#define RG_ERROR_SLOT_NAME 1u

/* The runtime's Error shapes: the parents of user Error subclasses' shapes. rg_shape_error has no
 * parent; the others have rg_shape_error. All carry RG_SHAPE_ERROR. */
extern const rg_shape_t rg_shape_error;
extern const rg_shape_t rg_shape_type_error;
extern const rg_shape_t rg_shape_range_error;
extern const rg_shape_t rg_shape_syntax_error;

/* The shape of objects of type `type`: a runtime Error type's shape, cx->shapes[type -
 * RG_TYPE_FIRST_APP] for app types, NULL for other runtime types (strings, arrays...). No allocation. */
const rg_shape_t *rg_shape_of_type(const rg_ctx_t *cx, uint32_t type);

/* v instanceof <class of shape>: v is an object whose shape is `shape` or derives from it. No
 * allocation, never throws. */
bool rg_instance_of(const rg_ctx_t *cx, rg_val v, const rg_shape_t *shape);

/* True when v is an Error or an instance of a subclass (its shape chain has RG_SHAPE_ERROR). */
bool rg_is_error(const rg_ctx_t *cx, rg_val v);

/* Writes the text Node prints for v as an uncaught exception (`Error: boom`; `Error` when the message is
 * empty; ToString for a thrown non-Error) to out as UTF-8, at most cap - 1 bytes plus a NUL; returns the
 * length. Objects other than errors give "[object Object]". No allocation, so it also works when the heap
 * is exhausted. */
uint32_t rg_error_describe(const rg_ctx_t *cx, rg_val v, char *out, uint32_t cap);

/* Ends the app with fault class `fault_class` (RG_FAULT_EXCEPTION, RG_FAULT_OUT_OF_MEMORY, RG_FAULT_PANIC)
 * and a message of len bytes; `caller` is the app address reported as the fault's lr (0 if unknown).
 * Wraps the `fault` syscall. */
_Noreturn void rg_rt_fault_with(uint32_t fault_class, const char *msg, uint32_t len, uint32_t caller);

/* The app's call site for a fault raised inside the runtime: `caller` when it already returns into the
 * apps' code, else the nearest return address into the apps' code on the app's stack above this call (the
 * call the app made into the runtime), else `caller`. rg_rt_fault_with applies it (rt_fault_site.c). */
uint32_t rg_rt_fault_site(uint32_t caller);

#endif /* RG_THROW_H */
