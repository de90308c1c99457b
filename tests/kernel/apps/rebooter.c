/* rebooter.c: logs its start reason, then faults (undefined instruction) in main — for on_limit=reboot. */
#include "app-support.h"
#include "rg_app.h"
#include "rg_fault_demo.h"

static struct {
  uint32_t unused;
} g;

static void rebooter_main(void)
{
  uint32_t info = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0);
  app_log_num("rebooter reason ", info & 0xFFu);
  rg_fault_demo(RG_FAULT_UNDEFINED_INSTRUCTION);
}

const rg_app_code_t rg_app_code_rebooter = {rebooter_main, &g, sizeof g};
