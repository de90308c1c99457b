/* hog.c: keeps every object it allocates (a list rooted in its globals) until its 4 KiB heap runs out:
 * the allocator ends it with fault class out-of-memory and the kernel restarts it with a fresh heap. */
#include "mem-support.h"
#include "rg_app.h"

typedef struct {
  rg_ctx_t cx;
  rg_val list;
  _Alignas(8) uint8_t heap[4096];
} hog_globals_t;

static hog_globals_t g;

static const uint16_t roots[1] = {offsetof(hog_globals_t, list)};
static const rg_rt_app_info_t info = {NULL, 0, NULL, 0, roots, 1, NULL};

static void hog_main(void) {
  rg_rt_heap_setup(&g.cx, &g, g.heap, sizeof g.heap, &info);
  g.list = RG_NULL;
  uint32_t start = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0);
  mem_log_num("hog start ", (double)(start >> 8));
  for (double n = 0;; n++) {
    rg_val cell = rg_alloc_slots(&g.cx, RG_TYPE_VALS, 3);
    mem_slots(cell)[0] = g.list;
    mem_slots(cell)[1] = rg_num(n);
    g.list = cell;
    mem_slots(cell)[2] = mem_str(&g.cx, "a string kept alive");
  }
}

const rg_app_code_t rg_app_code_hog = {hog_main, &g, sizeof g};
