/* rg_heap.h: an app's garbage-collected heap (mark-sweep, precise heap and globals, conservative stack).
 *
 * Each app owns one heap inside its own RAM block: the collector's state (rg_heap_t), an object-start
 * bitmap and the arena of objects all live in the memory given to rg_heap_init. The module has no
 * globals and uses no libc beyond memset/memcpy, so it runs as app code, unprivileged, on the app's
 * stack. The design (object header, type tables, roots, allocation, out-of-memory) is docs/MEMORY.md.
 * Not reentrant: one heap is used from one context at a time.
 *
 * Every field the collector follows (type table offsets, slot tails, roots) is an rg_val (rg_val.h): a
 * pointer iff its tag is RG_TAG_PTR, its payload then the object's payload address. Numbers and specials
 * are skipped; pointers outside the arena (static objects in flash) are ignored. The conservative stack
 * scan accepts raw payload addresses and tagged rg_val words alike.
 */
#ifndef RG_HEAP_H
#define RG_HEAP_H

#include <stdint.h>

#include "rg_abi.h"
#include "rg_val.h"

/* Entries of the explicit mark stack inside rg_heap_t (pointer-sized each). Deeper graphs do not fail:
 * an overflow costs an extra pass over the heap. 64 keeps rg_heap_t at 440 bytes on Cortex-M3. */
#ifndef RG_HEAP_MARK_STACK
#define RG_HEAP_MARK_STACK 64
#endif

/* rg_heap_clear_stack zeroes this many bytes below the deepest stack address seen while allocating (the
 * allocator's own callees and the app's non-allocating calls reach a little deeper than that). */
#ifndef RG_HEAP_CLEAR_MARGIN
#define RG_HEAP_CLEAR_MARGIN 512u
#endif

/* Bytes per granule: the unit of block sizes and the alignment of every payload. */
#define RG_HEAP_GRANULE 8u

/* Blocks of 1..RG_HEAP_SMALL_CLASSES granules have exact-size free lists; larger ones share one list. */
#define RG_HEAP_SMALL_CLASSES 16u

/* Highest type id (11-bit field in the header; type 0 is reserved for free blocks). */
#define RG_HEAP_MAX_TYPE 2047u

/* rg_heap_type_t.slots_from value for types without a pointer tail. */
#define RG_HEAP_NO_SLOTS 0xFFFFu

/* rg_heap_type_t.flags: scan every word of the payload as a possible pointer (untagged unions). */
#define RG_HEAP_TYPE_CONSERVATIVE 0x0001u

/* How the collector finds the values inside objects of one type (const tables). */
typedef struct {
  const uint16_t *ptrs;  /* byte offsets in the payload of rg_val fields (8-byte aligned) */
  uint16_t ptr_count;    /* entries in ptrs */
  uint16_t slots_from;   /* byte offset from which every 8-byte word up to the block's end is an rg_val
                          * (arrays, environments, instances); RG_HEAP_NO_SLOTS for none */
  uint16_t flags;        /* RG_HEAP_TYPE_* */
} rg_heap_type_t;

/* Called when an allocation cannot be met even after a full collection. In firmware it ends the app
 * with fault class `out-of-memory` and does not return; if it returns, rg_heap_alloc returns NULL.
 * bytes: the payload size that was asked for. */
typedef void (*rg_heap_oom_fn)(void *ctx, uint32_t bytes);

/* Everything the heap needs to know about its app; copied into rg_heap_t by rg_heap_init. */
typedef struct {
  const rg_heap_type_t *types;  /* indexed by type id; entry 0 is unused (free blocks) */
  uint32_t type_count;          /* entries in types */
  uint32_t slot_types;          /* type ids type_count .. type_count + slot_types - 1 are also valid: their
                                 * payload is all rg_val slots (class instances, object literals); the
                                 * total stays at most RG_HEAP_MAX_TYPE + 1 */
  void *globals;                /* the app's globals struct (may be NULL when global_ptr_count is 0) */
  const uint16_t *global_ptrs;  /* byte offsets of the rg_val fields of *globals (precise roots) */
  uint32_t global_ptr_count;
  const rg_val *extra_roots;    /* more precise roots: extra_root_count consecutive rg_vals (the runtime's
                                 * fields of rg_ctx_t); may be NULL when the count is 0 */
  uint32_t extra_root_count;
  const void *stack_lo;         /* lowest address of the app's stack */
  const void *stack_hi;         /* one past its highest address (the initial stack pointer) */
  rg_heap_oom_fn oom;           /* may be NULL: rg_heap_alloc then just returns NULL */
  void *oom_ctx;                /* passed to oom */
} rg_heap_config_t;

/* The collector's state; lives at the start of the memory given to rg_heap_init. Opaque: use the
 * functions below. */
