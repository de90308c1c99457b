/* arch.c: apps' isolation on mps2-an385 — MPU regions, syscall entry, fault classes, time budget.
 *
 * Apps run unprivileged on the process stack with two MPU regions: flash (read-only, executable, for
 * everyone) and the app's own RAM block (read-write, execute-never). Everything else (kernel RAM,
 * peripherals, other apps) is reachable only through the privileged default map. The switch itself is
 * in arch.S; this file decides what a fault was and hands the kernel a status.
 */
#include "rg_abi.h"
#include "rg_app.h"
#include "rg_hal.h"
#include "rg_kernel.h"

#include "mps2.h"

/* A data fault this far below the app's block (bytes), taken while the app's stack pointer is this
 * close to the block's bottom, counts as running off the bottom of its stack; a stray write from
 * higher up the stack into the block below stays a plain mem-manage. */
#define STACK_GUARD_SPAN 4096u
#define STACK_LOW_WATER 256u

/* Exception priorities (upper bits count on the M3): SVC and SysTick equal, so a budget tick never
 * interrupts a syscall; faults keep the highest priority (0) so a kernel fault is always caught. */
#define PRIO_KERNEL 0x80u

/* Words of app stack searched for a return address when a stack overflow lost the exception frame. The
 * freshest frames sit right above the overflow point; 64 words (256 bytes) covers several of them while
 * keeping the fault path short. */
#define RETURN_SCAN_WORDS 64u

/* Exception frame words (r0-r3, r12, lr, pc, xPSR). */
#define FRAME_LR 5
#define FRAME_PC 6

/* End of the firmware's own code in flash; the toolchain's libraries follow it (link.ld). */
extern const uint8_t rg_mps2_own_text_end[];

static const rg_app_desc_t *s_desc;
static rg_hal_fault_t *s_fault;
static volatile uint32_t s_running;
static uint32_t s_start_ms;
static uint32_t s_budget_ms;
static uint32_t s_entry_ticks;

static void mpu_region(uint32_t number, uint32_t base, uint32_t log2_size, uint32_t attributes)
{
  MPU_RNR = number;
  MPU_RBAR = base;
  MPU_RASR = attributes | ((log2_size - 1u) << 1) | 1u;
}

void rg_mps2_arch_init(void)
{
  /* Region 0: all flash, read-only for both levels (AP=110), executable. */
  mpu_region(0, MPS2_FLASH_BASE, MPS2_FLASH_LOG2, (6u << 24) | (1u << 17));
  /* PRIVDEFENA: the kernel keeps the default map; unprivileged code sees only the regions. */
  MPU_CTRL = 1u | 4u;
  SCB_SHPR2 = PRIO_KERNEL << 24;                    /* SVC */
  SCB_SHPR3 = (PRIO_KERNEL << 24) | (0xFFu << 16);  /* SysTick, PendSV */
  SCB_SHCSR |= (1u << 16) | (1u << 17) | (1u << 18); /* MemManage, BusFault, UsageFault */
  SCB_CCR |= 1u << 4;                               /* DIV_0_TRP */
  __asm__ volatile("dsb\n\tisb" ::: "memory");
}

/* The entry address of a call: the Thumb function to start with r0 = call->arg (a plain function simply
 * ignores r0, so both kinds start the same way and no C function pointer is converted). */
static uint32_t call_entry(const rg_hal_call_t *call)
{
  return call->plain != 0 ? (uint32_t)(uintptr_t)call->plain : (uint32_t)(uintptr_t)call->with_arg;
}

int rg_hal_app_run(uint32_t app, const rg_hal_call_t *call, uint32_t budget_ms, rg_hal_fault_t *fault)
{
  const rg_app_desc_t *d = &rg_apps[app];
  uint32_t base = (uint32_t)(uintptr_t)d->ram_base;
  /* Region 1: the app's block, read-write for both levels (AP=011), execute-never. */
  mpu_region(1, base, (uint32_t)__builtin_ctz(d->ram_bytes), (1u << 28) | (3u << 24) | (1u << 17));
  __asm__ volatile("dsb\n\tisb" ::: "memory");
  s_desc = d;
  s_fault = fault;
  s_budget_ms = budget_ms;
  s_start_ms = rg_hal_now_ms();
  s_running = 1;
  s_entry_ticks = rg_hal_ticks();
  int status = rg_mps2_enter(call_entry(call), (uint32_t)(uintptr_t)(d->stack_base + d->stack_bytes), call->arg);
  s_running = 0;
  return status;
}

