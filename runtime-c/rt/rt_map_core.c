/* rt_map_core.c: Map and Set, an insertion-ordered hash table with SameValueZero keys.
 *
 * Entries are appended to an rg_val store in insertion order (key, value pairs for a Map, keys for a
 * Set); a chained hash index in a byte leaf finds them. delete turns the key into a hole marker, so the
 * order of the others never changes. When the store is full it is rebuilt without holes (twice as large
 * when more than half of it is live); the old store then forwards to the new one and remembers how many
 * slots it had used, so an iterator walking the old store can translate its position (the number of
 * live entries before it) and continue where JavaScript would. clear() retires the store the same way
 * with every entry a hole. Layout details are in rg_coll.h.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt_coll_internal.h"

#define NONE 0xFFFFFFFFu
#define HEADER_WORDS 2u            /* forward, used-at-retirement */
#define MIN_CAPACITY 4u
#define MAX_CAPACITY 0x04000000u   /* 2^26 entries: index and store sizes stay within 32 bits */

static uint32_t stride(const rg_map_t *m) { return m->is_set != 0u ? 1u : 2u; }
static rg_val *slots(rg_val store) { return (rg_val *)rg_to_ptr(store) + HEADER_WORDS; }
static uint32_t *buckets(const rg_map_t *m) { return (uint32_t *)rg_to_ptr(m->index); }
static uint32_t *chain(const rg_map_t *m) { return buckets(m) + 2u * m->capacity; }

static rg_val new_store(rg_ctx_t *cx, uint32_t capacity, uint32_t width) {
  rg_val store;
  rg_val *words = rg_coll_vals_new(cx, HEADER_WORDS + capacity * width, &store);
  words[0] = RG_UNDEFINED;
  return store;
}

/* Rebuilds the table with `capacity` slots holding the live entries in order; the old store forwards. */
static void rebuild(rg_ctx_t *cx, rg_map_t *m, uint32_t capacity) {
  uint32_t w = stride(m);
  rg_val store = new_store(cx, capacity, w);
  uint32_t *index = (uint32_t *)rg_alloc(cx, RG_TYPE_BYTES, 3u * capacity * (uint32_t)sizeof(uint32_t));
  memset(index, 0xFF, (size_t)3u * capacity * sizeof(uint32_t));
  rg_val *dst = slots(store);
  uint32_t n = 0;
  if (rg_is_ptr(m->entries)) {
    rg_val *old = (rg_val *)rg_to_ptr(m->entries);
    const rg_val *src = slots(m->entries);
    for (uint32_t i = 0; i < m->used; i++) {
      if (src[i * w] == RG_COLL_HOLE) continue;
      memcpy(dst + n * w, src + i * w, w * sizeof(rg_val));
      n++;
    }
    old[0] = store;
    old[1] = rg_num((double)m->used);
  }
  m->entries = store;
  m->index = rg_ptr(index);
  m->capacity = capacity;
  m->used = n;
  uint32_t *b = buckets(m), *next = chain(m);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t h = rg_coll_hash(dst[i * w]) & (2u * capacity - 1u);
    next[i] = b[h];
    b[h] = i;
  }
}

static uint32_t find(const rg_map_t *m, rg_val key) {
  if (m->size == 0u) return NONE;
  uint32_t w = stride(m);
  const rg_val *e = slots(m->entries);
  const uint32_t *next = chain(m);
  for (uint32_t i = buckets(m)[rg_coll_hash(key) & (2u * m->capacity - 1u)]; i != NONE; i = next[i]) {
    rg_val k = e[i * w];
    if (k != RG_COLL_HOLE && rg_same_value_zero(k, key)) return i;
  }
  return NONE;
}

