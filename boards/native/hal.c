/* hal.c: the native board's HAL — the kernel as one POSIX host process.
 *
 * The UART is standard output (frames written with write(2), unbuffered, so nothing is lost when the
 * process re-executes itself), time is CLOCK_MONOTONIC since the process started, and the watchdog is a
 * POSIX timer whose signal re-executes /proc/self/exe. A reset carries the reset record to the new
 * process in the environment variable RG_RESET_RECORD (hex of the record), which plays the part of
 * reset-surviving RAM.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rg_abi.h"
#include "rg_hal.h"
#include "rg_kernel.h"
#include "rg_native.h"

#define RECORD_ENV "RG_RESET_RECORD"

/* Room for the environment handed to the re-executed process (entries). */
#define ENV_MAX 1024

extern char **environ;

static rg_reset_record_t s_record;
static struct timespec s_start;
static timer_t s_watchdog;
static uint32_t s_watchdog_ms;
static char **s_argv;

static char s_record_env[sizeof RECORD_ENV + 2 * sizeof(rg_reset_record_t) + 1];
static char *s_envp[ENV_MAX + 2];

static void watchdog_expired(int sig)
{
  (void)sig;
  rg_kernel_reset_record_write(RG_BOOT_WATCHDOG, 0, 0, "watchdog");
  rg_hal_reset();
}

static int hex_value(char c)
{
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  return -1;
}

/* Loads the record a previous incarnation of this process left in the environment. */
static void load_record(void)
{
  const char *hex = getenv(RECORD_ENV);
  uint8_t *bytes = (uint8_t *)&s_record;
  memset(&s_record, 0, sizeof s_record);
  if (hex == NULL || strlen(hex) != 2 * sizeof s_record) {
    return;
  }
  for (size_t i = 0; i < sizeof s_record; i++) {
    int hi = hex_value(hex[2 * i]);
    int lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) {
      memset(&s_record, 0, sizeof s_record);
      return;
    }
    bytes[i] = (uint8_t)(hi * 16 + lo);
  }
  unsetenv(RECORD_ENV);
}

/* With RG_NATIVE_CLOCK=virtual the kernel's clock is simulated: it stands still while code runs and
 * jumps to the next due timer when the kernel idles. Timer order then depends only on the program, never
 * on how busy the host is, which is what the differential tests need to compare against Node run on the
 * same simulated clock. Unset, time is real (CLOCK_MONOTONIC). */
static int s_virtual_clock;
static uint32_t s_virtual_ms;

void rg_hal_init(void)
{
  /* execve keeps the signal mask, and a reset may come from inside a signal handler. */
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  clock_gettime(CLOCK_MONOTONIC, &s_start);
  const char *clock_mode = getenv("RG_NATIVE_CLOCK");
  s_virtual_clock = clock_mode != NULL && strcmp(clock_mode, "virtual") == 0;
  load_record();
  rg_native_arch_init();
}

void rg_hal_uart_write(const uint8_t *data, uint32_t len)
{
  while (len > 0u) {
    ssize_t n = write(STDOUT_FILENO, data, len);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      /* The host went away: nobody listens, so there is nothing useful left to do. */
      _exit(3);
    }
    data += n;
    len -= (uint32_t)n;
  }
}

static uint64_t elapsed_ns(void)
{
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t)(now.tv_sec - s_start.tv_sec) * 1000000000u + (uint64_t)now.tv_nsec -
         (uint64_t)s_start.tv_nsec;
}

uint32_t rg_hal_now_ms(void)
{
  if (s_virtual_clock) {
    return s_virtual_ms;
  }
  return (uint32_t)(elapsed_ns() / 1000000u);
}

uint32_t rg_hal_ticks(void)
{
  return (uint32_t)(elapsed_ns() / 1000u);
}

uint32_t rg_hal_tick_hz(void)
{
  return 1000000u;
}

void rg_hal_idle(uint32_t max_ms)
{
  if (s_virtual_clock) {
    s_virtual_ms += max_ms;
    return;
  }
  struct timespec ts = {(time_t)(max_ms / 1000u), (long)(max_ms % 1000u) * 1000000L};
  nanosleep(&ts, NULL);
}

static void arm_watchdog(void)
{
  struct itimerspec spec;
  memset(&spec, 0, sizeof spec);
  spec.it_value.tv_sec = (time_t)(s_watchdog_ms / 1000u);
  spec.it_value.tv_nsec = (long)(s_watchdog_ms % 1000u) * 1000000L;
  timer_settime(s_watchdog, 0, &spec, NULL);
}

void rg_hal_watchdog_start(uint32_t timeout_ms)
{
  struct sigaction sa;
  struct sigevent ev;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = watchdog_expired;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(RG_NATIVE_WATCHDOG_SIGNAL, &sa, NULL);
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = RG_NATIVE_WATCHDOG_SIGNAL;
  if (timer_create(CLOCK_MONOTONIC, &ev, &s_watchdog) != 0) {
    rg_kernel_panic(0, 1, "watchdog timer_create");
  }
  s_watchdog_ms = timeout_ms;
  arm_watchdog();
}

void rg_hal_watchdog_feed(void)
{
  arm_watchdog();
}

rg_reset_record_t *rg_hal_reset_record(void)
{
  return &s_record;
}

/* Async-signal-safe: builds the new environment in static storage and calls execve. */
_Noreturn void rg_hal_reset(void)
{
  static const char digits[] = "0123456789abcdef";
  const uint8_t *bytes = (const uint8_t *)&s_record;
  size_t at = 0;
  memcpy(s_record_env, RECORD_ENV "=", sizeof RECORD_ENV);
  at = sizeof RECORD_ENV;
  for (size_t i = 0; i < sizeof s_record; i++) {
    s_record_env[at++] = digits[bytes[i] >> 4];
    s_record_env[at++] = digits[bytes[i] & 15u];
  }
  s_record_env[at] = '\0';

  size_t n = 0;
  for (char **e = environ; *e != NULL && n < ENV_MAX; e++) {
    if (strncmp(*e, RECORD_ENV "=", sizeof RECORD_ENV) != 0) {
      s_envp[n++] = *e;
    }
  }
  s_envp[n++] = s_record_env;
  s_envp[n] = NULL;
  execve("/proc/self/exe", s_argv, s_envp);
  _exit(4);
}

_Noreturn void rg_hal_idle_exit(void)
{
  exit(0);
}

int main(int argc, char **argv)
{
  (void)argc;
  s_argv = argv;
  rg_kernel_main();
}
