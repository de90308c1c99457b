/* counter.c: keeps a counter in the state store, saving it every 20 ms; logs "count N" at each start.
 *
 * The state is 64 bytes (the counter, then filler derived from it), so a save is the size the bench and
 * the endurance figures use. The schema hash is a constant, as the compiler's hash of a fixed type is.
 */
#include "rg_app.h"
#include "state-app.h"

#define COUNTER_SCHEMA 0xC0FFEE01u

static struct {
  uint32_t blob[16];
} g;

static void counter_tick(void)
{
  uint32_t next = g.blob[0] + 1u;
  uint32_t saved[16];
  for (uint32_t i = 0; i < 16u; i++) {
    saved[i] = next * (i + 1u);
  }
  int32_t r = rg_syscall(RG_SYS_STATE_SAVE, PTR(saved), sizeof saved, COUNTER_SCHEMA);
  if (r == 0) {
    g.blob[0] = next;
  } else {
    state_app_log("save error ", r);
  }
}

static void counter_main(void)
{
  int32_t r = rg_syscall(RG_SYS_STATE_LOAD, PTR(g.blob), sizeof g.blob, COUNTER_SCHEMA);
  if (r < 0) {
    g.blob[0] = 0;
    state_app_log("load ", r);
  } else {
    for (uint32_t i = 1; i < 16u; i++) {
      if (g.blob[i] != g.blob[0] * (i + 1u)) {
        state_app_log("bad blob word ", (int32_t)i);
      }
    }
  }
  state_app_log("reason ", (int32_t)(rg_syscall(RG_SYS_START_INFO, 0, 0, 0) & 0xFFu));
  state_app_log("count ", (int32_t)g.blob[0]);
  rg_syscall(RG_SYS_TIMER_START, PTR(counter_tick), 20, 1);
}

const rg_app_code_t rg_app_code_counter = {counter_main, &g, sizeof g};
