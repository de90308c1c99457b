/* arch.S: microbit vector table, exception entry points and the app-context switch (ARMv6-M Thumb).
 *
 * The same mechanism as mps2-an385, written for the Cortex-M0: Thumb-1 only (push/pop reach r0-r7 and
 * lr/pc, so r8-r11 travel through low registers), no CONTROL.nPRIV (the M0 has no unprivileged mode:
 * apps run privileged on the process stack), and every fault arrives as HardFault. The kernel (thread
 * mode, MSP) calls rg_microbit_enter = `svc`; the SVC handler sees EXC_RETURN on MSP (ENTER), saves
 * the kernel's r4-r11 on MSP, builds an exception frame on the app's stack (PC = fn, LR =
 * rg_microbit_app_return) and returns to thread mode on PSP (EXC_RETURN 0xFFFFFFFD). Every way back
 * ends in rg_microbit_leave (handler mode): MSP back to the saved point, r4-r11 restored, the status
 * into the kernel's stacked r0, return with 0xFFFFFFF9, so rg_microbit_enter returns the status.
 */
  .syntax unified
  .cpu cortex-m0
  .thumb

/* ---- vector table: 16 system exceptions + 32 nRF51 interrupts ---- */
  .section .vectors, "a", %progbits
  .global rg_microbit_vectors
rg_microbit_vectors:
  .word _estack
  .word rg_cortex_m_reset
  .word rg_microbit_unexpected /* NMI */
  .word rg_microbit_hardfault
  .rept 7
  .word 0                      /* reserved on ARMv6-M (no MemManage/BusFault/UsageFault) */
  .endr
  .word rg_microbit_svc
  .word 0, 0
  .word rg_microbit_unexpected /* PendSV */
  .word rg_microbit_systick
  .rept 8                      /* IRQ 0-7 */
  .word rg_microbit_unexpected
  .endr
  .word rg_microbit_timer0     /* IRQ 8: TIMER0, the software watchdog */
  .rept 23                     /* IRQ 9-31 */
  .word rg_microbit_unexpected
  .endr

  .bss
  .align 2
  .global rg_microbit_kernel_msp
rg_microbit_kernel_msp:
  .space 4

  .text

/* int rg_microbit_enter(uint32_t fn, uint32_t psp_top, uint32_t arg): fn starts with r0 = arg. */
  .global rg_microbit_enter
  .type rg_microbit_enter, %function
  .thumb_func
rg_microbit_enter:
  svc #0
  bx lr

/* int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2): called by apps (PSP). */
  .global rg_syscall
  .type rg_syscall, %function
  .thumb_func
rg_syscall:
  svc #0
  bx lr

/* Where an app function returns to: tells the kernel with the internal RETURN syscall (op 0). */
  .global rg_microbit_app_return
  .type rg_microbit_app_return, %function
  .thumb_func
rg_microbit_app_return:
  movs r0, #0
  svc #0
  b rg_microbit_app_return

  .global rg_microbit_svc
  .type rg_microbit_svc, %function
  .thumb_func
rg_microbit_svc:
  mov r1, lr
  movs r0, #4
  tst r0, r1
  bne 1f
  /* ENTER from the kernel: stacked r0 = fn, r1 = top of the app stack. */
  ldr r0, [sp, #0]
  ldr r1, [sp, #4]
  push {r4-r7}
  mov r4, r8
  mov r5, r9
  mov r6, r10
  mov r7, r11
  push {r4-r7}
  ldr r2, =rg_microbit_kernel_msp
  mov r3, sp
  str r3, [r2]
  subs r1, r1, #32
  /* The argument: the kernel's stacked r2, now above the eight saved registers. */
  ldr r2, [sp, #40]
  str r2, [r1, #0]
  movs r2, #0
  str r2, [r1, #4]
  str r2, [r1, #8]
  str r2, [r1, #12]
  str r2, [r1, #16]
  ldr r2, =rg_microbit_app_return
  str r2, [r1, #20]
  movs r2, #1
  bics r0, r2
  str r0, [r1, #24]
  ldr r2, =0x01000000
  str r2, [r1, #28]
  msr psp, r1
  ldr r0, =0xFFFFFFFD /* thread mode, PSP */
  bx r0
1:
  /* A syscall from the app: arguments in its stacked r0-r3, result back into stacked r0. */
  mrs r0, psp
  push {r0, lr}
  ldr r3, [r0, #12]
  ldr r2, [r0, #8]
  ldr r1, [r0, #4]
  ldr r0, [r0, #0]
  bl rg_microbit_svc_from_app
  pop {r1, r2}
  str r0, [r1]
  bx r2

/* _Noreturn void rg_microbit_leave(int status): handler mode only. */
  .global rg_microbit_leave
  .type rg_microbit_leave, %function
  .thumb_func
rg_microbit_leave:
  ldr r1, =rg_microbit_kernel_msp
  ldr r1, [r1]
  msr msp, r1
  pop {r4-r7}
  mov r8, r4
  mov r9, r5
  mov r10, r6
  mov r11, r7
  pop {r4-r7}
  str r0, [sp]
  ldr r0, =0xFFFFFFF9 /* thread mode, MSP */
  bx r0

/* HardFault: EXC_RETURN, PSP, MSP and the live r4-r7 (needed to decode a load/store's address).
 * rg_microbit_fault leaves or panics; it returns only to step over a semihosting call made with no
 * debugger attached, and then the exception returns normally. */
  .global rg_microbit_hardfault
  .type rg_microbit_hardfault, %function
  .thumb_func
rg_microbit_hardfault:
  mov r0, lr
  mrs r1, psp
  mrs r2, msp
  push {r4-r7}
  mov r3, sp
  push {r0, r1} /* EXC_RETURN (r1 keeps MSP 8-byte aligned) */
  ldr r4, =rg_microbit_fault
  blx r4
  pop {r0, r1}
  pop {r4-r7}
  bx r0

/* SysTick: EXC_RETURN and PSP to rg_microbit_tick, which returns normally or leaves on a timeout. */
  .global rg_microbit_systick
  .type rg_microbit_systick, %function
  .thumb_func
rg_microbit_systick:
  mov r0, lr
  mrs r1, psp
  ldr r2, =rg_microbit_tick
  bx r2

/* Integer division by zero (libgcc's division helpers call these): raise it as a fault of the app.
 * libgcc's 32-bit helpers do `push {r0, lr}; bl __aeabi_idiv0`, so [sp, #4] is the return address
 * into the app's code; it goes to the HardFault handler in r0 (the 64-bit helpers: lr). */
  .global __aeabi_idiv0
  .type __aeabi_idiv0, %function
  .thumb_func
__aeabi_idiv0:
  ldr r0, [sp, #4]
  udf #0xD0 /* MICROBIT_UDF_DIV0 */

  .global __aeabi_ldiv0
  .type __aeabi_ldiv0, %function
  .thumb_func
__aeabi_ldiv0:
  mov r0, lr
  udf #0xD0 /* MICROBIT_UDF_DIV0 */

  .ltorg
