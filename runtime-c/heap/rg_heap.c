/* rg_heap.c: mark-sweep collector and segregated-free-list allocator for one app's heap.
 *
 * Implements rg_heap.h; the design is docs/MEMORY.md. All state is in rg_heap_t at the start of the
 * caller's memory (no globals), followed by the object-start bitmap and the arena. Blocks are whole
 * 8-byte granules; each has a 4-byte header right before its 8-byte aligned payload. Internally blocks
 * are named by granule index (uint32_t), which keeps free-list links and the mark stack 4 bytes wide on
 * every host. Fields and roots are rg_vals (rg_val.h): only RG_TAG_PTR words are followed. With
 * RG_HEAP_DEBUG, freed payloads are filled with a pattern that is checked when the block is reused; under
 * AddressSanitizer free payloads are also poisoned.
 */
#include "rg_heap.h"

#include <stddef.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define RG_HEAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RG_HEAP_ASAN 1
#endif
#endif

#ifdef RG_HEAP_ASAN
#include <sanitizer/asan_interface.h>
/* The stack scan reads whole words of other functions' frames, redzones included, on purpose. */
#define RG_HEAP_NO_ASAN __attribute__((no_sanitize_address))
#else
#define RG_HEAP_NO_ASAN
#endif

#if defined(__GNUC__)
#define RG_HEAP_NOINLINE __attribute__((noinline))
#else
#define RG_HEAP_NOINLINE
#endif

#define NONE UINT32_MAX
_Static_assert(RG_HEAP_SMALL_CLASSES < 32u, "small_lists has one bit per small class");
#define HDR_MARK 1u
#define HDR(type, granules) (((uint32_t)(type) << 1) | ((uint32_t)(granules) << 12))
#define HDR_TYPE(w) (((w) >> 1) & 0x7FFu)
#define HDR_GRANULES(w) ((w) >> 12)
/* Largest block the 20-bit size field can describe. */
#define MAX_GRANULES 0xFFFFFu
/* Byte written over free payloads in debug builds (and expected back before reuse). */
#define POISON_BYTE 0xDBu

struct rg_heap {
  uint8_t *arena;      /* header of block 0; arena % 8 == 4 so payloads are 8-byte aligned */
  uint32_t granules;   /* capacity of the arena */
  uint32_t top;        /* blocks tile [0, top); [top, granules) is the bump region */
  uint32_t *starts;    /* bitmap: bit i set when a block (object or free) starts at granule i */
  /* Free lists, heads stored as index + 1 (0 = empty): [n] holds blocks of exactly n granules for
   * n <= RG_HEAP_SMALL_CLASSES, [0] holds all larger ones. */
  uint32_t free_head[RG_HEAP_SMALL_CLASSES + 1u];
  uint32_t small_lists; /* bit n set while free_head[n] (1 <= n <= RG_HEAP_SMALL_CLASSES) is not empty */
  const rg_heap_type_t *types;
  uint32_t type_count;  /* described types */
  uint32_t type_limit;  /* one past the highest valid type id (slot types included) */
  uint8_t *globals;
  const uint16_t *global_ptrs;
  uint32_t global_ptr_count;
  const rg_val *extra_roots;
  uint32_t extra_root_count;
  uintptr_t stack_lo;
  uintptr_t stack_hi;
  rg_heap_oom_fn oom;
  void *oom_ctx;
  uint32_t used_granules;
  uint32_t live_granules;
  uint32_t live_objects;
  uint32_t collections;
  uint32_t allocations;
  uint32_t mark_overflows;
  uint32_t bad_pointers;
  uint32_t poison_errors;
  uint32_t overflowed;  /* set when a marked object could not be pushed during this pass */
  uintptr_t dirty_lo;   /* lowest stack address seen in rg_heap_alloc since the last rg_heap_clear_stack */
  uint32_t stack_clears; /* rg_heap_clear_stack calls that zeroed something */
  uint32_t mark_sp;
  uint32_t mark_stack[RG_HEAP_MARK_STACK];
};

static uint32_t *header_at(const rg_heap_t *h, uint32_t i) {
  return (uint32_t *)(void *)(h->arena + (size_t)i * RG_HEAP_GRANULE);
}

