/* arch.c: app contexts on the native board — ucontext stacks, faults as signals, budget as a timer.
 *
 * Each app gets its own mmap'd stack with a PROT_NONE guard page below it, so a runaway recursion
 * faults on the guard (reported as stack-overflow). rg_hal_app_run switches to the app with
 * swapcontext; every way out that is not a normal return (fault signal, budget timer, exit/panic
 * syscall) is a siglongjmp back to rg_hal_app_run. Fault handlers run on an alternate signal stack,
 * since the app's own stack may be the thing that is broken.
 *
 * AddressSanitizer: the app stacks are unpoisoned before every entry, because an abandoned context
 * leaves stale redzone poison behind; ASan's own SEGV/BUS/FPE handlers are replaced by ours. Every switch
 * between the kernel's stack and an app's is announced to ASan as a fiber switch, so that when app code
 * longjmps (a thrown exception) ASan knows which stack to clean up.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "rg_abi.h"
#include "rg_app.h"
#include "rg_hal.h"
#include "rg_kernel.h"
#include "rg_native.h"
#include "rg_syscall.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define UNPOISON(p, n) __asan_unpoison_memory_region((p), (n))
#define FIBER_START(save, bottom, size) __sanitizer_start_switch_fiber((save), (bottom), (size))
#define FIBER_FINISH(save, bottom, size) __sanitizer_finish_switch_fiber((save), (bottom), (size))
#else
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define FIBER_START(save, bottom, size) ((void)(save), (void)(bottom), (void)(size))
#define FIBER_FINISH(save, bottom, size) ((void)(save), (void)(bottom), (void)(size))
#endif

#if defined(__SANITIZE_ADDRESS__)
/* ASan's defaults for this firmware (the environment's ASAN_OPTIONS still override them). Locals must live
 * on the real app stack, not in ASan's fake frames, or the app heap's conservative stack scan would not
 * see the objects they hold: clang enables those frames by default, gcc does not. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
  return "detect_stack_use_after_return=0";
}
#endif

/* Host stack per app (bytes). Much larger than the app's device stack: host code (and ASan's
 * instrumentation above all) needs far more room than the same code on a Cortex-M. */
#define NATIVE_STACK_BYTES (512u * 1024u)

/* Syscall arguments are 32-bit words (rg_syscall.h), so every pointer an app hands the kernel must
 * fit in 32 bits: the firmware is linked non-PIE (code, data low) and app stacks are mapped low. */
#if defined(MAP_32BIT)
#define STACK_MAP_FLAGS MAP_32BIT
#else
#define STACK_MAP_FLAGS 0
#endif

/* Alternate signal stack (bytes), where fault handlers run. */
#define ALT_STACK_BYTES (64u * 1024u)

typedef struct {
  uint8_t *guard; /* lowest address of the mapping: the guard page */
  uint8_t *base;  /* lowest usable stack byte */
} native_stack_t;

static native_stack_t s_stacks[RG_KERNEL_MAX_APPS];
static size_t s_page;
static ucontext_t s_kernel_ctx;
static ucontext_t s_app_ctx;
static sigjmp_buf s_leave;
static timer_t s_budget;
static rg_hal_call_t s_call;
static rg_hal_fault_t *s_fault;
static uint32_t s_app;
static uint32_t s_entry_ticks;
static volatile sig_atomic_t s_in_app;
static volatile sig_atomic_t s_in_kernel;
static volatile sig_atomic_t s_budget_pending;

volatile uint32_t rg_native_fault_lr;

static uintptr_t context_pc(void *uc)
{
#if defined(__x86_64__)
  return (uintptr_t)((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
  return (uintptr_t)((ucontext_t *)uc)->uc_mcontext.pc;
#else
  (void)uc;
  return 0;
#endif
}

/* The kernel's stack as ASan knows it (learnt at the first switch to an app), and the kernel's fake
 * stack saved while an app runs. */
static const void *s_kernel_stack_bottom;
static size_t s_kernel_stack_size;
static void *s_kernel_fake_stack;

static _Noreturn void leave(int status)
{
  /* Back to the kernel's stack: the app's frames are abandoned. */
  FIBER_START(NULL, s_kernel_stack_bottom, s_kernel_stack_size);
  s_in_app = 0;
  siglongjmp(s_leave, 1 + status);
}

static uint32_t class_of(int sig, const siginfo_t *info)
{
  switch (sig) {
  case SIGSEGV: {
    const uint8_t *addr = info->si_addr;
    const native_stack_t *st = &s_stacks[s_app];
    return (addr >= st->guard && addr < st->base) ? RG_FAULT_STACK_OVERFLOW : RG_FAULT_MEM_MANAGE;
  }
  case SIGBUS:
    return RG_FAULT_BUS_FAULT;
  case SIGILL:
    return RG_FAULT_UNDEFINED_INSTRUCTION;
  case SIGFPE:
    return RG_FAULT_DIVIDE_BY_ZERO;
  case SIGTRAP:
    return RG_FAULT_HARD_FAULT;
  default:
    return RG_FAULT_USAGE_FAULT;
  }
}

static void on_fault_signal(int sig, siginfo_t *info, void *uc)
{
  uint32_t pc = (uint32_t)context_pc(uc);
  if (!s_in_app || s_in_kernel) {
    /* The kernel itself faulted: that is a broken invariant, not an app's problem. */
    rg_kernel_panic(pc, (uint32_t)sig, "kernel fault signal");
  }
  s_fault->fault_class = class_of(sig, info);
  s_fault->pc = pc;
  s_fault->lr = rg_native_fault_lr;
  s_fault->addr = (uint32_t)(uintptr_t)info->si_addr;
  s_fault->ticks = rg_hal_ticks();
  leave(RG_HAL_RUN_FAULT);
}

static void timeout(uint32_t pc)
{
  s_fault->fault_class = RG_FAULT_TIMEOUT;
  s_fault->pc = pc;
  s_fault->lr = rg_native_fault_lr;
  s_fault->addr = 0;
  s_fault->ticks = rg_hal_ticks();
  leave(RG_HAL_RUN_FAULT);
}

static void on_budget_signal(int sig, siginfo_t *info, void *uc)
{
  (void)sig;
  (void)info;
  if (!s_in_app) {
    return;
  }
  if (s_in_kernel) {
    /* Like SysTick waiting for the svc handler on Cortex-M: the syscall finishes first. */
    s_budget_pending = 1;
    return;
  }
  timeout((uint32_t)context_pc(uc));
}

static void install(int sig, void (*handler)(int, siginfo_t *, void *))
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, NULL);
}

