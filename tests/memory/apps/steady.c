/* steady.c: a plain app with no heap that logs "steady N" every 15 ms, 30 times, then ends: it must keep
 * running while the other apps run out of memory and throw. */
#include "mem-support.h"
#include "rg_app.h"

static struct {
  uint32_t count;
  int32_t timer;
} g;

static void on_tick(void) {
  g.count++;
  mem_log_num("steady ", (double)g.count);
  if (g.count >= 30u) {
    rg_syscall(RG_SYS_TIMER_CANCEL, (uint32_t)g.timer, 0, 0);
  }
}

static void steady_main(void) {
  g.timer = rg_syscall(RG_SYS_TIMER_START, (uint32_t)(uintptr_t)on_tick, 15, 1);
}

const rg_app_code_t rg_app_code_steady = {steady_main, &g, sizeof g};