static uint8_t *payload_at(const rg_heap_t *h, uint32_t i) {
  return h->arena + (size_t)i * RG_HEAP_GRANULE + 4u;
}

static uint32_t *link_at(const rg_heap_t *h, uint32_t i) {
  return (uint32_t *)(void *)payload_at(h, i);
}

static void set_start(rg_heap_t *h, uint32_t i) { h->starts[i >> 5] |= 1u << (i & 31u); }
static void clear_start(rg_heap_t *h, uint32_t i) { h->starts[i >> 5] &= ~(1u << (i & 31u)); }
static int is_start(const rg_heap_t *h, uint32_t i) { return (h->starts[i >> 5] >> (i & 31u)) & 1u; }

/* ---- poisoning (debug pattern and ASan) ---------------------------------------------------------- */

/* ASan tracks 8-byte granules and can only mark a prefix of one addressable. Headers sit at 4 mod 8,
 * so only the whole granules strictly after a free block's link word are poisoned, and unpoisoning
 * covers every granule the block touches (making a neighbour's header addressable is harmless). */
static void unpoison(rg_heap_t *h, uint32_t i, uint32_t n) {
#ifdef RG_HEAP_ASAN
  ASAN_UNPOISON_MEMORY_REGION(payload_at(h, i) - 8u, (size_t)(n + 1u) * RG_HEAP_GRANULE);
#else
  (void)h;
  (void)i;
  (void)n;
#endif
}

static void poison_free(rg_heap_t *h, uint32_t i, uint32_t n) {
  unpoison(h, i, n); /* merged runs include blocks poisoned before */
#ifdef RG_HEAP_DEBUG
  memset(payload_at(h, i) + 4u, POISON_BYTE, (size_t)n * RG_HEAP_GRANULE - 8u);
#endif
#ifdef RG_HEAP_ASAN
  if (n > 2u) {
    ASAN_POISON_MEMORY_REGION(payload_at(h, i) + 8u, (size_t)(n - 2u) * RG_HEAP_GRANULE);
  }
#else
  (void)h;
  (void)i;
  (void)n;
#endif
}

/* Checks the debug pattern of the first n granules of a free block (a write after free shows here). */
static void check_poison(rg_heap_t *h, uint32_t i, uint32_t n) {
#ifdef RG_HEAP_DEBUG
  const uint8_t *p = payload_at(h, i) + 4u;
  size_t len = (size_t)n * RG_HEAP_GRANULE - 8u;
  for (size_t k = 0; k < len; k++) {
    if (p[k] != POISON_BYTE) {
      h->poison_errors++;
      return;
    }
  }
#else
  (void)h;
  (void)i;
  (void)n;
#endif
}

/* ---- free lists ---------------------------------------------------------------------------------- */

static uint32_t list_for(uint32_t n) { return n <= RG_HEAP_SMALL_CLASSES ? n : 0u; }

/* Makes [i, i+n) one free block on its list. The payload pattern is written by the caller's poison. */
static void push_free(rg_heap_t *h, uint32_t i, uint32_t n) {
  uint32_t list = list_for(n);
  *header_at(h, i) = HDR(0u, n);
  set_start(h, i);
  *link_at(h, i) = h->free_head[list];
  h->free_head[list] = i + 1u;
  h->small_lists |= (1u << list) & ~1u;
}

static uint32_t pop_free(rg_heap_t *h, uint32_t list) {
  uint32_t head = h->free_head[list];
  if (head == 0u) {
    return NONE;
  }
  h->free_head[list] = *link_at(h, head - 1u);
  if (h->free_head[list] == 0u) {
    h->small_lists &= ~(1u << list);
  }
  return head - 1u;
}

/* First block of at least n granules on the large list, unlinked. */
static uint32_t take_large(rg_heap_t *h, uint32_t n) {
  uint32_t *prev = &h->free_head[0];
  while (*prev != 0u) {
    uint32_t j = *prev - 1u;
    if (HDR_GRANULES(*header_at(h, j)) >= n) {
      *prev = *link_at(h, j);
      return j;
    }
    prev = link_at(h, j);
  }
  return NONE;
}

