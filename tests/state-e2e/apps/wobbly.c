/* wobbly.c: a counter that faults after every tenth save and hangs the kernel once, at count 23.
 *
 * Saves its counter every 20 ms and logs "count N" at each start, like counter.c. At every count ending in 5
 * it writes to address 0 (flash or unmapped: a mem-manage fault, then a restart); at count 23 it asks the
 * kernel to hang (debug_kernel_hang), so the watchdog resets the chip. The test checks that across all of
 * it the counter never loses a committed save.
 */
#include "rg_app.h"
#include "state-app.h"

#define WOBBLY_SCHEMA 0x0B0B0B0Bu

static struct {
  uint32_t count;
} g;

static void wobbly_tick(void)
{
  uint32_t next = g.count + 1u;
  int32_t r = rg_syscall(RG_SYS_STATE_SAVE, PTR(&next), sizeof next, WOBBLY_SCHEMA);
  if (r != 0) {
    state_app_log("save error ", r);
    return;
  }
  g.count = next;
  if (g.count % 10u == 5u) {
    *(volatile uint32_t *)(uintptr_t)0u = 1u;
  }
  if (g.count == 23u) {
    rg_syscall(RG_SYS_DEBUG_KERNEL_HANG, 0, 0, 0);
  }
}

static void wobbly_main(void)
{
  int32_t r = rg_syscall(RG_SYS_STATE_LOAD, PTR(&g.count), sizeof g.count, WOBBLY_SCHEMA);
  if (r < 0) {
    g.count = 0;
    state_app_log("load ", r);
  }
  state_app_log("count ", (int32_t)g.count);
  rg_syscall(RG_SYS_TIMER_START, PTR(wobbly_tick), 20, 1);
}

const rg_app_code_t rg_app_code_wobbly = {wobbly_main, &g, sizeof g};
