/* rt_console.c: console.log line building for compiled apps.
 *
 * A line is built in a small buffer on the caller's stack and sent with the `log` syscall when it ends;
 * a line longer than the buffer goes out in pieces, each but the last with flags bit 0 ("continues"), so the
 * host joins them into one line. Panic messages use the same builder but are truncated instead.
 */
#include <stdbool.h>
#include <stdint.h>

#include "rg_rt.h"
#include "rg_syscall.h"

static void send(const rg_rt_line_t *line, uint32_t flags) {
  (void)rg_syscall(RG_SYS_LOG, (uint32_t)(uintptr_t)line->text, line->len, flags);
}

void rg_rt_line_begin(rg_rt_line_t *line, bool for_panic) {
  line->len = 0;
  line->pieces = 0;
  line->for_panic = for_panic;
}

void rg_rt_line_text(rg_rt_line_t *line, const char *text, uint32_t len) {
  for (uint32_t i = 0; i < len; i++) {
    if (line->len == RG_RT_LINE_BYTES) {
      if (line->for_panic) return;
      /* Never split a UTF-8 character between pieces (the host decodes each piece): when the next byte
       * continues a character, that character's first bytes open the next piece instead. */
      uint32_t full = line->len, keep = full;
      if (((uint8_t)text[i] & 0xC0u) == 0x80u) {
        while (keep > 0 && ((uint8_t)line->text[keep - 1] & 0xC0u) == 0x80u) keep--;
        if (keep > 0 && (uint8_t)line->text[keep - 1] >= 0xC0u) keep--;
        if (keep == 0) keep = full; /* not UTF-8 after all: split anywhere */
      }
      line->len = keep;
      send(line, 1u);
      for (uint32_t k = keep; k < full; k++) line->text[k - keep] = line->text[k];
      line->len = full - keep;
      line->pieces++;
    }
    line->text[line->len++] = text[i];
  }
}

void rg_rt_line_number(rg_rt_line_t *line, double v) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t len = rg_rt_number_inspect(v, text);
  rg_rt_line_text(line, text, len);
}

void rg_rt_line_number_string(rg_rt_line_t *line, double v) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t len = rg_rt_number_to_string(v, text);
  rg_rt_line_text(line, text, len);
}

void rg_rt_line_u32(rg_rt_line_t *line, uint32_t v) {
  char text[10];
  uint32_t n = 0;
  do {
    text[sizeof text - 1 - n++] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v != 0);
  rg_rt_line_text(line, text + sizeof text - n, n);
}

void rg_rt_line_i32(rg_rt_line_t *line, int32_t v) {
  if (v < 0) {
    rg_rt_line_text(line, "-", 1);
    /* 0u - (uint32_t)v is the magnitude even for INT32_MIN. */
    rg_rt_line_u32(line, 0u - (uint32_t)v);
  } else {
    rg_rt_line_u32(line, (uint32_t)v);
  }
}

void rg_rt_line_bool(rg_rt_line_t *line, bool v) {
  if (v) {
    rg_rt_line_text(line, "true", 4);
  } else {
    rg_rt_line_text(line, "false", 5);
  }
}

void rg_rt_line_start_reason(rg_rt_line_t *line, uint32_t reason) {
  switch (reason) {
    case RG_START_POWER_UP:
      rg_rt_line_text(line, "power-up", 8);
      break;
    case RG_START_WATCHDOG_RESET:
      rg_rt_line_text(line, "watchdog-reset", 14);
      break;
    case RG_START_SOFTWARE_RESET:
      rg_rt_line_text(line, "software-reset", 14);
      break;
    case RG_START_FIRST_BOOT:
      rg_rt_line_text(line, "first-boot", 10);
      break;
    default:
      rg_rt_line_text(line, "fault-restart", 13);
      break;
  }
}

void rg_rt_line_fault_class(rg_rt_line_t *line, uint32_t fault_class) {
  /* Indexed by RG_FAULT_* (abi.json faultClasses); 0 is "no fault", as startInfo().fault says it. */
  static const char *const names[] = {
      "none",       "mem-manage", "bus-fault", "undefined-instruction", "divide-by-zero", "usage-fault",
      "hard-fault", "stack-overflow", "panic",  "timeout",               "out-of-memory",  "exception",
  };
  _Static_assert(sizeof names / sizeof names[0] == RG_FAULT_EXCEPTION + 1, "one name per fault class");
  const char *name = fault_class < sizeof names / sizeof names[0] ? names[fault_class] : names[0];
  uint32_t len = 0;
  while (name[len] != '\0') {
    len++;
  }
  rg_rt_line_text(line, name, len);
}

void rg_rt_line_end(rg_rt_line_t *line) {
  send(line, 0u);
  line->len = 0;
}
