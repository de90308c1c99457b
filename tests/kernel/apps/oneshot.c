/* oneshot.c: one setTimeout-like timer, a long line (split into log frames), then nothing left. */
#include "app-support.h"
#include "rg_app.h"

static struct {
  char line[450];
} g;

static void later(void)
{
  for (uint32_t i = 0; i < sizeof g.line; i++) {
    g.line[i] = (char)('a' + i % 26u);
  }
  rg_syscall(RG_SYS_LOG, PTR(g.line), sizeof g.line, 0);
}

static void oneshot_main(void)
{
  app_log("oneshot armed");
  rg_syscall(RG_SYS_TIMER_START, PTR(later), 10, 0);
}

const rg_app_code_t rg_app_code_oneshot = {oneshot_main, &g, sizeof g};