/* Adds a new entry (the key is known to be absent); returns its slot. */
static uint32_t append(rg_ctx_t *cx, rg_map_t *m, rg_val key) {
  if (m->used == m->capacity) {
    uint32_t capacity = m->capacity < MIN_CAPACITY ? MIN_CAPACITY : m->capacity;
    if (m->size + 1u > capacity / 2u) capacity *= 2u;
    if (capacity > MAX_CAPACITY) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Map maximum size exceeded");
    rebuild(cx, m, capacity);
  }
  /* -0 is stored as +0: SameValueZero keys, and Node shows the key as 0. */
  if (rg_is_num(key) && rg_to_f64(key) == 0.0) key = rg_num(0.0);
  uint32_t i = m->used++;
  slots(m->entries)[i * stride(m)] = key;
  uint32_t h = rg_coll_hash(key) & (2u * m->capacity - 1u);
  chain(m)[i] = buckets(m)[h];
  buckets(m)[h] = i;
  m->size++;
  return i;
}

static rg_val new_table(rg_ctx_t *cx, uint32_t is_set) {
  rg_map_t *m = (rg_map_t *)rg_alloc(cx, RG_TYPE_MAP, (uint32_t)sizeof(rg_map_t));
  m->entries = RG_UNDEFINED;
  m->index = RG_UNDEFINED;
  m->is_set = is_set;
  return rg_ptr(m);
}

rg_val rg_map_set(rg_ctx_t *cx, rg_val self, rg_val key, rg_val value) {
  rg_map_t *m = rg_coll_map(self);
  uint32_t i = find(m, key);
  if (i == NONE) i = append(cx, m, key);
  slots(m->entries)[2u * i + 1u] = value;
  return self;
}

rg_val rg_map_new(rg_ctx_t *cx, rg_val entries) {
  rg_val self = new_table(cx, 0u);
  if (rg_coll_is(entries, RG_TYPE_ARRAY)) {
    for (uint32_t i = 0; i < rg_coll_arr(entries)->length; i++) {
      rg_val pair = rg_coll_items(rg_coll_arr(entries))[i];
      if (!rg_coll_is(pair, RG_TYPE_ARRAY)) {
        rg_coll_throw(cx, RG_COLL_TYPE_ERROR, "Iterator value is not an entry object");
      }
      rg_map_set(cx, self, rg_arr_get_index(pair, 0.0), rg_arr_get_index(pair, 1.0));
    }
  }
  return self;
}

rg_val rg_set_add(rg_ctx_t *cx, rg_val self, rg_val value) {
  rg_map_t *m = rg_coll_map(self);
  if (find(m, value) == NONE) (void)append(cx, m, value);
  return self;
}

rg_val rg_set_new(rg_ctx_t *cx, rg_val values) {
  rg_val self = new_table(cx, 1u);
  if (rg_coll_is(values, RG_TYPE_ARRAY)) {
    for (uint32_t i = 0; i < rg_coll_arr(values)->length; i++) {
      rg_set_add(cx, self, rg_coll_items(rg_coll_arr(values))[i]);
    }
  }
  return self;
}

rg_val rg_map_get(rg_ctx_t *cx, rg_val self, rg_val key) {
  (void)cx;
  const rg_map_t *m = rg_coll_map(self);
  uint32_t i = find(m, key);
  return i == NONE ? RG_UNDEFINED : slots(m->entries)[2u * i + 1u];
}

bool rg_map_has(rg_ctx_t *cx, rg_val self, rg_val key) {
  (void)cx;
  return find(rg_coll_map(self), key) != NONE;
}

bool rg_set_has(rg_ctx_t *cx, rg_val self, rg_val value) { return rg_map_has(cx, self, value); }

bool rg_map_delete(rg_ctx_t *cx, rg_val self, rg_val key) {
  (void)cx;
  rg_map_t *m = rg_coll_map(self);
  uint32_t i = find(m, key);
  if (i == NONE) return false;
  uint32_t w = stride(m);
  rg_val *e = slots(m->entries) + i * w;
  e[0] = RG_COLL_HOLE;
  if (w == 2u) e[1] = 0; /* retain nothing through the hole */
  m->size--;
  return true;
}

bool rg_set_delete(rg_ctx_t *cx, rg_val self, rg_val value) { return rg_map_delete(cx, self, value); }

