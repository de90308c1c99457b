/* hal.c: the mps2-an385 HAL — start-up, UART0, time, watchdog, reset record, semihosting exit.
 *
 * Time comes from the free-running CMSDK TIMER0 (25 MHz), advanced into milliseconds by the 1 kHz
 * SysTick, so a late tick (QEMU's WFI quirk) delays the clock but never loses time. The watchdog's
 * first expiry raises NMI, whose handler leaves a watchdog reset record and resets at once.
 */
#include "rg_abi.h"
#include "rg_hal.h"
#include "rg_kernel.h"

#include "mps2.h"
#include "../cortex-m/cortex-m.h"

/* Survives resets: no start-up code touches .noinit, and it is in no loadable ELF segment. */
static rg_reset_record_t s_record __attribute__((section(".noinit")));

static volatile uint32_t s_ms;
static uint32_t s_last_ticks;
static uint32_t s_rest_ticks;

void rg_mps2_nmi(void)
{
  rg_kernel_reset_record_write(RG_BOOT_WATCHDOG, 0, 0, "watchdog");
  rg_hal_reset();
}

void rg_hal_init(void)
{
  UART0_BAUDDIV = 16u;
  UART0_CTRL = 1u | 2u; /* TX and RX enable */
  TIMER0_RELOAD = 0xFFFFFFFFu;
  TIMER0_VALUE = 0xFFFFFFFFu;
  TIMER0_CTRL = 1u;
  s_last_ticks = rg_hal_ticks();
  rg_mps2_arch_init();
  SYST_RVR = MPS2_TICKS_PER_MS - 1u;
  SYST_CVR = 0;
  SYST_CSR = 7u; /* processor clock, interrupt, enable */
}

void rg_hal_uart_write(const uint8_t *data, uint32_t len)
{
  for (uint32_t i = 0; i < len; i++) {
    while (UART0_STATE & 1u) {
    }
    UART0_DATA = data[i];
  }
}

void rg_mps2_clock_update(void)
{
  uint32_t now = rg_hal_ticks();
  s_rest_ticks += now - s_last_ticks;
  s_last_ticks = now;
  if (s_rest_ticks >= MPS2_TICKS_PER_MS) {
    s_ms += s_rest_ticks / MPS2_TICKS_PER_MS;
    s_rest_ticks %= MPS2_TICKS_PER_MS;
  }
}

uint32_t rg_hal_now_ms(void)
{
  return s_ms;
}

uint32_t rg_hal_ticks(void)
{
  return 0xFFFFFFFFu - TIMER0_VALUE;
}

uint32_t rg_hal_tick_hz(void)
{
  return MPS2_CLOCK_HZ;
}

void rg_hal_idle(uint32_t max_ms)
{
  /* The 1 kHz SysTick wakes the core well within any wait the kernel asks for. */
  (void)max_ms;
  __asm__ volatile("wfi");
}

void rg_hal_watchdog_start(uint32_t timeout_ms)
{
  WDOG_LOCK = WDOG_UNLOCK_KEY;
  WDOG_LOAD = timeout_ms * MPS2_TICKS_PER_MS;
  WDOG_CTRL = 1u | 2u; /* INTEN (starts it, NMI on expiry) | RESEN */
}

void rg_hal_watchdog_feed(void)
{
  WDOG_INTCLR = 1u;
}

rg_reset_record_t *rg_hal_reset_record(void)
{
  return &s_record;
}

_Noreturn void rg_hal_reset(void)
{
  __asm__ volatile("dsb" ::: "memory");
  SCB_AIRCR = AIRCR_SYSRESETREQ;
  __asm__ volatile("dsb" ::: "memory");
  for (;;) {
  }
}

_Noreturn void rg_hal_idle_exit(void)
{
  /* Under QEMU the semihosting exit ends the run with status 0. */
  rg_cortex_m_semihosting_exit();
  rg_hal_reset();
}