/* Hands out the first n granules of free block i (c granules) and lists the remainder. */
static uint32_t split(rg_heap_t *h, uint32_t i, uint32_t c, uint32_t n) {
  unpoison(h, i, c);
  check_poison(h, i, n);
  if (c > n) {
    push_free(h, i + n, c - n);
    poison_free(h, i + n, c - n);
  }
  return i;
}

/* A block of exactly n granules from free memory, or NONE. Exact list, bump region, then a split of the
 * smallest larger small class, then first fit among large blocks. */
static uint32_t take(rg_heap_t *h, uint32_t n) {
  uint32_t i;
  if (n <= RG_HEAP_SMALL_CLASSES) {
    i = pop_free(h, n);
    if (i != NONE) {
      return split(h, i, n, n);
    }
  }
  if (n <= h->granules - h->top) {
    i = h->top;
    h->top += n;
    unpoison(h, i, n);
    set_start(h, i);
    return i;
  }
  /* The smallest non-empty small class above n: one bit scan instead of a walk over the lists. */
  uint32_t above = n < RG_HEAP_SMALL_CLASSES ? h->small_lists & ~((2u << n) - 1u) : 0u;
  if (above != 0u) {
    uint32_t c = (uint32_t)__builtin_ctz(above);
    return split(h, pop_free(h, c), c, n);
  }
  i = take_large(h, n);
  if (i != NONE) {
    return split(h, i, HDR_GRANULES(*header_at(h, i)), n);
  }
  return NONE;
}

/* ---- marking ------------------------------------------------------------------------------------- */

/* Every type id past the described ones: an object of rg_val slots. */
static const rg_heap_type_t slot_type = {NULL, 0u, 0u, 0u};

static const rg_heap_type_t *type_info(const rg_heap_t *h, uint32_t type) {
  return type < h->type_count ? &h->types[type] : &slot_type;
}

static int has_pointers(const rg_heap_type_t *t) {
  return t->ptr_count != 0u || t->slots_from != RG_HEAP_NO_SLOTS ||
         (t->flags & RG_HEAP_TYPE_CONSERVATIVE) != 0u;
}

static void mark_block(rg_heap_t *h, uint32_t i) {
  uint32_t *hp = header_at(h, i);
  uint32_t w = *hp;
  if ((w & HDR_MARK) != 0u) {
    return;
  }
  *hp = w | HDR_MARK;
  if (!has_pointers(type_info(h, HDR_TYPE(w)))) {
    return;
  }
  if (h->mark_sp < RG_HEAP_MARK_STACK) {
    h->mark_stack[h->mark_sp++] = i;
  } else {
    /* Marked but not scanned: the rescan pass in mark_all finds it. */
    h->overflowed = 1u;
  }
}

/* A precise field or root: a non-pointer value, a pointer outside the arena (static objects in flash),
 * or exactly a live payload. Anything else is a bug in the caller, counted and ignored. */
static void mark_precise(rg_heap_t *h, rg_val v) {
  if (!rg_is_ptr(v)) {
    return;
  }
  uintptr_t p = (uintptr_t)rg_to_ptr(v);
  uintptr_t base = (uintptr_t)h->arena;
  if (p < base || p >= base + (uintptr_t)h->top * RG_HEAP_GRANULE) {
    return;
  }
  uintptr_t off = p - base;
  uint32_t i = (uint32_t)(off / RG_HEAP_GRANULE);
  if (off % RG_HEAP_GRANULE != 4u || !is_start(h, i) || HDR_TYPE(*header_at(h, i)) == 0u) {
    h->bad_pointers++;
    return;
  }
  mark_block(h, i);
}

/* A word that may or may not be a pointer: any address inside a live block's payload (first byte to
 * last byte of its capacity) keeps that block. The block is the nearest start bit at or below the word's
 * granule. On 64-bit hosts a whole rg_val fits in the word: a pointer tag is stripped first. (On 32-bit
 * targets the low half of an rg_val is the raw address, so the word is already the pointer.) */