void rg_map_clear(rg_ctx_t *cx, rg_val self) {
  rg_map_t *m = rg_coll_map(self);
  if (!rg_is_ptr(m->entries)) return;
  uint32_t w = stride(m);
  rg_val *e = slots(m->entries);
  for (uint32_t i = 0; i < m->used; i++) {
    e[i * w] = RG_COLL_HOLE;
    if (w == 2u) e[i * w + 1u] = 0;
  }
  m->size = 0;
  /* Retire the store (every entry a hole) so live iterators continue with entries added later. */
  rebuild(cx, m, MIN_CAPACITY);
}

void rg_set_clear(rg_ctx_t *cx, rg_val self) { rg_map_clear(cx, self); }

void rg_map_iter_init(rg_map_iter_t *it, rg_val self) {
  it->self = self;
  it->store = rg_coll_map(self)->entries;
  it->pos = 0;
}

bool rg_map_iter_next(rg_map_iter_t *it, rg_val *key, rg_val *value) {
  const rg_map_t *m = rg_coll_map(it->self);
  if (!rg_is_ptr(it->store)) {
    /* The table had no store when the loop began: nothing was visited yet. */
    if (!rg_is_ptr(m->entries)) return false;
    it->store = m->entries;
    it->pos = 0;
  }
  uint32_t w = stride(m);
  /* Follow retired stores: the new position is the number of live entries before the old one. */
  for (;;) {
    const rg_val *words = (const rg_val *)rg_to_ptr(it->store);
    if (!rg_is_ptr(words[0])) break;
    uint32_t live = 0;
    for (uint32_t i = 0; i < it->pos; i++) {
      if (words[HEADER_WORDS + i * w] != RG_COLL_HOLE) live++;
    }
    it->store = words[0];
    it->pos = live;
  }
  const rg_val *e = slots(it->store);
  while (it->pos < m->used) {
    const rg_val *entry = e + it->pos++ * w;
    if (entry[0] == RG_COLL_HOLE) continue;
    *key = entry[0];
    *value = entry[w - 1u];
    return true;
  }
  return false;
}

static void for_each(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_map_iter_t it;
  rg_val key, value;
  rg_map_iter_init(&it, self);
  while (rg_map_iter_next(&it, &key, &value)) {
    rg_val argv[3] = {value, key, self};
    (void)rg_call(cx, fn, 3u, argv);
  }
}

void rg_map_for_each(rg_ctx_t *cx, rg_val self, rg_val fn) { for_each(cx, self, fn); }
void rg_set_for_each(rg_ctx_t *cx, rg_val self, rg_val fn) { for_each(cx, self, fn); }

/* 0: keys, 1: values, 2: [key, value] entries. */
static rg_val snapshot(rg_ctx_t *cx, rg_val self, int what) {
  rg_val out = rg_arr_new(cx, rg_coll_map(self)->size);
  rg_map_iter_t it;
  rg_val key, value;
  rg_map_iter_init(&it, self);
  while (rg_map_iter_next(&it, &key, &value)) {
    rg_val pair[2] = {key, value};
    rg_arr_push1(cx, out, what == 0 ? key : what == 1 ? value : rg_arr_of(cx, 2u, pair));
  }
  return out;
}

rg_val rg_map_keys(rg_ctx_t *cx, rg_val self) { return snapshot(cx, self, 0); }
rg_val rg_map_values(rg_ctx_t *cx, rg_val self) { return snapshot(cx, self, 1); }
rg_val rg_map_entries(rg_ctx_t *cx, rg_val self) { return snapshot(cx, self, 2); }
rg_val rg_set_values(rg_ctx_t *cx, rg_val self) { return snapshot(cx, self, 1); }
rg_val rg_set_keys(rg_ctx_t *cx, rg_val self) { return snapshot(cx, self, 0); }
rg_val rg_set_entries(rg_ctx_t *cx, rg_val self) { return snapshot(cx, self, 2); }
