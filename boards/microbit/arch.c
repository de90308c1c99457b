/* arch.c: apps on the microbit (Cortex-M0) — syscall entry, fault classes from HardFault, time budget.
 *
 * The M0 has no MPU and no unprivileged mode, so nothing isolates an app here: apps run in thread mode
 * on their own process stack and the kernel can only tell what went wrong after the fact. Every fault
 * arrives as HardFault with no status registers, so the class comes from the faulting instruction
 * (udf, bkpt, a load or store whose address is decoded from the registers) and from where the stack
 * pointer is. All app stacks sit together at the bottom of RAM, below every app's globals and the
 * kernel (see the generated rg_apps.ld): between two callbacks every app's stack is dead, so an
 * overflowing app only tramples stacks nobody is using before it runs off the bottom of RAM and
 * faults. A canary at the bottom of each stack catches overflows that return before reaching it.
 * The switch itself is in arch.S.
 */
#include "rg_abi.h"
#include "rg_app.h"
#include "rg_hal.h"
#include "rg_kernel.h"

#include "microbit.h"

/* Exception priorities (ARMv6-M implements the top two bits): SVC and SysTick equal, so a budget tick
 * never interrupts a syscall; TIMER0 (the software watchdog) above both, so it fires even when the
 * kernel hangs inside a syscall. */
#define PRIO_KERNEL 0x80u
#define PRIO_WATCHDOG 0x00u

/* A data access this far below the start of RAM (bytes) is the bottom app stack running off RAM. */
#define BELOW_RAM_SPAN 4096u

/* Written at the lowest word of an app's stack before each entry; found changed afterwards, the app
 * ran past the bottom of its stack (into a dead stack below) and is killed as stack-overflow. */
#define STACK_CANARY 0xC0DEFA11u

/* Words of stack searched for a return address when a stack overflow lost the exception frame: the
 * freshest frames sit right above the overflow point, and 64 words covers several of them. */
#define RETURN_SCAN_WORDS 64u

/* Exception frame words (r0-r3, r12, lr, pc, xPSR). */
#define FRAME_R0 0
#define FRAME_LR 5
#define FRAME_PC 6
#define FRAME_XPSR 7

/* `bkpt 0xab`: a semihosting call (only a debugger or QEMU answers it). */
#define SEMIHOSTING_BKPT 0xBEABu

/* End of code and constants in flash (link.ld). */
extern const uint8_t rg_microbit_text_end[];

static const rg_app_desc_t *s_desc;
static rg_hal_fault_t *s_fault;
static volatile uint32_t s_running;
static uint32_t s_start_ms;
static uint32_t s_budget_ms;
static uint32_t s_entry_ticks;

void rg_microbit_arch_init(void)
{
  SCB_SHPR2 = PRIO_KERNEL << 24;                   /* SVC */
  SCB_SHPR3 = (PRIO_KERNEL << 24) | (0xC0u << 16); /* SysTick, PendSV */
  NVIC_IPR(TIMER0_IRQ) = PRIO_WATCHDOG << (8u * (TIMER0_IRQ % 4u));
}

static uint32_t stack_bottom(void)
{
  return (uint32_t)(uintptr_t)s_desc->stack_base;
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
  volatile uint32_t *canary = (volatile uint32_t *)(uintptr_t)d->stack_base;
  *canary = STACK_CANARY;
  s_desc = d;
  s_fault = fault;
  s_budget_ms = budget_ms;
  s_start_ms = rg_hal_now_ms();
  s_running = 1;
  s_entry_ticks = rg_hal_ticks();
  /* The stack top is 8-byte aligned by the linker fragment (AAPCS). */
  int status =
      rg_microbit_enter(call_entry(call), (uint32_t)(uintptr_t)(d->stack_base + d->stack_bytes), call->arg);
  s_running = 0;
  if (status != RG_HAL_RUN_FAULT && *canary != STACK_CANARY) {
    fault->fault_class = RG_FAULT_STACK_OVERFLOW;
    fault->pc = 0;
    fault->lr = 0;
    fault->addr = stack_bottom();
    fault->ticks = rg_hal_ticks();
    return RG_HAL_RUN_FAULT;
  }
  return status;
}

