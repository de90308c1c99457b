/* ticker.c: logs "tick N" every 20 ms, 40 times, then cancels its interval (nothing left: exit 0). */
#include "app-support.h"
#include "rg_app.h"

static struct {
  uint32_t count;
  int32_t timer;
} g;

static void on_tick(void)
{
  g.count++;
  app_log_num("tick ", g.count);
  if (g.count >= 40u) {
    rg_syscall(RG_SYS_TIMER_CANCEL, (uint32_t)g.timer, 0, 0);
  }
}

static void ticker_main(void)
{
  app_log("ticker up");
  g.timer = rg_syscall(RG_SYS_TIMER_START, PTR(on_tick), 20, 1);
}

const rg_app_code_t rg_app_code_ticker = {ticker_main, &g, sizeof g};
