/* rg_alloc.h: the app's heap as compiled code sees it — setup, allocation, out-of-memory.
 *
 * Every heap value of a compiled app (strings, arrays, objects, closures, promises...) comes from
 * rg_alloc, which allocates from the app's own garbage-collected heap (rg_heap.h, docs/MEMORY.md). The
 * heap memory is an array inside the app's globals struct, sized from app.json `heapBytes`, and the
 * generated `main` calls rg_rt_heap_setup before anything else. Running out of memory after a full
 * collection ends the app with fault class `out-of-memory`; the kernel restarts it per its policy with a
 * zeroed globals struct (so a fresh heap), and nothing else is affected.
 *
 * What the collector follows: every word of a heap object that the type table marks as a field is an
 * rg_val, a pointer iff its tag is RG_TAG_PTR (rg_val.h). The runtime's own types (ids below
 * RG_TYPE_FIRST_APP) are described by the runtime; every app type (class instance, object literal,
 * from RG_TYPE_FIRST_APP up) is `rg_val slots[]` and needs no description. Roots are the rg_val fields
 * of the globals struct (offsets emitted by the compiler), the runtime's fields of rg_ctx_t, and,
 * conservatively, the app's stack (its bounds come from the kernel).
 */
#ifndef RG_ALLOC_H
#define RG_ALLOC_H

#include <stdint.h>

#include "rg_heap.h"
#include "rg_val.h"

/* What the compiler emits once per app (a `static const`), describing its types and roots. */
typedef struct {
  /* Shape of each app type: shapes[i] is type RG_TYPE_FIRST_APP + i (cx->shapes). Every app type's
   * payload is rg_val slots[] (its byte size is 8 * slot count). */
  const rg_shape_t *const *shapes;
  uint32_t shape_count;
  /* Property names by property id (cx->keys). Ids RG_KEY_MESSAGE and RG_KEY_NAME (rg_throw.h) are
   * "message" and "name" in every app, so the runtime's Error shapes can name their slots. */
  const rg_str_t *const *keys;
  uint32_t key_count;
  /* Byte offsets, inside the globals struct, of every rg_val field that can hold a heap value (the
   * precise roots). The rg_ctx_t's own fields must not be listed: the runtime adds them itself. */
  const uint16_t *roots;
  uint32_t root_count;
  /* The app's timer dispatcher: a function the compiler emits as
   *     static void dispatch(uint32_t id) { rg_rt_timer_fire(&globals.cx, id); }
   * The kernel calls it with the timer id when a closure timer or a sleep() is due (rg_promise.h). NULL
   * when the app starts no closure timers and never sleeps. */
  void (*timer_dispatch)(uint32_t timer_id);
} rg_rt_app_info_t;

/* Sets up the app's heap in heap_mem[0..heap_bytes) and fills *cx (heap, shapes, keys, empty try chain,
 * microtask queue and timer table). Call first in `main`, with cx and heap_mem inside the globals struct
 * at `globals`. Asks the kernel for the app's stack bounds (for the conservative stack scan).
 * A heap too small to hold the collector's state plus a few objects ends the app with fault class
 * `out-of-memory` (the message says so); a heap_bytes of at least 1 KiB always works. */
void rg_rt_heap_setup(rg_ctx_t *cx, void *globals, void *heap_mem, uint32_t heap_bytes,
                      const rg_rt_app_info_t *info);

/* The same for host test programs that run without a kernel: the stack bounds are given, and running out
 * of memory calls `oom(cx, bytes)` first. `oom` should not return (a harness exits or longjmps); if it
 * does, rg_alloc goes on to the fault syscall as in firmware (so a harness links some rg_syscall). */
void rg_rt_heap_setup_hosted(rg_ctx_t *cx, void *globals, void *heap_mem, uint32_t heap_bytes,
                             const rg_rt_app_info_t *info, const void *stack_lo, const void *stack_hi,
                             rg_heap_oom_fn oom);

/* Allocates a zeroed object of type `type` (a runtime RG_TYPE_* or an app shape's type id) with at least
 * `bytes` payload bytes, 8-byte aligned. Never returns NULL: when even a full collection cannot make room
 * the app ends with fault class `out-of-memory`. The object's header carries the type (rg_type_of). */
void *rg_alloc(rg_ctx_t *cx, uint32_t type, uint32_t bytes);

/* Allocates an app object of shape type `type` with `slots` rg_val slots, each RG_UNDEFINED, and returns
 * it as a value. For class instances and object literals. */
rg_val rg_alloc_slots(rg_ctx_t *cx, uint32_t type, uint32_t slots);

/* Usable payload bytes of a heap object (at least what was asked for). Static objects (granules 0 in
 * their header) report 0. No cx: neither allocates nor throws. */
uint32_t rg_alloc_capacity(const void *payload);

/* Runs a full collection now (tests, and apps that want a quiet heap before a time-critical phase). */
void rg_gc_collect(rg_ctx_t *cx);

/* Heap counters (rg_heap.h), for tests and diagnostics. */
void rg_gc_stats(const rg_ctx_t *cx, rg_heap_stats_t *out);

/* How the runtime's own types are laid out for the collector (indexed by RG_TYPE_*, up to
 * RG_TYPE_FIRST_APP). Exported for host tests that drive rg_heap directly with the same types. */
extern const rg_heap_type_t rg_rt_heap_types[RG_TYPE_FIRST_APP];

#endif /* RG_ALLOC_H */
