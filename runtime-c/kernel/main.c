/* main.c: boot and the supervisor loop.
 *
 * Boot reads (and clears) the reset record, starts the watchdog, announces the boot, the app table and
 * why the last run ended, then starts every app. The loop is the supervisor: it is the only place that
 * feeds the watchdog, and it never blocks on an app (an app callback is bounded by its budget), so the
 * watchdog can only fire when the kernel itself is stuck.
 */
#include "rg_abi.h"
#include "rg_frame.h"
#include "rg_hal.h"
#include "rg_kernel.h"
#include "rg_kernel_internal.h"

/* Longest single idle wait (ms): well below the watchdog period. */
#define IDLE_MAX_MS 100u

static uint32_t text_len(const char *s, uint32_t max)
{
  uint32_t n = 0;
  while (n < max && s[n] != '\0') {
    n++;
  }
  return n;
}

void rg_event_log(uint32_t app, const char *text, uint32_t len, uint32_t flags)
{
  do {
    uint32_t chunk = len > RG_FRAME_LOG_TEXT_MAX ? RG_FRAME_LOG_TEXT_MAX : len;
    len -= chunk;
    rg_frame_begin(RG_EV_LOG, rg_hal_now_ms());
    rg_frame_put_u8((uint8_t)app);
    rg_frame_put_u8((uint8_t)(len != 0u ? 1u : (flags & 1u)));
    rg_frame_put_bytes(text, chunk);
    rg_frame_end();
    text += chunk;
  } while (len != 0u);
  /* App text goes out at once: if the kernel then hangs, the host still sees what led up to it. */
  rg_frame_flush();
}

static void announce_boot(uint32_t reason, const rg_reset_record_t *record)
{
  static const uint8_t flush = 0;
  uint32_t count = rg_app_count < RG_KERNEL_MAX_APPS ? rg_app_count : RG_KERNEL_MAX_APPS;
  /* A lone delimiter ends whatever partial frame a host may hold from before the reset. */
  rg_hal_uart_write(&flush, 1);

  rg_frame_begin(RG_EV_BOOT, rg_hal_now_ms());
  rg_frame_put_u8((uint8_t)reason);
  rg_frame_put_u8(RG_ABI_VERSION);
  rg_frame_put_u8((uint8_t)count);
  rg_frame_end();

  rg_frame_begin(RG_EV_MEASURE, rg_hal_now_ms());
  rg_frame_put_u8(RG_MEASURE_TICK_HZ);
  rg_frame_put_u32(rg_hal_tick_hz());
  rg_frame_end();

  for (uint32_t i = 0; i < count; i++) {
    rg_frame_begin(RG_EV_APP_INFO, rg_hal_now_ms());
    rg_frame_put_u8((uint8_t)i);
    rg_frame_put_bytes(rg_apps[i].name, text_len(rg_apps[i].name, 64));
    rg_frame_end();
  }

  if (reason == RG_BOOT_WATCHDOG) {
    rg_frame_begin(RG_EV_WATCHDOG_RESET, rg_hal_now_ms());
    rg_frame_end();
  } else if (reason == RG_BOOT_KERNEL_PANIC) {
    rg_frame_begin(RG_EV_KERNEL_PANIC, rg_hal_now_ms());
    rg_frame_put_u32(record->pc);
    rg_frame_put_u32(record->code);
    rg_frame_put_bytes(record->text, text_len(record->text, RG_RESET_TEXT_MAX));
    rg_frame_end();
  }
  rg_frame_flush();
}

static uint32_t start_reason_for(uint32_t boot_reason)
{
  switch (boot_reason) {
  case RG_BOOT_WATCHDOG:
    return RG_START_WATCHDOG_RESET;
  case RG_BOOT_SOFTWARE:
  case RG_BOOT_KERNEL_PANIC:
    return RG_START_SOFTWARE_RESET;
  default:
    return RG_START_POWER_UP;
  }
}

_Noreturn void rg_kernel_main(void)
{
  rg_reset_record_t record = {0, 0, 0, 0, {0}, 0};
  rg_hal_init();
  uint32_t reason = rg_reset_record_take(&record);
  rg_hal_watchdog_start(RG_KERNEL_WATCHDOG_MS);
  announce_boot(reason, &record);
  rg_kernel_state_boot();
  rg_apps_boot(start_reason_for(reason));

  for (;;) {
    rg_hal_watchdog_feed();
    uint32_t now = rg_hal_now_ms();
    if (rg_apps_step(now)) {
      continue;
    }
    if (!rg_apps_alive()) {
      rg_frame_begin(RG_EV_ALL_DONE, rg_hal_now_ms());
      rg_frame_end();
      rg_frame_flush();
      rg_hal_idle_exit();
    }
    /* Kernel events go out when there is nothing to run (or when the queue fills), so a zero-backoff
     * restart is not slowed by encoding the app-fault and app-restart frames. */
    rg_frame_flush();
    uint32_t wait = rg_timers_ms_until_next(now, IDLE_MAX_MS);
    wait = rg_apps_ms_until_restart(now, wait);
    if (wait > 0u) {
      rg_hal_idle(wait);
    }
  }
}
