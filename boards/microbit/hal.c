/* hal.c: the microbit HAL — start-up, UART, time, watchdog, reset record, semihosting exit.
 *
 * Time comes from the free-running TIMER0 (32 bits at 16 MHz, read through a capture task), advanced
 * into milliseconds by the 1 kHz SysTick, so a late tick (QEMU's WFI quirk) delays the clock but never
 * loses time. The watchdog is two things: the nRF51 WDT (a real chip reset; QEMU does not emulate it)
 * and a software deadline on TIMER0's compare channel 1 at the highest interrupt priority, which
 * leaves a watchdog reset record and resets the chip when the kernel stops feeding it. The second one
 * is what resets a hung kernel under QEMU; on the chip it is a faster, record-leaving backstop.
 */
#include "rg_abi.h"
#include "rg_hal.h"
#include "rg_kernel.h"

#include "microbit.h"
#include "../cortex-m/cortex-m.h"

/* Survives resets: no start-up code touches .noinit, and it is in no loadable ELF segment. */
static rg_reset_record_t s_record __attribute__((section(".noinit")));

static volatile uint32_t s_ms;
static uint32_t s_last_ticks;
static uint32_t s_rest_ticks;
static uint32_t s_watchdog_ticks;

void rg_hal_init(void)
{
  UART_PSELTXD = MICROBIT_TX_PIN;
  UART_BAUDRATE = UART_BAUD_115200;
  UART_ENABLE = UART_ENABLE_ON;
  UART_STARTTX = 1u;
  UART_STARTRX = 1u;
  TIMER0_MODE = 0u;    /* timer, not counter */
  TIMER0_BITMODE = 3u; /* 32 bits */
  TIMER0_PRESCALER = 0u;
  TIMER0_CLEAR = 1u;
  TIMER0_START = 1u;
  s_last_ticks = rg_hal_ticks();
  rg_microbit_arch_init();
  SYST_RVR = MICROBIT_TICKS_PER_MS - 1u;
  SYST_CVR = 0;
  SYST_CSR = 7u; /* processor clock, interrupt, enable */
}

void rg_hal_uart_write(const uint8_t *data, uint32_t len)
{
  for (uint32_t i = 0; i < len; i++) {
    UART_EVENTS_TXDRDY = 0u;
    UART_TXD = data[i];
    while (UART_EVENTS_TXDRDY == 0u) {
    }
  }
}

void rg_microbit_clock_update(void)
{
  uint32_t now = rg_hal_ticks();
  s_rest_ticks += now - s_last_ticks;
  s_last_ticks = now;
  if (s_rest_ticks >= MICROBIT_TICKS_PER_MS) {
    s_ms += s_rest_ticks / MICROBIT_TICKS_PER_MS;
    s_rest_ticks %= MICROBIT_TICKS_PER_MS;
  }
}

uint32_t rg_hal_now_ms(void)
{
  return s_ms;
}

uint32_t rg_hal_ticks(void)
{
  TIMER0_CAPTURE0 = 1u;
  return TIMER0_CC0;
}

uint32_t rg_hal_tick_hz(void)
{
  return MICROBIT_CLOCK_HZ;
}

void rg_hal_idle(uint32_t max_ms)
{
  /* The 1 kHz SysTick wakes the core well within any wait the kernel asks for. */
  (void)max_ms;
  __asm__ volatile("wfi");
}

void rg_hal_watchdog_start(uint32_t timeout_ms)
{
  /* Hardware WDT: counts (CRV + 1) cycles of the 32.768 kHz clock, keeps running while the CPU sleeps. */
  WDT_CRV = timeout_ms * (WDT_HZ / 1000u) + (timeout_ms * (WDT_HZ % 1000u)) / 1000u - 1u;
  WDT_RREN = 1u;
  WDT_CONFIG = 1u;
  WDT_START = 1u;
  /* Software deadline: TIMER0 compare 1, interrupt at the highest priority. */
  s_watchdog_ticks = timeout_ms * MICROBIT_TICKS_PER_MS;
  rg_hal_watchdog_feed();
  TIMER0_INTENSET = 1u << 17; /* COMPARE[1] */
  NVIC_ISER = 1u << TIMER0_IRQ;
}

void rg_hal_watchdog_feed(void)
{
  WDT_RR0 = WDT_RELOAD_KEY;
  TIMER0_CC1 = rg_hal_ticks() + s_watchdog_ticks;
  TIMER0_EVENTS_COMPARE1 = 0u;
}

void rg_microbit_timer0(void)
{
  rg_kernel_reset_record_write(RG_BOOT_WATCHDOG, 0, 0, "watchdog");
  rg_hal_reset();
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
  /* Under QEMU the semihosting exit ends the run with status 0.
   * On the chip with no debugger attached the bkpt raises HardFault, which steps over it (arch.c): then
   * the chip idles for good, feeding the watchdog, since every app has ended on purpose. */
  rg_cortex_m_semihosting_exit();
  for (;;) {
    rg_hal_watchdog_feed();
    __asm__ volatile("wfi");
  }
}
