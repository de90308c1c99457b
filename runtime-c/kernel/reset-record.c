/* reset-record.c: the record that tells the next boot why the chip reset.
 *
 * The board keeps the slot in RAM that survives a reset (rg_hal_reset_record). A record counts only
 * with the right magic and check word, so power-on garbage (or QEMU's zeroed RAM) reads as power-on.
 * Writers are the watchdog interrupt (board), kernel panics and on_limit=reboot (kernel).
 */
#include "rg_abi.h"
#include "rg_frame.h"
#include "rg_hal.h"
#include "rg_kernel.h"
#include "rg_kernel_internal.h"

static uint32_t check_of(const rg_reset_record_t *r)
{
  uint32_t c = r->magic ^ (r->reason * 0x9E3779B1u) ^ (r->pc * 0x85EBCA77u) ^ (r->code * 0xC2B2AE3Du);
  for (uint32_t i = 0; i < RG_RESET_TEXT_MAX; i++) {
    c = (c << 5) ^ (c >> 27) ^ (uint8_t)r->text[i];
  }
  return c;
}

void rg_kernel_reset_record_write(uint32_t reason, uint32_t pc, uint32_t code, const char *text)
{
  rg_reset_record_t *r = rg_hal_reset_record();
  r->magic = RG_RESET_MAGIC;
  r->reason = reason;
  r->pc = pc;
  r->code = code;
  uint32_t i = 0;
  for (; text != 0 && i < RG_RESET_TEXT_MAX && text[i] != '\0'; i++) {
    r->text[i] = text[i];
  }
  for (; i < RG_RESET_TEXT_MAX; i++) {
    r->text[i] = '\0';
  }
  r->check = check_of(r);
}

uint32_t rg_reset_record_take(rg_reset_record_t *out)
{
  rg_reset_record_t *r = rg_hal_reset_record();
  uint32_t reason = RG_BOOT_POWER_ON;
  if (r->magic == RG_RESET_MAGIC && r->check == check_of(r) && r->reason <= RG_BOOT_KERNEL_PANIC) {
    reason = r->reason;
    *out = *r;
  }
  r->magic = 0;
  return reason;
}

_Noreturn void rg_kernel_panic(uint32_t pc, uint32_t code, const char *text)
{
  static uint8_t s_panicking;
  rg_kernel_reset_record_write(RG_BOOT_KERNEL_PANIC, pc, code, text);
  /* Send what is queued, so the host sees what led up to the panic; but only once: if flushing is
   * what faulted, the second panic resets at once (the record is already written). */
  if (!s_panicking) {
    s_panicking = 1;
    rg_frame_flush();
  }
  rg_hal_reset();
}
