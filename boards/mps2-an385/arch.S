/* arch.S: mps2-an385 exception entry points and the app-context switch (Cortex-M3, Thumb-2).
 *
 * Running a function in app context: the kernel (privileged thread mode, MSP) calls rg_mps2_enter,
 * which issues `svc`. The SVC handler sees EXC_RETURN on MSP (= ENTER), saves the kernel's r4-r11 on
 * MSP, builds an exception frame on the app's stack (PC = fn, LR = rg_mps2_app_return), sets
 * CONTROL.nPRIV and returns to thread mode on PSP (EXC_RETURN 0xFFFFFFFD). Every way back (the app
 * function returning through `svc` RETURN, exit/panic syscalls, a fault taken from the app, a budget
 * timeout from SysTick) goes through rg_mps2_leave: reset MSP to the saved point, restore r4-r11, put
 * the status into the kernel's stacked r0, clear nPRIV and return with 0xFFFFFFF9, so rg_mps2_enter
 * returns the status. Only one exception is ever active when rg_mps2_leave runs (SVC and SysTick share
 * a priority; faults from the app are taken from thread mode).
 */
  .syntax unified
  .cpu cortex-m3
  .thumb

/* ---- vector table ---- */
  .section .vectors, "a", %progbits
  .global rg_mps2_vectors
rg_mps2_vectors:
  .word _estack
  .word rg_cortex_m_reset
  .word rg_mps2_nmi
  .word rg_mps2_hardfault
  .word rg_mps2_memmanage
  .word rg_mps2_busfault
  .word rg_mps2_usagefault
  .word 0, 0, 0, 0
  .word rg_mps2_svc
  .word rg_mps2_unexpected /* debug monitor */
  .word 0
  .word rg_mps2_unexpected /* PendSV */
  .word rg_mps2_systick
  .rept 32
  .word rg_mps2_unexpected
  .endr

  .bss
  .align 2
  .global rg_mps2_kernel_msp
rg_mps2_kernel_msp:
  .space 4

  .text

/* int rg_mps2_enter(uint32_t fn, uint32_t psp_top, uint32_t arg): fn starts with r0 = arg. */
  .global rg_mps2_enter
  .type rg_mps2_enter, %function
  .thumb_func
rg_mps2_enter:
  svc #0
  bx lr

/* int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2): called by unprivileged apps. */
  .global rg_syscall
  .type rg_syscall, %function
  .thumb_func
rg_syscall:
  svc #0
  bx lr

/* Where an app function returns to: tells the kernel with the internal RETURN syscall (op 0). */
  .global rg_mps2_app_return
  .type rg_mps2_app_return, %function
  .thumb_func
rg_mps2_app_return:
  movs r0, #0
  svc #0
  b rg_mps2_app_return

  .global rg_mps2_svc
  .type rg_mps2_svc, %function
  .thumb_func
rg_mps2_svc:
  tst lr, #4
  bne 1f
  /* ENTER from the kernel: stacked r0 = fn, r1 = top of the app stack, r2 = the argument. */
  ldr r0, [sp, #0]
  ldr r1, [sp, #4]
  ldr r12, [sp, #8]
  push {r4-r11}
  ldr r2, =rg_mps2_kernel_msp
  mov r3, sp
  str r3, [r2]
  subs r1, r1, #32
  movs r2, #0
  str r12, [r1, #0]
  str r2, [r1, #4]
  str r2, [r1, #8]
  str r2, [r1, #12]
  str r2, [r1, #16]
  ldr r2, =rg_mps2_app_return
  str r2, [r1, #20]
  bic r0, r0, #1
  str r0, [r1, #24]
  mov r2, #0x01000000
  str r2, [r1, #28]
  msr psp, r1
  movs r2, #1
  msr control, r2
  isb
  mvn lr, #2 /* 0xFFFFFFFD: thread mode, PSP */
  bx lr
1:
  /* A syscall from the app: arguments in its stacked r0-r3, result back into stacked r0. */
  mrs r12, psp
  push {r12, lr}
  ldm r12, {r0-r3}
  bl rg_mps2_svc_from_app
  pop {r12, lr}
  str r0, [r12]
  bx lr

/* _Noreturn void rg_mps2_leave(int status): handler mode only. */
  .global rg_mps2_leave
  .type rg_mps2_leave, %function
  .thumb_func
rg_mps2_leave:
  ldr r1, =rg_mps2_kernel_msp
  ldr r1, [r1]
  msr msp, r1
  pop {r4-r11}
  str r0, [sp]
  movs r1, #0
  msr control, r1
  isb
  mvn lr, #6 /* 0xFFFFFFF9: thread mode, MSP */
  bx lr

/* Fault entries: exception number, EXC_RETURN, PSP and MSP to rg_mps2_fault. */
  .global rg_mps2_hardfault
  .type rg_mps2_hardfault, %function
  .thumb_func
rg_mps2_hardfault:
  movs r0, #3
  b fault_common

  .global rg_mps2_memmanage
  .type rg_mps2_memmanage, %function
  .thumb_func
rg_mps2_memmanage:
  movs r0, #4
  b fault_common

  .global rg_mps2_busfault
  .type rg_mps2_busfault, %function
  .thumb_func
rg_mps2_busfault:
  movs r0, #5
  b fault_common

  .global rg_mps2_usagefault
  .type rg_mps2_usagefault, %function
  .thumb_func
rg_mps2_usagefault:
  movs r0, #6
  b fault_common

  .thumb_func
fault_common:
  mov r1, lr
  mrs r2, psp
  mrs r3, msp
  b rg_mps2_fault

/* SysTick: EXC_RETURN and PSP to rg_mps2_tick, which returns normally or leaves on a timeout. */
  .global rg_mps2_systick
  .type rg_mps2_systick, %function
  .thumb_func
rg_mps2_systick:
  mov r0, lr
  mrs r1, psp
  b rg_mps2_tick

  .ltorg