static void mark_conservative(rg_heap_t *h, uintptr_t p) {
#if UINTPTR_MAX > 0xFFFFFFFFu
  if ((p >> RG_TAG_SHIFT) == RG_TAG_PTR) {
    p &= (uintptr_t)RG_PAYLOAD_MASK;
  }
#endif
  uintptr_t base = (uintptr_t)h->arena;
  if (p < base || p >= base + (uintptr_t)h->top * RG_HEAP_GRANULE) {
    return;
  }
  uint32_t g = (uint32_t)((p - base) / RG_HEAP_GRANULE);
  if ((p - base) % RG_HEAP_GRANULE < 4u && is_start(h, g)) {
    /* A header word: in practice a pointer one past the end of the previous block (a loop's end
     * pointer), which must not keep this block alive. */
    return;
  }
  uint32_t wi = g >> 5;
  uint32_t bits = h->starts[wi] & ((2u << (g & 31u)) - 1u);
  while (bits == 0u) {
    /* Terminates: granule 0 always starts a block while top > 0. */
    bits = h->starts[--wi];
  }
  uint32_t i = (wi << 5) + (31u - (uint32_t)__builtin_clz(bits));
  if (HDR_TYPE(*header_at(h, i)) != 0u) {
    mark_block(h, i);
  }
}

static uintptr_t read_word(const uint8_t *p) {
  uintptr_t w;
  __builtin_memcpy(&w, p, sizeof w);
  return w;
}

static rg_val read_val(const uint8_t *p) {
  rg_val v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}

static void scan_block(rg_heap_t *h, uint32_t i) {
  uint32_t w = *header_at(h, i);
  const rg_heap_type_t *t = type_info(h, HDR_TYPE(w));
  const uint8_t *p = payload_at(h, i);
  uint32_t cap = HDR_GRANULES(w) * RG_HEAP_GRANULE - 4u;
  if ((t->flags & RG_HEAP_TYPE_CONSERVATIVE) != 0u) {
    for (uint32_t off = 0; off + sizeof(uintptr_t) <= cap; off += (uint32_t)sizeof(uintptr_t)) {
      mark_conservative(h, read_word(p + off));
    }
    return;
  }
  for (uint32_t k = 0; k < t->ptr_count; k++) {
    uint32_t off = t->ptrs[k];
    if (off + sizeof(rg_val) <= cap) {
      mark_precise(h, read_val(p + off));
    }
  }
  if (t->slots_from != RG_HEAP_NO_SLOTS) {
    for (uint32_t off = t->slots_from; off + sizeof(rg_val) <= cap; off += (uint32_t)sizeof(rg_val)) {
      mark_precise(h, read_val(p + off));
    }
  }
}

static void drain(rg_heap_t *h) {
  while (h->mark_sp != 0u) {
    scan_block(h, h->mark_stack[--h->mark_sp]);
  }
}

/* Conservative scan of the app's stack from sp (or the whole range when sp is outside it: the kernel
 * or a test calling from another stack). Not instrumented: it reads other frames' redzones. */
RG_HEAP_NO_ASAN static void scan_stack(rg_heap_t *h, uintptr_t sp) {
  uintptr_t lo = h->stack_lo;
  uintptr_t hi = h->stack_hi;
  if (sp >= lo && sp < hi) {
    lo = sp;
  }
  lo = (lo + sizeof(uintptr_t) - 1u) & ~(uintptr_t)(sizeof(uintptr_t) - 1u);
  for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t)) {
    mark_conservative(h, *(const volatile uintptr_t *)a);
    drain(h);
  }
}

static void mark_all(rg_heap_t *h, uintptr_t sp) {
  h->overflowed = 0u;
  h->mark_sp = 0u;
  for (uint32_t k = 0; k < h->global_ptr_count; k++) {
    mark_precise(h, read_val(h->globals + h->global_ptrs[k]));
    drain(h);
  }
  for (uint32_t k = 0; k < h->extra_root_count; k++) {
    mark_precise(h, h->extra_roots[k]);
    drain(h);
  }
  scan_stack(h, sp);
  while (h->overflowed != 0u) {
    /* Some marked objects were never scanned: scan every marked object with pointers again. Each pass
     * with an overflow marked something new, so this ends. */
    h->overflowed = 0u;
    h->mark_overflows++;
    for (uint32_t i = 0; i < h->top; i += HDR_GRANULES(*header_at(h, i))) {
      uint32_t w = *header_at(h, i);
      if ((w & HDR_MARK) != 0u && has_pointers(type_info(h, HDR_TYPE(w)))) {
        scan_block(h, i);
        drain(h);
      }
    }
  }
}