_Noreturn void rg_hal_app_end(void)
{
  rg_microbit_leave(RG_HAL_RUN_ENDED);
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

static int within(uint32_t p, uint32_t len, uint32_t base, uint32_t bytes)
{
  return p >= base && p - base <= bytes && len <= bytes - (p - base);
}

int rg_hal_app_can_read(uint32_t app, const void *ptr, uint32_t len)
{
  /* No hardware enforces it on this board, but the kernel still refuses to read another app's or its
   * own memory on an app's behalf: flash, the app's stack and its globals only. */
  const rg_app_desc_t *d = &rg_apps[app];
  uint32_t p = (uint32_t)(uintptr_t)ptr;
  return within(p, len, MICROBIT_FLASH_BASE, MICROBIT_FLASH_BYTES) ||
         within(p, len, (uint32_t)(uintptr_t)d->stack_base, d->stack_bytes) ||
         within(p, len, (uint32_t)(uintptr_t)d->ram_base, d->ram_bytes);
}

int32_t rg_microbit_svc_from_app(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2)
{
  if (op == RG_SYS_INTERNAL_RETURN) {
    rg_microbit_leave(RG_HAL_RUN_RETURNED);
  }
  return rg_kernel_syscall(op, a0, a1, a2);
}

/* 1 when the 8-word exception frame at `frame` lies in RAM, so reading it cannot fault. */
static int frame_readable(uint32_t frame)
{
  return within(frame, 32u, MICROBIT_RAM_BASE, MICROBIT_RAM_BYTES);
}

/* The data address a Thumb-1 load/store at `insn` touches, from the app's registers; 0 when `insn`
 * is no load or store. `r` holds r0-r7, `sp` the app's stack pointer before the exception. */
static int data_address(uint16_t insn, const uint32_t r[8], uint32_t sp, uint32_t *addr)
{
  uint32_t rn = r[(insn >> 3) & 7u];
  uint32_t imm5 = (insn >> 6) & 31u;
  switch (insn & 0xF800u) {
  case 0x6000u: /* STR/LDR Rt, [Rn, #imm5*4] */
  case 0x6800u:
    *addr = rn + imm5 * 4u;
    return 1;
  case 0x7000u: /* STRB/LDRB */
  case 0x7800u:
    *addr = rn + imm5;
    return 1;
  case 0x8000u: /* STRH/LDRH */
  case 0x8800u:
    *addr = rn + imm5 * 2u;
    return 1;
  case 0x9000u: /* STR/LDR Rt, [SP, #imm8*4] */
  case 0x9800u:
    *addr = sp + (insn & 0xFFu) * 4u;
    return 1;
  case 0xC000u: /* STM/LDM Rn!, {list} */
  case 0xC800u:
    *addr = r[(insn >> 8) & 7u];
    return 1;
  default:
    break;
  }
  if ((insn & 0xF000u) == 0x5000u) { /* register offset forms */
    *addr = rn + r[(insn >> 6) & 7u];
    return 1;
  }
  if ((insn & 0xFE00u) == 0xB400u) { /* PUSH: the lowest word written */
    *addr = sp - 4u * (uint32_t)__builtin_popcount(insn & 0x1FFu);
    return 1;
  }
  if ((insn & 0xFE00u) == 0xBC00u) { /* POP */
    *addr = sp;
    return 1;
  }
  return 0;
}

/* 1 when `value` looks like a Thumb return address: odd, inside the code, right after a `bl` (32-bit) or
 * a `blx rm` (16-bit). */
static int is_return_address(uint32_t value)
{
  uint32_t after = value - 1u;
  if ((value & 1u) == 0u || after < 4u || after > (uint32_t)(uintptr_t)rg_microbit_text_end) {
    return 0;
  }
  const uint16_t *before = (const uint16_t *)(uintptr_t)(after - 4u);
  int bl = (before[0] & 0xF800u) == 0xF000u && (before[1] & 0xD000u) == 0xD000u;
  int blx = (before[1] & 0xFF87u) == 0x4780u;
  return bl || blx;
}

/* The first return address on the stack from `at` upwards that differs from `skip`, within
 * RETURN_SCAN_WORDS words; with `repeated`, one that occurs at least twice is preferred (a runaway
 * recursion pushes its own call site in every frame, while the locals between them may hold stale return
 * addresses left by whoever used that RAM before). 0 if none. */
static uint32_t scan_return_address(uint32_t at, uint32_t skip, int repeated)
{
  uint32_t end = MICROBIT_RAM_BASE + MICROBIT_RAM_BYTES;
  if (at < MICROBIT_RAM_BASE || at > end) {
    at = MICROBIT_RAM_BASE;
  }
  at = (at + 3u) & ~3u;
  uint32_t stop = end - at < RETURN_SCAN_WORDS * 4u ? end : at + RETURN_SCAN_WORDS * 4u;
  uint32_t first = 0;
  for (uint32_t p = at; p < stop; p += 4u) {
    uint32_t word = *(const uint32_t *)(uintptr_t)p;
    if (word == skip || !is_return_address(word)) {
      continue;
    }
    if (first == 0u) {
      first = word;
      if (!repeated) {
        break;
      }
    }
    for (uint32_t q = p + 4u; q < stop; q += 4u) {
      if (*(const uint32_t *)(uintptr_t)q == word) {
        return word;
      }
    }
  }
  return first;
}

/* Works out the class of an app's HardFault from its trusted exception frame. */
static uint32_t classify(const uint32_t *frame, const uint32_t *high, uint32_t *pc, uint32_t *lr, uint32_t *addr)
{
  uint32_t sp = (uint32_t)(uintptr_t)frame + 32u + ((frame[FRAME_XPSR] >> 9) & 1u) * 4u;
  *pc = frame[FRAME_PC];
  /* Where the app last called from; the call site for a leaf such as the fault demos. */
  *lr = frame[FRAME_LR];
  if (!within(*pc & ~1u, 2u, MICROBIT_FLASH_BASE, MICROBIT_FLASH_BYTES)) {
    *addr = *pc; /* an instruction fetch from where no code is (a bad function pointer) */
    return RG_FAULT_BUS_FAULT;
  }
  uint16_t insn = *(const volatile uint16_t *)(uintptr_t)(*pc & ~1u);
  if ((insn & 0xFF00u) == 0xDE00u) {
    if ((insn & 0xFFu) == MICROBIT_UDF_DIV0) {
      /* From __aeabi_idiv0 (arch.S): r0 is the return address into the app's division call. */
      uint32_t call = (frame[FRAME_R0] & ~1u) - 4u;
      if (within(call, 4u, MICROBIT_FLASH_BASE, MICROBIT_FLASH_BYTES)) {
        /* The stacked lr points into libgcc; the next return address up the stack, past the one into
         * the dividing function, is where that function was called from. */
        *pc = call;
        *lr = scan_return_address(sp, frame[FRAME_R0], 0);
      }
      return RG_FAULT_DIVIDE_BY_ZERO;
    }
    return RG_FAULT_UNDEFINED_INSTRUCTION;
  }
  if ((insn & 0xFF00u) == 0xBE00u) {
    return RG_FAULT_HARD_FAULT; /* bkpt with no debugger attached */
  }
  uint32_t r[8] = {frame[0], frame[1], frame[2], frame[3], high[0], high[1], high[2], high[3]};
  if (data_address(insn, r, sp, addr)) {
    if ((*addr < MICROBIT_RAM_BASE && *addr >= MICROBIT_RAM_BASE - BELOW_RAM_SPAN) || sp < stack_bottom()) {
      return RG_FAULT_STACK_OVERFLOW;
    }
    return RG_FAULT_BUS_FAULT;
  }
  return RG_FAULT_HARD_FAULT;
}

void rg_microbit_fault(uint32_t exc_return, uint32_t *psp, uint32_t *msp, const uint32_t *high)
{
  uint32_t ticks = rg_hal_ticks();
  if ((exc_return & 0xFu) != 0xDu || !s_running) {
    uint32_t pc = (exc_return & 4u) ? 0u : msp[FRAME_PC];
    /* rg_hal_idle_exit's semihosting call on a chip with no debugger: step over it, it then idles. */
    if ((exc_return & 4u) == 0u && within(pc, 2u, MICROBIT_FLASH_BASE, MICROBIT_FLASH_BYTES) &&
        *(const uint16_t *)(uintptr_t)pc == SEMIHOSTING_BKPT) {
      msp[FRAME_PC] = pc + 2u;
      return;
    }
    rg_kernel_panic(pc, MICROBIT_EXC_HARDFAULT, "kernel fault");
  }
  uint32_t pc = 0;
  uint32_t lr = 0;
  uint32_t addr = 0;
  uint32_t fault_class = RG_FAULT_STACK_OVERFLOW;
  uint32_t frame = (uint32_t)(uintptr_t)psp;
  /* A frame that could not be stacked in RAM means the stack pointer ran off the bottom of RAM. */
  if (frame_readable(frame)) {
    fault_class = classify(psp, high, &pc, &lr, &addr);
  } else {
    /* The PSP was lowered by the frame before the stacking failed: the live stack starts above it. */
    lr = scan_return_address(frame + 32u, 0u, 1);
  }
  s_fault->fault_class = fault_class;
  s_fault->pc = pc;
  s_fault->lr = lr;
  s_fault->addr = addr;
  s_fault->ticks = ticks;
  rg_microbit_leave(RG_HAL_RUN_FAULT);
}

void rg_microbit_tick(uint32_t exc_return, uint32_t *psp)
{
  rg_microbit_clock_update();
  /* Only an app interrupted in thread mode can be out of budget (SVC has the same priority). */
  if (s_running && (exc_return & 0xFu) == 0xDu && rg_hal_now_ms() - s_start_ms > s_budget_ms) {
    uint32_t frame = (uint32_t)(uintptr_t)psp;
    s_fault->fault_class = RG_FAULT_TIMEOUT;
    s_fault->pc = frame_readable(frame) ? psp[FRAME_PC] : 0u;
    s_fault->lr = frame_readable(frame) ? psp[FRAME_LR] : 0u;
    s_fault->addr = 0;
    s_fault->ticks = rg_hal_ticks();
    rg_microbit_leave(RG_HAL_RUN_FAULT);
  }
}

void rg_microbit_unexpected(void)
{
  rg_kernel_panic(0, SCB_ICSR & 0x3Fu, "unexpected exception");
}
