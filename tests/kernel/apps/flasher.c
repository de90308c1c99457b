/* flasher.c: checks the board's state-partition driver (rg_hal_flash.h) from inside a running firmware.
 *
 * Only for boards where an app may reach the partition (microbit: no MPU; native: one process). On its
 * first start it checks the geometry, erase, program and read-back through an unaligned buffer, the NOR
 * rule (a program can only clear bits, and reports RG_ERR_IO when the result differs), the range and
 * alignment errors, then programs a marker and faults on purpose: with onLimit "reboot" and no restarts
 * allowed, the chip resets. After the reset it checks that the marker survived and exits 0. Every check
 * logs one line; a failed one logs "FAIL <step> <value>" and exits 1.
 */
#include <string.h>

#include "app-support.h"
#include "rg_app.h"
#include "rg_hal_flash.h"

#define MARKER 0x5EED1234u

static struct {
  uint32_t unused;
} g;

static void fail(const char *step, uint32_t value)
{
  char line[40] = "FAIL ";
  strncat(line, step, 24);
  strcat(line, " ");
  app_log_num(line, value);
  rg_syscall(RG_SYS_EXIT, 1, 0, 0);
}

static void check(int ok, const char *step, uint32_t value)
{
  if (!ok) {
    fail(step, value);
  }
}

static int all_erased(const rg_flash_t *f, uint32_t addr, uint32_t len)
{
  uint8_t buf[64];
  for (uint32_t at = 0; at < len; at += sizeof buf) {
    uint32_t n = len - at < sizeof buf ? len - at : (uint32_t)sizeof buf;
    if (f->read(f, addr + at, buf, n) != 0) {
      return 0;
    }
    for (uint32_t i = 0; i < n; i++) {
      if (buf[i] != 0xFFu) {
        return 0;
      }
    }
  }
  return 1;
}

static void first_boot(const rg_flash_t *f, uint32_t last)
{
  uint32_t base = last * f->sector_size;
  check(f->erase(f, last) == 0 && all_erased(f, base, f->sector_size), "erase", last);
  app_log("erase ok");

  /* Program from an odd address, read back into another odd address. */
  uint8_t out[33];
  uint8_t in[33];
  for (uint32_t i = 0; i < 32u; i++) {
    out[i + 1u] = (uint8_t)(0xA0u + i * 7u);
  }
  int r = f->program(f, base, out + 1, 32u);
  check(r == 0, "program", (uint32_t)-r);
  check(f->read(f, base, in + 1, 32u) == 0 && memcmp(in + 1, out + 1, 32u) == 0, "read-back", 0);
  check(all_erased(f, base + 32u, f->sector_size - 32u), "program-spill", 0);
  app_log("program ok");

  uint32_t first = 0xFFFF00FFu;
  uint32_t second = 0x0F0F0F0Fu;
  uint32_t now = 0;
  check(f->program(f, base + 64u, &first, 4u) == 0, "nor-first", 0);
  r = f->program(f, base + 64u, &second, 4u);
  check(r == RG_ERR_IO, "nor-result", (uint32_t)-r);
  check(f->read(f, base + 64u, &now, 4u) == 0 && now == (first & second), "nor-value", now);
  app_log("nor ok");

  uint32_t word = 0;
  check(f->program(f, base + 2u, &word, 4u) == RG_ERR_INVALID, "misaligned", 0);
  check(f->program(f, base, &word, 3u) == RG_ERR_INVALID, "short", 0);
  check(f->read(f, f->sector_size * f->sector_count - 2u, &word, 4u) == RG_ERR_INVALID, "past-end", 0);
  check(f->erase(f, f->sector_count) == RG_ERR_INVALID, "bad-sector", 0);
  app_log("errors ok");

  check(f->erase(f, last) == 0 && all_erased(f, base, f->sector_size), "re-erase", 0);
  uint32_t marker = MARKER;
  check(f->program(f, base + f->sector_size - 4u, &marker, 4u) == 0, "marker", 0);
  app_log("marker written, resetting");
  __builtin_trap();
}

static void flasher_main(void)
{
  const rg_flash_t *f = rg_hal_state_flash();
  check(f != NULL, "driver", 0);
  app_log_num("sector bytes ", f->sector_size);
  app_log_num("sectors ", f->sector_count);
  app_log_num("word bytes ", f->word_size);
  uint32_t last = f->sector_count - 1u;
  uint32_t reason = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0) & 0xFFu;
  if (reason != RG_START_SOFTWARE_RESET) {
    first_boot(f, last);
  }
  uint32_t marker = 0;
  uint32_t at = (last + 1u) * f->sector_size - 4u;
  check(f->read(f, at, &marker, 4u) == 0 && marker == MARKER, "marker-after-reset", marker);
  check(f->erase(f, last) == 0, "cleanup", 0);
  app_log("marker survived the reset");
  rg_syscall(RG_SYS_EXIT, 0, 0, 0);
}

const rg_app_code_t rg_app_code_flasher = {flasher_main, &g, sizeof g};