/* ---- sweeping ------------------------------------------------------------------------------------ */

static int is_live(uint32_t w) { return HDR_TYPE(w) != 0u && (w & HDR_MARK) != 0u; }

static void sweep(rg_heap_t *h) {
  memset(h->free_head, 0, sizeof h->free_head);
  h->small_lists = 0u;
  uint32_t live = 0;
  uint32_t objects = 0;
  uint32_t i = 0;
  while (i < h->top) {
    uint32_t w = *header_at(h, i);
    if (is_live(w)) {
      *header_at(h, i) = w & ~HDR_MARK;
      live += HDR_GRANULES(w);
      objects++;
      i += HDR_GRANULES(w);
      continue;
    }
    /* Coalesce this dead or free block with every following one that is not live. */
    uint32_t run = i;
    for (;;) {
      if (i != run) {
        clear_start(h, i);
      }
      i += HDR_GRANULES(w);
      if (i >= h->top) {
        break;
      }
      w = *header_at(h, i);
      if (is_live(w)) {
        break;
      }
    }
    if (i >= h->top) {
      /* A free run at the end goes back to the bump region. */
      clear_start(h, run);
      poison_free(h, run, h->top - run);
      h->top = run;
      break;
    }
    push_free(h, run, i - run);
    poison_free(h, run, i - run);
  }
  h->live_granules = live;
  h->live_objects = objects;
  h->used_granules = live;
}

static uint32_t collect_at(rg_heap_t *h, uintptr_t sp) {
  mark_all(h, sp);
  sweep(h);
  return 1u;
}

/* Takes the stack pointer in a frame below gc_entry's, so the registers gc_entry saved are scanned. */
static RG_HEAP_NOINLINE uint32_t collect_here(rg_heap_t *h) {
  volatile uintptr_t marker = 0;
  return collect_at(h, (uintptr_t)&marker) + (uint32_t)marker;
}

/* Spills every callee-saved register into this frame (pointers the app holds only in registers), then
 * collects. The work after the call keeps gcc from turning it into a tail call that would pop them. */
static RG_HEAP_NOINLINE void gc_entry(rg_heap_t *h) {
#if defined(__GNUC__)
  __builtin_unwind_init();
#endif
  h->collections += collect_here(h);
}

/* ---- public -------------------------------------------------------------------------------------- */

uint32_t rg_heap_overhead_bytes(uint32_t arena_bytes) {
  uint32_t granules = arena_bytes / RG_HEAP_GRANULE;
  return (uint32_t)sizeof(rg_heap_t) + 8u + 4u * ((granules + 31u) / 32u) + 8u;
}

