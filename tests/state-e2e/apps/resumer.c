/* resumer.c: a counter that loads and saves through stack buffers, faults, hangs the kernel, and exits at 30.
 *
 * Compiled TypeScript hands loadState and saveState a blob on the app's stack (compiler/src/emit/emit-state.ts),
 * not in its globals; on a board without an MPU the stacks lie apart from the globals, so this app does the
 * same to exercise that path. It saves every 20 ms and logs "reason R" and "count N" at each start. At every
 * count ending in 5 it executes an undefined instruction (a fault, then a restart or, at the restart limit, a
 * reboot); at count 12 it hangs the kernel so the watchdog resets the chip; at count 30 it exits.
 */
#include "rg_app.h"
#include "state-app.h"

#define RESUMER_SCHEMA 0x5E5E0001u

static struct {
  uint32_t count;
} g;

static void resumer_tick(void)
{
  uint32_t blob[2] = {g.count + 1u, ~(g.count + 1u)};
  int32_t r = rg_syscall(RG_SYS_STATE_SAVE, PTR(blob), sizeof blob, RESUMER_SCHEMA);
  if (r != 0) {
    state_app_log("save error ", r);
    return;
  }
  g.count = blob[0];
  if (g.count % 10u == 5u) {
    __builtin_trap(); /* an undefined instruction on ARM */
  }
  if (g.count == 12u) {
    rg_syscall(RG_SYS_DEBUG_KERNEL_HANG, 0, 0, 0);
  }
  if (g.count == 30u) {
    rg_syscall(RG_SYS_EXIT, 0, 0, 0);
  }
}

static void resumer_main(void)
{
  uint32_t blob[2] = {0u, 0u};
  int32_t r = rg_syscall(RG_SYS_STATE_LOAD, PTR(blob), sizeof blob, RESUMER_SCHEMA);
  if (r < 0) {
    state_app_log("load ", r);
  } else if (blob[1] != ~blob[0]) {
    state_app_log("bad blob ", (int32_t)blob[1]);
  } else {
    g.count = blob[0];
  }
  state_app_log("reason ", (int32_t)(rg_syscall(RG_SYS_START_INFO, 0, 0, 0) & 0xFFu));
  state_app_log("count ", (int32_t)g.count);
  rg_syscall(RG_SYS_TIMER_START, PTR(resumer_tick), 20, 1);
}

const rg_app_code_t rg_app_code_resumer = {resumer_main, &g, sizeof g};