_Noreturn void rg_hal_app_end(void)
{
  rg_mps2_leave(RG_HAL_RUN_ENDED);
}

uint32_t rg_hal_app_entry_ticks(void)
{
  return s_entry_ticks;
}

void rg_hal_app_stack(uint32_t app, uint32_t *lo, uint32_t *hi)
{
  const rg_app_desc_t *d = &rg_apps[app];
  *lo = (uint32_t)(uintptr_t)d->stack_base;
  *hi = *lo + d->stack_bytes;
}

int rg_hal_app_can_read(uint32_t app, const void *ptr, uint32_t len)
{
  const rg_app_desc_t *d = &rg_apps[app];
  uint32_t p = (uint32_t)(uintptr_t)ptr;
  uint32_t base = (uint32_t)(uintptr_t)d->ram_base;
  if (p + len < p) {
    return 0;
  }
  /* Flash starts at address 0, so only its end needs checking. */
  return (p >= base && p + len <= base + d->ram_bytes) || p + len <= MPS2_FLASH_BASE + (1u << MPS2_FLASH_LOG2);
}

int32_t rg_mps2_svc_from_app(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2)
{
  if (op == RG_SYS_INTERNAL_RETURN) {
    rg_mps2_leave(RG_HAL_RUN_RETURNED);
  }
  return rg_kernel_syscall(op, a0, a1, a2);
}

/* 1 when the app's exception frame lies inside its block, so its stacked PC can be trusted. */
static int frame_ok(const uint32_t *psp)
{
  uint32_t p = (uint32_t)(uintptr_t)psp;
  uint32_t base = (uint32_t)(uintptr_t)s_desc->ram_base;
  return p >= base && p + 32u <= base + s_desc->ram_bytes;
}

/* 1 when `value` looks like a Thumb return address into the firmware's own code (not libgcc's or libc's):
 * odd, inside that code, and right after a `bl` (32-bit) or a `blx rm` (16-bit). Data on a stack rarely
 * passes all three. */
static int is_return_address(uint32_t value)
{
  uint32_t after = value - 1u;
  if ((value & 1u) == 0u || after < 4u || after > (uint32_t)(uintptr_t)rg_mps2_own_text_end) {
    return 0;
  }
  const uint16_t *before = (const uint16_t *)(uintptr_t)(after - 4u);
  int bl = (before[0] & 0xF800u) == 0xF000u && (before[1] & 0xD000u) == 0xD000u;
  int blx = (before[1] & 0xFF87u) == 0x4780u;
  return bl || blx;
}

/* A stack overflow's exception frame is lost (stacking ran off the block as well), and with it the pc and
 * lr. The app's stack above the failed frame still holds the return addresses its functions pushed: the
 * lowest one into the firmware's own code is the call site nearest the overflow (in a runaway recursion,
 * the recursive call; frames of library helpers such as soft-float arithmetic are skipped). By the
 * architecture's PushStack the PSP was lowered by the frame before the stacking failed, so the live
 * stack starts 32 bytes above it. Returns 0 when nothing on the stack looks like a return address. */
static uint32_t scan_return_address(uint32_t psp)
{
  uint32_t lo = (uint32_t)(uintptr_t)s_desc->stack_base;
  uint32_t hi = lo + s_desc->stack_bytes;
  uint32_t at = psp + 32u > lo ? ((psp + 32u + 3u) & ~3u) : lo;
  for (uint32_t n = 0; n < RETURN_SCAN_WORDS && at + 4u <= hi; n++, at += 4u) {
    uint32_t word = *(const uint32_t *)(uintptr_t)at;
    if (is_return_address(word)) {
      return word;
    }
  }
  return 0;
}