int rg_heap_init(void *mem, uint32_t bytes, const rg_heap_config_t *config, rg_heap_t **out) {
  if (mem == NULL || config == NULL || out == NULL || config->types == NULL ||
      config->type_count < 1u || config->type_count + config->slot_types < 2u ||
      config->type_count > RG_HEAP_MAX_TYPE + 1u ||
      config->slot_types > RG_HEAP_MAX_TYPE + 1u - config->type_count ||
      (config->global_ptr_count != 0u && (config->globals == NULL || config->global_ptrs == NULL)) ||
      (config->extra_root_count != 0u && config->extra_roots == NULL) ||
      (uintptr_t)config->stack_lo > (uintptr_t)config->stack_hi) {
    return RG_ERR_INVALID;
  }
  uintptr_t start = (uintptr_t)mem;
  uintptr_t end = start + bytes;
  uintptr_t at = (start + 7u) & ~(uintptr_t)7u;
  if (at + sizeof(rg_heap_t) + 64u > end) {
    return RG_ERR_INVALID;
  }
  rg_heap_t *h = (rg_heap_t *)at;
#ifdef RG_HEAP_ASAN
  ASAN_UNPOISON_MEMORY_REGION(mem, bytes); /* the memory may have held an earlier heap */
#endif
  memset(h, 0, sizeof *h);
  at += sizeof(rg_heap_t);
  at = (at + 7u) & ~(uintptr_t)7u;
  /* Bitmap words for g granules plus the arena (4 bytes of alignment + 8 per granule) must fit:
   * 4 * ceil(g / 32) + 4 + 8 g <= room. Start from the upper bound and shrink. */
  uintptr_t room = end - at;
  uintptr_t g = (room - 8u) / (RG_HEAP_GRANULE + 1u);
  while (g > 0u && 4u * ((g + 31u) / 32u) + 8u + RG_HEAP_GRANULE * g > room) {
    g--;
  }
  if (g > MAX_GRANULES) {
    g = MAX_GRANULES;
  }
  if (g < 4u) {
    return RG_ERR_INVALID;
  }
  h->granules = (uint32_t)g;
  h->starts = (uint32_t *)at;
  memset(h->starts, 0, 4u * ((g + 31u) / 32u));
  at += 4u * ((g + 31u) / 32u);
  at = ((at + 7u) & ~(uintptr_t)7u) + 4u; /* headers at 4 mod 8, payloads 8-aligned */
  h->arena = (uint8_t *)at;
  h->types = config->types;
  h->type_count = config->type_count;
  h->type_limit = config->type_count + config->slot_types;
  h->extra_roots = config->extra_roots;
  h->extra_root_count = config->extra_root_count;
  h->globals = (uint8_t *)config->globals;
  h->global_ptrs = config->global_ptrs;
  h->global_ptr_count = config->global_ptr_count;
  h->stack_lo = (uintptr_t)config->stack_lo;
  h->stack_hi = (uintptr_t)config->stack_hi;
  h->oom = config->oom;
  h->oom_ctx = config->oom_ctx;
  h->dirty_lo = h->stack_hi;
  poison_free(h, 0u, h->granules);
  *out = h;
  return RG_OK;
}

void *rg_heap_alloc(rg_heap_t *heap, uint32_t type, uint32_t bytes) {
  if (heap == NULL || type == 0u || type >= heap->type_limit) {
    return NULL;
  }
  uint32_t n = NONE;
  if (bytes <= heap->granules * RG_HEAP_GRANULE) {
    n = (bytes + 4u + RG_HEAP_GRANULE - 1u) / RG_HEAP_GRANULE;
    if (n == 0u) {
      n = 1u;
    }
  }
  /* The deepest the app's stack has been while allocating: rg_heap_clear_stack zeroes down to here. */
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  if (sp < heap->dirty_lo && sp >= heap->stack_lo) {
    heap->dirty_lo = sp;
  }
  uint32_t i = NONE;
  if (n != NONE) {
    i = take(heap, n);
    if (i == NONE) {
      gc_entry(heap);
      i = take(heap, n);
    }
  }
  if (i == NONE) {
    if (heap->oom != NULL) {
      heap->oom(heap->oom_ctx, bytes);
    }
    return NULL;
  }
  *header_at(heap, i) = HDR(type, n);
  uint8_t *p = payload_at(heap, i);
  memset(p, 0, (size_t)n * RG_HEAP_GRANULE - 4u);
  heap->used_granules += n;
  heap->allocations++;
  return p;
}

/* Removes free block j (on the list for its size) from that list. */
static void unlink_free(rg_heap_t *h, uint32_t j) {
  uint32_t list = list_for(HDR_GRANULES(*header_at(h, j)));
  uint32_t *prev = &h->free_head[list];
  while (*prev != 0u && *prev - 1u != j) {
    prev = link_at(h, *prev - 1u);
  }
  if (*prev == 0u) {
    return; /* not listed: cannot happen while the lists are consistent */
  }
  *prev = *link_at(h, j);
  if (list != 0u && h->free_head[list] == 0u) {
    h->small_lists &= ~(1u << list);
  }
}

