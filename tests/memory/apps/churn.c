/* churn.c: builds and drops strings, arrays, closures, maps and class-like objects 1,000,000 times in an
 * 8 KiB heap, in chunks run by a periodic closure timer; every 1000th array is kept for a while in a
 * global root and checked later. Logs "churn done <objects> objects, <collections> collections" and
 * ends (nothing left to run: exit 0). */
#include "mem-support.h"
#include "rg_app.h"
#include "rg_coll.h"
#include "rg_promise.h"
#include "rg_throw.h"

#define TARGET_OBJECTS 1000000.0
#define ITERATIONS_PER_CHUNK 8000u
#define KEPT 4u
#define POINT_TYPE RG_TYPE_FIRST_APP

typedef struct {
  rg_ctx_t cx;
  rg_val kept[KEPT];      /* arrays kept across chunks (precise roots) */
  double kept_id[KEPT];
  double objects;
  double iteration;
  int32_t timer;
  _Alignas(8) uint8_t heap[8192];
} churn_globals_t;

static churn_globals_t g;

static const uint16_t roots[KEPT] = {
    offsetof(churn_globals_t, kept) + 0u * sizeof(rg_val),
    offsetof(churn_globals_t, kept) + 1u * sizeof(rg_val),
    offsetof(churn_globals_t, kept) + 2u * sizeof(rg_val),
    offsetof(churn_globals_t, kept) + 3u * sizeof(rg_val),
};
static const uint16_t point_keys[3] = {2, 3, 4};
static const rg_shape_t point_shape = {"Point", NULL, 3, 0, point_keys, NULL, NULL, 0};
static const rg_shape_t *const shapes[1] = {&point_shape};

static void dispatch(uint32_t id) { rg_rt_timer_fire(&g.cx, id); }

static const rg_rt_app_info_t info = {shapes, 1, NULL, 0, roots, KEPT, dispatch};

/* The closure made every iteration: returns the number its environment captured. */
static rg_val captured_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx;
  (void)argc;
  (void)argv;
  return mem_slots(mem_env(self))[1];
}

static uint16_t unit_of(double id, uint32_t k) { return (uint16_t)(((uint32_t)id * 31u + k * 7u) & 0x7FFFu); }

static rg_val make_string(rg_ctx_t *cx, double id) {
  uint32_t n = (uint32_t)id % 13u;
  rg_str_t *s = rg_alloc(cx, RG_TYPE_STRING, (uint32_t)sizeof(rg_str_t) + 2u * n);
  s->length = n;
  for (uint32_t k = 0; k < n; k++) {
    s->units[k] = unit_of(id, k);
  }
  return rg_ptr(s);
}

/* [string, closure capturing the string and id, Point {x: id, y: -id, label: string},
 *  Map {id => string, "k" => point}] */
static rg_val make_structure(rg_ctx_t *cx, double id) {
  rg_val s = make_string(cx, id);
  rg_val env = rg_alloc_slots(cx, RG_TYPE_VALS, 2);
  mem_slots(env)[0] = s;
  mem_slots(env)[1] = rg_num(id);
  rg_val fn = mem_closure(cx, captured_code, env);
  rg_val point = rg_alloc_slots(cx, POINT_TYPE, 3);
  mem_slots(point)[0] = rg_num(id);
  mem_slots(point)[1] = rg_num(-id);
  mem_slots(point)[2] = s;
  rg_array_t *arr = rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
  rg_val items = rg_alloc_slots(cx, RG_TYPE_VALS, 4);
  arr->items = items;
  arr->length = 4;
  arr->capacity = 4;
  mem_slots(items)[0] = s;
  mem_slots(items)[1] = fn;
  mem_slots(items)[2] = point;
  rg_val map = rg_map_new(cx, RG_UNDEFINED);
  mem_slots(items)[3] = map;
  (void)rg_map_set(cx, map, rg_num(id), s);
  (void)rg_map_set(cx, map, mem_str(cx, "k"), point);
  g.objects += 8.0; /* string, environment, closure, point, array, items, map, key string */
  return rg_ptr(arr);
}

static int structure_ok(rg_ctx_t *cx, rg_val arr_val, double id) {
  const rg_array_t *arr = rg_to_ptr(arr_val);
  if (rg_type_of(arr_val) != RG_TYPE_ARRAY || arr->length != 4u) return 0;
  const rg_val *items = mem_slots(arr->items);
  const rg_str_t *s = rg_to_ptr(items[0]);
  if (s->length != (uint32_t)id % 13u) return 0;
  for (uint32_t k = 0; k < s->length; k++) {
    if (s->units[k] != unit_of(id, k)) return 0;
  }
  if (rg_to_f64(rg_call(cx, items[1], 0, NULL)) != id) return 0;
  const rg_val *p = mem_slots(items[2]);
  if (rg_map_get(cx, items[3], rg_num(id)) != items[0] || rg_map_get(cx, items[3], mem_str(cx, "k")) != items[2] ||
      rg_map_size(items[3]) != 2.0) {
    return 0;
  }
  return rg_type_of(items[2]) == POINT_TYPE && rg_to_f64(p[0]) == id && rg_to_f64(p[1]) == -id &&
         p[2] == items[0];
}

static rg_val chunk_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)self;
  (void)argc;
  (void)argv;
  for (uint32_t k = 0; k < ITERATIONS_PER_CHUNK && g.objects < TARGET_OBJECTS; k++) {
    double id = ++g.iteration;
    rg_val arr = make_structure(cx, id);
    if ((uint32_t)id % 1000u == 0u) {
      uint32_t slot = ((uint32_t)id / 1000u) % KEPT;
      if (rg_is_ptr(g.kept[slot]) && !structure_ok(cx, g.kept[slot], g.kept_id[slot])) {
        rg_rt_fault_with(RG_FAULT_PANIC, "kept structure damaged", 22, 0);
      }
      g.kept[slot] = arr;
      g.kept_id[slot] = id;
    }
  }
  if (g.objects >= TARGET_OBJECTS) {
    for (uint32_t slot = 0; slot < KEPT; slot++) {
      if (!structure_ok(cx, g.kept[slot], g.kept_id[slot])) {
        rg_rt_fault_with(RG_FAULT_PANIC, "kept structure damaged", 22, 0);
      }
    }
    rg_heap_stats_t st;
    rg_gc_stats(cx, &st);
    mem_line_t l = {{0}, 0};
    mem_put(&l, "churn done ");
    mem_put_num(&l, g.objects);
    mem_put(&l, " objects, ");
    mem_put_num(&l, st.collections);
    mem_put(&l, " collections, ");
    mem_put_num(&l, st.bad_pointers);
    mem_put(&l, " bad pointers");
    mem_send(&l);
    rg_rt_timer_clear(cx, g.timer);
  }
  return RG_UNDEFINED;
}

static void churn_main(void) {
  rg_rt_heap_setup(&g.cx, &g, g.heap, sizeof g.heap, &info);
  for (uint32_t k = 0; k < KEPT; k++) {
    g.kept[k] = RG_UNDEFINED;
  }
  mem_log("churn start");
  g.timer = rg_rt_timer_start_closure(&g.cx, mem_closure(&g.cx, chunk_code, RG_UNDEFINED), 1, true);
  rg_microtasks_run(&g.cx);
}

const rg_app_code_t rg_app_code_churn = {churn_main, &g, sizeof g};