static uint32_t classify(uint32_t exception, uint32_t cfsr, uint32_t hfsr, uint32_t psp, uint32_t *addr)
{
  uint32_t mmfsr = cfsr & 0xFFu;
  uint32_t bfsr = (cfsr >> 8) & 0xFFu;
  uint32_t ufsr = cfsr >> 16;
  uint32_t base = (uint32_t)(uintptr_t)s_desc->ram_base;
  if (exception == MPS2_EXC_HARDFAULT && (hfsr & (1u << 30)) == 0u) {
    return RG_FAULT_HARD_FAULT; /* not escalated from a configurable fault */
  }
  if (mmfsr != 0u) {
    *addr = (mmfsr & 0x80u) ? SCB_MMFAR : 0u;
    int below = (mmfsr & 0x80u) && *addr < base && *addr >= base - STACK_GUARD_SPAN;
    if ((mmfsr & 0x10u) || (below && psp < base + STACK_LOW_WATER)) {
      return RG_FAULT_STACK_OVERFLOW; /* MSTKERR, or a push just below the block */
    }
    return RG_FAULT_MEM_MANAGE;
  }
  if (bfsr != 0u) {
    *addr = (bfsr & 0x80u) ? SCB_BFAR : 0u;
    return (bfsr & 0x10u) ? RG_FAULT_STACK_OVERFLOW : RG_FAULT_BUS_FAULT;
  }
  if (ufsr & 1u) {
    return RG_FAULT_UNDEFINED_INSTRUCTION;
  }
  if (ufsr & (1u << 9)) {
    return RG_FAULT_DIVIDE_BY_ZERO;
  }
  if (ufsr != 0u) {
    return RG_FAULT_USAGE_FAULT;
  }
  return exception == MPS2_EXC_HARDFAULT ? RG_FAULT_HARD_FAULT : RG_FAULT_USAGE_FAULT;
}

void rg_mps2_fault(uint32_t exception, uint32_t exc_return, uint32_t *psp, uint32_t *msp)
{
  uint32_t ticks = rg_hal_ticks();
  uint32_t cfsr = SCB_CFSR;
  uint32_t hfsr = SCB_HFSR;
  /* The status bits are write-one-to-clear; the next fault must start clean. */
  SCB_CFSR = cfsr;
  SCB_HFSR = hfsr;
  if ((exc_return & 0xFu) != 0xDu || !s_running) {
    const uint32_t *frame = (exc_return & 4u) ? psp : msp;
    rg_kernel_panic(frame[6], exception, "kernel fault");
  }
  uint32_t addr = 0;
  uint32_t fault_class = classify(exception, cfsr, hfsr, (uint32_t)(uintptr_t)psp, &addr);
  int trusted = frame_ok(psp);
  if (!trusted) {
    fault_class = RG_FAULT_STACK_OVERFLOW; /* the stack pointer left the block */
  }
  s_fault->fault_class = fault_class;
  s_fault->pc = trusted ? psp[FRAME_PC] : 0u;
  /* The stacked LR is the call site when the faulting function has not called anything since it was
   * entered (a leaf such as the fault demos); elsewhere it is the return address of the last call made,
   * or whatever the compiler left in LR. Hosts use it only when the pc names no TypeScript line. */
  s_fault->lr = trusted ? psp[FRAME_LR] : scan_return_address((uint32_t)(uintptr_t)psp);
  s_fault->addr = addr;
  s_fault->ticks = ticks;
  rg_mps2_leave(RG_HAL_RUN_FAULT);
}

void rg_mps2_tick(uint32_t exc_return, uint32_t *psp)
{
  rg_mps2_clock_update();
  /* Only an app interrupted in thread mode can be out of budget (SVC has the same priority). */
  if (s_running && (exc_return & 0xFu) == 0xDu && rg_hal_now_ms() - s_start_ms > s_budget_ms) {
    int trusted = frame_ok(psp);
    s_fault->fault_class = RG_FAULT_TIMEOUT;
    s_fault->pc = trusted ? psp[FRAME_PC] : 0u;
    s_fault->lr = trusted ? psp[FRAME_LR] : 0u;
    s_fault->addr = 0;
    s_fault->ticks = rg_hal_ticks();
    rg_mps2_leave(RG_HAL_RUN_FAULT);
  }
}

void rg_mps2_unexpected(void)
{
  rg_kernel_panic(0, SCB_ICSR & 0x1FFu, "unexpected exception");
}
