/* hog.c: tries to save more than its quota, then within it, then reads a state with the wrong schema.
 *
 * Logs each syscall result so the test can check: over quota → RG_ERR_TOO_BIG and nothing written; a save
 * within quota → 0; a load under another schema hash → RG_ERR_SCHEMA (and the kernel sends state-schema).
 */
#include "rg_app.h"
#include "state-app.h"

static struct {
  uint8_t big[256];
} g;

static void hog_main(void)
{
  state_app_log("over ", rg_syscall(RG_SYS_STATE_SAVE, PTR(g.big), sizeof g.big, 7u));
  state_app_log("within ", rg_syscall(RG_SYS_STATE_SAVE, PTR(g.big), 16u, 7u));
  state_app_log("schema ", rg_syscall(RG_SYS_STATE_LOAD, PTR(g.big), sizeof g.big, 8u));
  state_app_log("load ", rg_syscall(RG_SYS_STATE_LOAD, PTR(g.big), sizeof g.big, 7u));
  /* A buffer outside the app's own RAM (flash on mps2): the app faults, the kernel writes nothing. */
  rg_syscall(RG_SYS_STATE_LOAD, 0x100u, 16u, 7u);
  state_app_log("after bad pointer ", 0);
}

const rg_app_code_t rg_app_code_hog = {hog_main, &g, sizeof g};