int rg_heap_grow(rg_heap_t *heap, void *obj, uint32_t bytes) {
  uintptr_t off = (uintptr_t)obj - (uintptr_t)heap->arena; /* wraps for addresses below the arena */
  uint32_t i = (uint32_t)(off / RG_HEAP_GRANULE);
  if (bytes > heap->granules * RG_HEAP_GRANULE || off >= (uintptr_t)heap->top * RG_HEAP_GRANULE ||
      off % RG_HEAP_GRANULE != 4u || !is_start(heap, i) || HDR_TYPE(*header_at(heap, i)) == 0u) {
    return 0; /* not a payload of this heap (a static object in flash, say) */
  }
  /* Like rg_heap_alloc: the stack down to here may hold pointers that rg_heap_clear_stack must zero. */
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  if (sp < heap->dirty_lo && sp >= heap->stack_lo) {
    heap->dirty_lo = sp;
  }
  uint32_t w = *header_at(heap, i);
  uint32_t have = HDR_GRANULES(w);
  uint32_t n = (bytes + 4u + RG_HEAP_GRANULE - 1u) / RG_HEAP_GRANULE;
  if (n <= have) {
    return 1;
  }
  uint32_t extra = n - have;
  uint32_t j = i + have;
  if (j == heap->top) {
    if (extra > heap->granules - heap->top) {
      return 0;
    }
    heap->top += extra;
    unpoison(heap, j, extra);
  } else {
    uint32_t wj = *header_at(heap, j);
    uint32_t m = HDR_GRANULES(wj);
    if (HDR_TYPE(wj) != 0u || m < extra) {
      return 0;
    }
    /* Take the front of the free neighbour; the rest stays a free block before the same live block. */
    unlink_free(heap, j);
    clear_start(heap, j);
    (void)split(heap, j, m, extra);
  }
  *header_at(heap, i) = HDR(HDR_TYPE(w), n) | (w & HDR_MARK);
  /* The free block's header and link word are now payload too: zero the whole extension. */
  memset(payload_at(heap, i) + (size_t)have * RG_HEAP_GRANULE - 4u, 0, (size_t)extra * RG_HEAP_GRANULE);
  heap->used_granules += extra;
  return 1;
}

/* Zeroes the dead part of the stack below the caller's frame, from 128 bytes under this function's
 * frame down to RG_HEAP_CLEAR_MARGIN below the deepest allocation seen since the last clear. Not
 * instrumented (it writes below the stack pointer, over frames ASan may have left poisoned) and makes no
 * calls, so nothing of its own lives in the range it clears. */
RG_HEAP_NO_ASAN RG_HEAP_NOINLINE void rg_heap_clear_stack(rg_heap_t *heap) {
  if (heap == NULL) {
    return;
  }
  volatile uintptr_t marker = 0;
  uintptr_t here = (uintptr_t)&marker;
  uintptr_t lo = heap->dirty_lo;
  heap->dirty_lo = heap->stack_hi;
  if (here < heap->stack_lo || here >= heap->stack_hi) {
    return; /* another stack (a host test, or ASan's fake stack): nothing of the app's to clear */
  }
  /* Everything below `top` is dead: this small frame's own words (spilled locals and saved registers,
   * even unoptimised) are above `here` or well within 128 bytes below it. */
  uintptr_t top = here - 128u;
  lo = lo > heap->stack_lo + RG_HEAP_CLEAR_MARGIN ? lo - RG_HEAP_CLEAR_MARGIN : heap->stack_lo;
  lo = (lo + sizeof(uintptr_t) - 1u) & ~(uintptr_t)(sizeof(uintptr_t) - 1u);
  top &= ~(uintptr_t)(sizeof(uintptr_t) - 1u);
  if (lo >= top) {
    return;
  }
  for (volatile uintptr_t *a = (volatile uintptr_t *)lo; (uintptr_t)a < top; a++) {
    *a = 0u;
  }
  heap->stack_clears++;
  (void)marker;
}

int rg_heap_collect(rg_heap_t *heap) {
  if (heap == NULL) {
    return RG_ERR_INVALID;
  }
  gc_entry(heap);
  return RG_OK;
}

