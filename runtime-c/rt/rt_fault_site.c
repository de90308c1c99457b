/* rt_fault_site.c: the app call site a fault raised inside the runtime is reported at.
 *
 * A fault the runtime raises on the app's behalf (out of memory in a string concatenation, a RangeError
 * thrown by "x".repeat(-1), a timer table that cannot grow) starts deep in runtime code, so the return
 * address its entry point sees is a runtime C line. The host names a fault's TypeScript line from the
 * return address the `fault` syscall passes, so before that syscall rg_rt_fault_site walks up the app's
 * stack to the nearest return address into the apps' own code: the call the app made into the runtime.
 *
 * The apps' code sits between the linker symbols rg_app_text_lo and rg_app_text_hi (the build places every
 * app object's code there, see tools/src/build/app-text.ts). They are weak: a harness that links the
 * runtime without the firmware build's linker script gets no range, and the fault keeps its address.
 * The design and its limits are in docs/LANGUAGE-RUNTIME.md (Errors).
 */
#include <stdbool.h>
#include <stdint.h>

#include "rg_syscall.h"
#include "rg_throw.h"

extern const uint8_t rg_app_text_lo[] __attribute__((weak));
extern const uint8_t rg_app_text_hi[] __attribute__((weak));

#if defined(__thumb__)
#define RG_THUMB 1
#else
#define RG_THUMB 0
#endif

#if RG_THUMB
/* A Thumb return address (state bit set) right after a call from the apps' code out of it: a 32-bit `bl`
 * whose target is outside the apps' code, or a 16-bit `blx rm` (target unknown). */
static bool is_app_return(uintptr_t value, uintptr_t lo, uintptr_t hi) {
  uintptr_t after = value - 1u;
  if ((value & 1u) == 0u || after < lo + 4u || after > hi) {
    return false;
  }
  const volatile uint16_t *before = (const volatile uint16_t *)(after - 4u);
  uint32_t h1 = before[0];
  uint32_t h2 = before[1];
  if ((h2 & 0xFF87u) == 0x4780u) {
    return true;
  }
  if ((h1 & 0xF800u) != 0xF000u || (h2 & 0xD000u) != 0xD000u) {
    return false;
  }
  /* BL T1: imm32 = SignExtend(S:I1:I2:imm10:imm11:0), I1 = NOT(J1 EOR S), I2 = NOT(J2 EOR S). */
  uint32_t s = (h1 >> 10) & 1u;
  uint32_t i1 = ((h2 >> 13) & 1u) ^ s ^ 1u;
  uint32_t i2 = ((h2 >> 11) & 1u) ^ s ^ 1u;
  uint32_t imm = (s << 24) | (i1 << 23) | (i2 << 22) | ((h1 & 0x3FFu) << 12) | ((h2 & 0x7FFu) << 1);
  if (s != 0u) {
    imm |= 0xFE000000u;
  }
  uintptr_t target = (uintptr_t)((uint32_t)after + imm);
  return target < lo || target >= hi;
}
#else
/* True when the `len` bytes before `end` are an indirect call, FF /2: a ModRM byte with reg field 2 after
 * the FF, then `disp` displacement bytes (a register operand, memory through a register, with disp8 or
 * disp32, rip-relative, each with or without a SIB byte). */
static bool indirect_call(const volatile uint8_t *end, uint32_t len) {
  const volatile uint8_t *op = end - len;
  if (op[0] != 0xFFu || (op[1] & 0x38u) != 0x10u) {
    return false;
  }
  uint32_t mod = op[1] >> 6;
  uint32_t rm = op[1] & 7u;
  uint32_t sib = mod != 3u && rm == 4u ? 1u : 0u;
  uint32_t disp = mod == 1u ? 1u : mod == 2u || (mod == 0u && rm == 5u) ? 4u : 0u;
  return len == 2u + sib + disp;
}

/* A host (x86-64) return address right after a call from the apps' code out of it: a `call rel32` whose
 * target is outside the apps' code, or an indirect call (target unknown). */
static bool is_app_return(uintptr_t value, uintptr_t lo, uintptr_t hi) {
  if (value < lo + 7u || value > hi) {
    return false;
  }
  const volatile uint8_t *end = (const volatile uint8_t *)value;
  if (end[-5] == 0xE8u) {
    uint32_t rel = (uint32_t)end[-4] | ((uint32_t)end[-3] << 8) | ((uint32_t)end[-2] << 16) |
                   ((uint32_t)end[-1] << 24);
    uintptr_t target = value + (uintptr_t)(intptr_t)(int32_t)rel;
    return target < lo || target >= hi;
  }
  for (uint32_t len = 2u; len <= 7u; len++) {
    if (indirect_call(end, len)) {
      return true;
    }
  }
  return false;
}
#endif

/* Reads the stack as plain words: AddressSanitizer's redzones between the runtime's frames are not
 * errors here, they are skipped like any other word that is not a return address. */
__attribute__((noinline, no_sanitize_address)) static uintptr_t scan(const uintptr_t *at, const uintptr_t *top,
                                                                     uintptr_t caller, uintptr_t lo,
                                                                     uintptr_t hi) {
  /* Start at the slot holding `caller` (the runtime entry point's saved return address) when it is there:
   * the fault path's own buffers below it may hold stale words from earlier, deeper calls. */
  for (const volatile uintptr_t *w = at; w < top; w++) {
    if (*w == caller) {
      at = (const uintptr_t *)(w + 1);
      break;
    }
  }
  for (const volatile uintptr_t *w = at; w < top; w++) {
    uintptr_t value = *w;
    if (is_app_return(value, lo, hi)) {
      return value;
    }
  }
  return 0u;
}

__attribute__((noinline)) uint32_t rg_rt_fault_site(uint32_t caller) {
  uintptr_t lo = (uintptr_t)rg_app_text_lo;
  uintptr_t hi = (uintptr_t)rg_app_text_hi;
  uintptr_t back = RG_THUMB ? (uintptr_t)caller - 1u : (uintptr_t)caller;
  if (lo == 0u || hi <= lo || caller == 0u || (back > lo && back <= hi)) {
    return caller; /* no range known, nothing to start from, or already the app's own call site */
  }
  uint32_t bounds[2] = {0u, 0u};
  if (rg_syscall(RG_SYS_APP_STACK, (uint32_t)(uintptr_t)bounds, 0u, 0u) != 0) {
    return caller;
  }
  /* This function's own frame on the real stack (a local's address could be in AddressSanitizer's fake
   * stack); everything the scan needs is above it. */
  uintptr_t align = sizeof(uintptr_t) - 1u;
  uintptr_t from = ((uintptr_t)__builtin_frame_address(0) + align) & ~align;
  uintptr_t top = (uintptr_t)bounds[1] & ~align;
  if (from < (uintptr_t)bounds[0] || from >= top) {
    return caller;
  }
  uintptr_t found = scan((const uintptr_t *)from, (const uintptr_t *)top, (uintptr_t)caller, lo, hi);
  return found != 0u ? (uint32_t)found : caller;
}
