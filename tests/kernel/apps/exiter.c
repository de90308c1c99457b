/* exiter.c: logs, then ends on purpose with exit(3) from main. */
#include "app-support.h"
#include "rg_app.h"

static struct {
  uint32_t unused;
} g;

static void exiter_main(void)
{
  app_log("exiting");
  rg_syscall(RG_SYS_EXIT, 3, 0, 0);
  app_log("not reached");
}

const rg_app_code_t rg_app_code_exiter = {exiter_main, &g, sizeof g};
