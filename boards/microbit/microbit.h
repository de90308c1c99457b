/* microbit.h: registers and the internal interface of the microbit board (nRF51822, Cortex-M0).
 *
 * Shared by the board's own files only: start-up and HAL (hal.c), the app-context layer (arch.c,
 * arch.S), the NVMC flash driver (nvmc.c) and the fault demo. The kernel never sees this header.
 */
#ifndef RG_MICROBIT_H
#define RG_MICROBIT_H

#include <stdint.h>

#define RG_REG(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

/* System control block (ARMv6-M: no CFSR, no MMFAR/BFAR, no SHCSR fault enables). */
#define SCB_ICSR RG_REG(0xE000ED04u)
#define SCB_AIRCR RG_REG(0xE000ED0Cu)
#define SCB_SHPR2 RG_REG(0xE000ED1Cu)
#define SCB_SHPR3 RG_REG(0xE000ED20u)
#define AIRCR_SYSRESETREQ 0x05FA0004u

/* NVIC (external interrupts). */
#define NVIC_ISER RG_REG(0xE000E100u)
#define NVIC_IPR(n) RG_REG(0xE000E400u + 4u * ((n) / 4u))

/* SysTick, clocked by the 16 MHz processor clock. */
#define SYST_CSR RG_REG(0xE000E010u)
#define SYST_RVR RG_REG(0xE000E014u)
#define SYST_CVR RG_REG(0xE000E018u)

/* UART0. */
#define UART_STARTRX RG_REG(0x40002000u)
#define UART_STARTTX RG_REG(0x40002008u)
#define UART_EVENTS_TXDRDY RG_REG(0x4000211Cu)
#define UART_ENABLE RG_REG(0x40002500u)
#define UART_PSELTXD RG_REG(0x4000250Cu)
#define UART_TXD RG_REG(0x4000251Cu)
#define UART_BAUDRATE RG_REG(0x40002524u)
#define UART_ENABLE_ON 4u
#define UART_BAUD_115200 0x01D7E000u
#define MICROBIT_TX_PIN 24u /* the micro:bit's USB serial TX (to the interface chip) */

/* TIMER0: a 32-bit up counter at 16 MHz (PRESCALER 0), read through a capture task. CC[1] is the
 * software watchdog's deadline (see hal.c). */
#define TIMER0_START RG_REG(0x40008000u)
#define TIMER0_CLEAR RG_REG(0x4000800Cu)
#define TIMER0_CAPTURE0 RG_REG(0x40008040u)
#define TIMER0_EVENTS_COMPARE1 RG_REG(0x40008144u)
#define TIMER0_INTENSET RG_REG(0x40008304u)
#define TIMER0_MODE RG_REG(0x40008504u)
#define TIMER0_BITMODE RG_REG(0x40008508u)
#define TIMER0_PRESCALER RG_REG(0x40008510u)
#define TIMER0_CC0 RG_REG(0x40008540u)
#define TIMER0_CC1 RG_REG(0x40008544u)
#define TIMER0_IRQ 8u

/* Hardware watchdog (not emulated by QEMU: its registers read 0 and writes do nothing there). */
#define WDT_START RG_REG(0x40010000u)
#define WDT_CRV RG_REG(0x40010504u)
#define WDT_RREN RG_REG(0x40010508u)
#define WDT_CONFIG RG_REG(0x4001050Cu)
#define WDT_RR0 RG_REG(0x40010600u)
#define WDT_RELOAD_KEY 0x6E524635u
#define WDT_HZ 32768u

/* NVMC, the flash controller. */
#define NVMC_READY RG_REG(0x4001E400u)
#define NVMC_CONFIG RG_REG(0x4001E504u)
#define NVMC_ERASEPAGE RG_REG(0x4001E508u)
#define NVMC_CONFIG_READ 0u
#define NVMC_CONFIG_WRITE 1u
#define NVMC_CONFIG_ERASE 2u

/* Clocks and memory. */
#define MICROBIT_CLOCK_HZ 16000000u
#define MICROBIT_TICKS_PER_MS (MICROBIT_CLOCK_HZ / 1000u)
#define MICROBIT_FLASH_BASE 0x00000000u
#define MICROBIT_FLASH_BYTES 0x00040000u
#define MICROBIT_RAM_BASE 0x20000000u
#define MICROBIT_RAM_BYTES 0x00004000u

/* Exception numbers. */
#define MICROBIT_EXC_HARDFAULT 3u

/* `udf` immediates the board's own code uses, so the HardFault handler can tell them apart from an
 * app's plain undefined instruction: integer division by zero (from __aeabi_idiv0). */
#define MICROBIT_UDF_DIV0 0xD0u

/* ---- arch.S ---- */

/* Kernel side of "run in app context": svc ENTER; returns the status rg_microbit_leave was given. */
int rg_microbit_enter(uint32_t fn, uint32_t psp_top, uint32_t arg);
/* From handler mode: abandon the app context and resume the kernel after its rg_microbit_enter. */
_Noreturn void rg_microbit_leave(int status);

/* ---- arch.c, called from arch.S ---- */

int32_t rg_microbit_svc_from_app(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2);
/* `frame` is the stacked exception frame (PSP or MSP per exc_return), `high` the live r4-r7. */
void rg_microbit_fault(uint32_t exc_return, uint32_t *psp, uint32_t *msp, const uint32_t *high);
void rg_microbit_tick(uint32_t exc_return, uint32_t *psp);
void rg_microbit_unexpected(void);
void rg_microbit_arch_init(void);

/* ---- hal.c ---- */

/* Advances the millisecond clock from TIMER0; called from the SysTick handler only. */
void rg_microbit_clock_update(void);
/* TIMER0 interrupt: the software watchdog's deadline passed. */
void rg_microbit_timer0(void);

#endif /* RG_MICROBIT_H */