const void *rg_heap_stack_lo(const rg_heap_t *heap) { return (const void *)heap->stack_lo; }

uint32_t rg_heap_type_of(const void *obj) {
  uint32_t w;
  __builtin_memcpy(&w, (const uint8_t *)obj - 4, sizeof w);
  return HDR_TYPE(w);
}

uint32_t rg_heap_capacity_of(const void *obj) {
  uint32_t w;
  __builtin_memcpy(&w, (const uint8_t *)obj - 4, sizeof w);
  return HDR_GRANULES(w) * RG_HEAP_GRANULE - 4u;
}

void rg_heap_stats(const rg_heap_t *heap, rg_heap_stats_t *out) {
  memset(out, 0, sizeof *out);
  uint32_t largest = heap->granules - heap->top;
  for (uint32_t list = 0; list <= RG_HEAP_SMALL_CLASSES; list++) {
    for (uint32_t head = heap->free_head[list]; head != 0u; head = *link_at(heap, head - 1u)) {
      uint32_t n = HDR_GRANULES(*header_at(heap, head - 1u));
      largest = n > largest ? n : largest;
      if (list != 0u) {
        break; /* every block on a small list has the same size */
      }
    }
  }
  out->arena_bytes = heap->granules * RG_HEAP_GRANULE;
  out->used_bytes = heap->used_granules * RG_HEAP_GRANULE;
  out->live_bytes = heap->live_granules * RG_HEAP_GRANULE;
  out->live_objects = heap->live_objects;
  out->free_bytes = out->arena_bytes - out->used_bytes;
  out->largest_free = largest == 0u ? 0u : largest * RG_HEAP_GRANULE - 4u;
  out->collections = heap->collections;
  out->allocations = heap->allocations;
  out->mark_overflows = heap->mark_overflows;
  out->bad_pointers = heap->bad_pointers;
  out->poison_errors = heap->poison_errors;
  out->stack_clears = heap->stack_clears;
}

int rg_heap_check(const rg_heap_t *heap) {
  uint32_t free_blocks = 0;
  uint32_t free_granules = 0;
  int prev_free = 0;
  uint32_t i = 0;
  while (i < heap->top) {
    uint32_t w = *header_at(heap, i);
    uint32_t n = HDR_GRANULES(w);
    if (n == 0u || n > heap->top - i || !is_start(heap, i) || (w & HDR_MARK) != 0u ||
        HDR_TYPE(w) >= heap->type_limit) {
      return RG_ERR_CORRUPT;
    }
    for (uint32_t k = i + 1u; k < i + n; k++) {
      if (is_start(heap, k)) {
        return RG_ERR_CORRUPT;
      }
    }
    int is_free = HDR_TYPE(w) == 0u;
    if (is_free && prev_free) {
      return RG_ERR_CORRUPT; /* the sweep coalesces and a split never creates neighbours */
    }
    if (is_free) {
      free_blocks++;
      free_granules += n;
    }
    prev_free = is_free;
    i += n;
  }
  if (i != heap->top || prev_free) {
    return RG_ERR_CORRUPT; /* a free block at the end belongs to the bump region */
  }
  for (uint32_t k = heap->top; k < heap->granules; k++) {
    if (is_start(heap, k)) {
      return RG_ERR_CORRUPT;
    }
  }
  uint32_t listed = 0;
  for (uint32_t list = 0; list <= RG_HEAP_SMALL_CLASSES; list++) {
    for (uint32_t head = heap->free_head[list]; head != 0u; head = *link_at(heap, head - 1u)) {
      uint32_t j = head - 1u;
      if (j >= heap->top || !is_start(heap, j) || ++listed > free_blocks) {
        return RG_ERR_CORRUPT;
      }
      uint32_t w = *header_at(heap, j);
      if (HDR_TYPE(w) != 0u || list_for(HDR_GRANULES(w)) != list) {
        return RG_ERR_CORRUPT;
      }
    }
  }
  if (listed != free_blocks || heap->used_granules + free_granules != heap->top) {
    return RG_ERR_CORRUPT;
  }
  return RG_OK;
}
