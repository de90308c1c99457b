/* mps2.h: registers and the internal interface of the mps2-an385 board (Cortex-M3 under QEMU).
 *
 * Shared by the board's own files only: the HAL (hal.c), the app-context layer (arch.c), the
 * assembly entry points (arch.S) and the fault demo. The kernel never sees this header.
 */
#ifndef RG_MPS2_H
#define RG_MPS2_H

#include <stdint.h>

#define RG_REG(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

/* System control block (ARMv7-M). */
#define SCB_ICSR RG_REG(0xE000ED04u)
#define SCB_AIRCR RG_REG(0xE000ED0Cu)
#define SCB_CCR RG_REG(0xE000ED14u)
#define SCB_SHPR1 RG_REG(0xE000ED18u)
#define SCB_SHPR2 RG_REG(0xE000ED1Cu)
#define SCB_SHPR3 RG_REG(0xE000ED20u)
#define SCB_SHCSR RG_REG(0xE000ED24u)
#define SCB_CFSR RG_REG(0xE000ED28u)
#define SCB_HFSR RG_REG(0xE000ED2Cu)
#define SCB_MMFAR RG_REG(0xE000ED34u)
#define SCB_BFAR RG_REG(0xE000ED38u)
#define AIRCR_SYSRESETREQ 0x05FA0004u

/* SysTick. */
#define SYST_CSR RG_REG(0xE000E010u)
#define SYST_RVR RG_REG(0xE000E014u)
#define SYST_CVR RG_REG(0xE000E018u)

/* MPU (PMSAv7). */
#define MPU_CTRL RG_REG(0xE000ED94u)
#define MPU_RNR RG_REG(0xE000ED98u)
#define MPU_RBAR RG_REG(0xE000ED9Cu)
#define MPU_RASR RG_REG(0xE000EDA0u)

/* CMSDK UART0. */
#define UART0_DATA RG_REG(0x40004000u)
#define UART0_STATE RG_REG(0x40004004u)
#define UART0_CTRL RG_REG(0x40004008u)
#define UART0_BAUDDIV RG_REG(0x40004010u)

/* CMSDK TIMER0: a 32-bit down counter at the 25 MHz peripheral clock. */
#define TIMER0_CTRL RG_REG(0x40000000u)
#define TIMER0_VALUE RG_REG(0x40000004u)
#define TIMER0_RELOAD RG_REG(0x40000008u)

/* CMSDK watchdog. */
#define WDOG_LOAD RG_REG(0x40008000u)
#define WDOG_CTRL RG_REG(0x40008008u)
#define WDOG_INTCLR RG_REG(0x4000800Cu)
#define WDOG_LOCK RG_REG(0x40008C00u)
#define WDOG_UNLOCK_KEY 0x1ACCE551u

/* Clocks (Hz): the CPU (SysTick) and the peripherals (timer, watchdog) both run at 25 MHz. */
#define MPS2_CLOCK_HZ 25000000u
#define MPS2_TICKS_PER_MS (MPS2_CLOCK_HZ / 1000u)

/* Flash (code) region covered by MPU region 0, read-only and executable for everyone. */
#define MPS2_FLASH_BASE 0x00000000u
#define MPS2_FLASH_LOG2 22u /* 4 MiB */

/* Which exception entered the common fault path (the exception numbers). */
#define MPS2_EXC_HARDFAULT 3u
#define MPS2_EXC_MEMMANAGE 4u
#define MPS2_EXC_BUSFAULT 5u
#define MPS2_EXC_USAGEFAULT 6u

/* ---- arch.S ---- */

/* Kernel side of "run in app context": svc ENTER; returns the status rg_mps2_leave was given. */
int rg_mps2_enter(uint32_t fn, uint32_t psp_top, uint32_t arg);
/* From handler mode: abandon the app context and resume the kernel after its rg_mps2_enter. */
_Noreturn void rg_mps2_leave(int status);
/* MSP value right after ENTER saved the kernel's r4-r11 (the point rg_mps2_leave unwinds to). */
extern uint32_t rg_mps2_kernel_msp;

/* ---- arch.c, called from arch.S ---- */

int32_t rg_mps2_svc_from_app(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2);
void rg_mps2_fault(uint32_t exception, uint32_t exc_return, uint32_t *psp, uint32_t *msp);
void rg_mps2_tick(uint32_t exc_return, uint32_t *psp);
void rg_mps2_unexpected(void);
void rg_mps2_arch_init(void);

/* ---- hal.c ---- */

void rg_mps2_nmi(void);
/* Advances the millisecond clock from TIMER0; called from the SysTick handler only. */
void rg_mps2_clock_update(void);

#endif /* RG_MPS2_H */