typedef struct rg_heap rg_heap_t;

/* Counters and sizes (rg_heap_stats). Byte counts include headers and rounding. */
typedef struct {
  uint32_t arena_bytes;      /* size of the arena (heap memory minus rg_heap_t and bitmap) */
  uint32_t used_bytes;       /* bytes in allocated blocks now (live or not yet collected) */
  uint32_t live_bytes;       /* bytes in blocks that survived the last collection */
  uint32_t live_objects;     /* blocks that survived the last collection */
  uint32_t free_bytes;       /* arena_bytes - used_bytes */
  uint32_t largest_free;     /* largest single block that could be allocated now (payload bytes) */
  uint32_t collections;      /* collections since rg_heap_init */
  uint32_t allocations;      /* successful rg_heap_alloc calls since rg_heap_init */
  uint32_t mark_overflows;   /* extra heap passes caused by a full mark stack */
  uint32_t bad_pointers;     /* precise fields/roots that held something other than NULL or a payload */
  uint32_t poison_errors;    /* RG_HEAP_DEBUG: free blocks found written to after they were freed */
  uint32_t stack_clears;     /* rg_heap_clear_stack calls that zeroed part of the stack */
} rg_heap_stats_t;

/* Heap memory needed for an arena of about `arena_bytes` (state + bitmap + arena), for sizing. */
uint32_t rg_heap_overhead_bytes(uint32_t arena_bytes);

/* Sets up a heap in mem[0..bytes) and stores its handle (== mem rounded up) in *out.
 * mem: 8-byte aligned is best (anything else loses up to 7 bytes). The memory need not be zeroed.
 * Returns 0, or RG_ERR_INVALID (NULL arguments, stack bounds reversed, too many types, or bytes too
 * small for the state plus a few granules). */
int rg_heap_init(void *mem, uint32_t bytes, const rg_heap_config_t *config, rg_heap_t **out);

/* Allocates a zeroed object of type `type` (1..type_count+slot_types-1) with at least `bytes` payload
 * bytes (0 allowed) and returns its payload, 8-byte aligned. May collect first. On exhaustion calls the
 * oom hook; returns NULL if the hook returns or for an invalid type. rg_val fields written into the
 * object must hold non-pointers or pointers to payloads of this heap (or outside the arena: ignored).
 * Zero bits read as the number +0, so a fresh object holds no pointers. */
void *rg_heap_alloc(rg_heap_t *heap, uint32_t type, uint32_t bytes);

/* Grows object obj (a payload from rg_heap_alloc) in place to at least `bytes` payload bytes when the
 * memory right after it is free (the bump region, or a free block big enough); the new bytes are zeroed.
 * Returns 1 when obj now has that capacity, 0 when it could not grow (the caller then allocates anew and
 * copies). Never collects, so no pointer moves. Growable stores (array items) use it so that growing an
 * array does not leave each smaller store behind as garbage (docs/MEMORY.md, Allocation). */
int rg_heap_grow(rg_heap_t *heap, void *obj, uint32_t bytes);

/* Zeroes the dead part of the app's stack below the caller (down to a little below the deepest point an
 * allocation was made from since the last call). Call it where the stack is shallow and about to be
 * reused by unrelated work (before each microtask job or timer callback): words that earlier calls left
 * there would otherwise sit in the uninitialised slots of later frames, where the conservative stack scan
 * takes them for roots and keeps those calls' garbage alive. Does nothing when called on another stack. */
void rg_heap_clear_stack(rg_heap_t *heap);

/* Runs a full collection now. Returns 0, or RG_ERR_INVALID for a NULL heap. */
int rg_heap_collect(rg_heap_t *heap);

/* The lowest address of the app's stack as given to rg_heap_init (for callers that check how much stack
 * is left before a deep operation). */
const void *rg_heap_stack_lo(const rg_heap_t *heap);

/* Type id of an object (a payload pointer from rg_heap_alloc). */
uint32_t rg_heap_type_of(const void *obj);

/* Usable payload bytes of an object (its request rounded up: 8 * granules - 4). */
uint32_t rg_heap_capacity_of(const void *obj);

/* Fills *out. Walks the free lists to find largest_free (cheap: called by tests and diagnostics). */
void rg_heap_stats(const rg_heap_t *heap, rg_heap_stats_t *out);

/* Walks the whole heap and checks its invariants: blocks tile the arena, every header's type is valid,
 * no mark bit is set, the start bitmap matches the blocks, every free-list entry is a free block of the
 * list's size class and every free block is on exactly one list. Returns 0 or RG_ERR_CORRUPT. */
int rg_heap_check(const rg_heap_t *heap);

#endif /* RG_HEAP_H */