void rg_native_arch_init(void)
{
  static uint8_t alt_stack[ALT_STACK_BYTES];
  stack_t ss;
  struct sigevent ev;
  s_page = (size_t)sysconf(_SC_PAGESIZE);
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  sigaltstack(&ss, NULL);
  install(SIGSEGV, on_fault_signal);
  install(SIGBUS, on_fault_signal);
  install(SIGILL, on_fault_signal);
  install(SIGFPE, on_fault_signal);
  install(SIGTRAP, on_fault_signal);
  install(RG_NATIVE_BUDGET_SIGNAL, on_budget_signal);
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = RG_NATIVE_BUDGET_SIGNAL;
  if (timer_create(CLOCK_MONOTONIC, &ev, &s_budget) != 0) {
    rg_kernel_panic(0, 2, "budget timer_create");
  }
}

static void set_budget(uint32_t ms)
{
  struct itimerspec spec;
  memset(&spec, 0, sizeof spec);
  spec.it_value.tv_sec = (time_t)(ms / 1000u);
  spec.it_value.tv_nsec = (long)(ms % 1000u) * 1000000L;
  timer_settime(s_budget, 0, &spec, NULL);
}

static native_stack_t *stack_for(uint32_t app)
{
  native_stack_t *st = &s_stacks[app];
  if (st->guard == NULL) {
    void *m = mmap(NULL, NATIVE_STACK_BYTES + s_page, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | STACK_MAP_FLAGS, -1, 0);
    if (m == MAP_FAILED || mprotect(m, s_page, PROT_NONE) != 0) {
      rg_kernel_panic(0, 3, "app stack mmap");
    }
    st->guard = m;
    st->base = (uint8_t *)m + s_page;
  }
  return st;
}

static void app_entry(void)
{
  FIBER_FINISH(NULL, &s_kernel_stack_bottom, &s_kernel_stack_size);
  if (s_call.plain != NULL) {
    s_call.plain();
  } else {
    s_call.with_arg(s_call.arg);
  }
  /* Back on the kernel context through uc_link; from here on a budget signal is not the app's. */
  s_in_app = 0;
  FIBER_START(NULL, s_kernel_stack_bottom, s_kernel_stack_size);
}

int rg_hal_app_run(uint32_t app, const rg_hal_call_t *call, uint32_t budget_ms, rg_hal_fault_t *fault)
{
  native_stack_t *st = stack_for(app);
  s_app = app;
  s_call = *call;
  s_fault = fault;
  s_budget_pending = 0;
  s_in_kernel = 0;
  rg_native_fault_lr = 0;
  UNPOISON(st->base, NATIVE_STACK_BYTES);
  int jumped = sigsetjmp(s_leave, 1);
  if (jumped != 0) {
    FIBER_FINISH(s_kernel_fake_stack, NULL, NULL);
    set_budget(0);
    s_in_kernel = 0;
    return jumped - 1;
  }
  getcontext(&s_app_ctx);
  s_app_ctx.uc_stack.ss_sp = st->base;
  s_app_ctx.uc_stack.ss_size = NATIVE_STACK_BYTES;
  s_app_ctx.uc_link = &s_kernel_ctx;
  makecontext(&s_app_ctx, app_entry, 0);
  set_budget(budget_ms);
  s_entry_ticks = rg_hal_ticks();
  s_in_app = 1;
  FIBER_START(&s_kernel_fake_stack, st->base, NATIVE_STACK_BYTES);
  swapcontext(&s_kernel_ctx, &s_app_ctx);
  FIBER_FINISH(s_kernel_fake_stack, NULL, NULL);
  s_in_app = 0;
  set_budget(0);
  return RG_HAL_RUN_RETURNED;
}

_Noreturn void rg_hal_app_end(void)
{
  leave(RG_HAL_RUN_ENDED);
}

uint32_t rg_hal_app_entry_ticks(void)
{
  return s_entry_ticks;
}

void rg_hal_app_stack(uint32_t app, uint32_t *lo, uint32_t *hi)
{
  /* The mapping is made below 4 GiB (STACK_MAP_FLAGS), so its bounds fit the syscall's words. */
  const native_stack_t *st = stack_for(app);
  *lo = (uint32_t)(uintptr_t)st->base;
  *hi = *lo + NATIVE_STACK_BYTES;
}

int rg_hal_app_can_read(uint32_t app, const void *ptr, uint32_t len)
{
  /* One address space and no MPU: every pointer the app holds is one it may read. */
  (void)app;
  return ptr != NULL || len == 0u;
}

int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2)
{
  s_in_kernel = 1;
  int32_t result = rg_kernel_syscall(op, a0, a1, a2);
  s_in_kernel = 0;
  if (s_budget_pending && s_in_app) {
    timeout(0);
  }
  return result;
}
