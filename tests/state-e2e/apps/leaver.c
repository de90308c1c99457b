/* leaver.c: saves a state, then ends on purpose: the kernel must release the state (next load: not found). */
#include "rg_app.h"
#include "state-app.h"

static struct {
  uint32_t v;
} g;

static void leaver_main(void)
{
  state_app_log("load ", rg_syscall(RG_SYS_STATE_LOAD, PTR(&g.v), sizeof g.v, 1u));
  g.v = 42u;
  state_app_log("save ", rg_syscall(RG_SYS_STATE_SAVE, PTR(&g.v), sizeof g.v, 1u));
  rg_syscall(RG_SYS_EXIT, 0, 0, 0);
}

const rg_app_code_t rg_app_code_leaver = {leaver_main, &g, sizeof g};
