/* describe-test.c: prints rg_error_describe's text for values given on stdin, for
 * tests/memory/promise-order.test.ts, which compares it with what Node prints for an uncaught throw.
 *
 * Input: one case per line, `<kind> <name hex> <message hex>` where kind is error (an Error whose name
 * and message slots hold the UTF-16 strings given as hex of their code units, 4 digits each; "-" for an
 * empty string), string (a thrown string: the message field), number (the message field as a decimal
 * number), null, undefined, true, object. Output: one line per case, the described text, cut by the 121-byte
 * buffer the runtime uses for fault messages.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rg_alloc.h"
#include "rg_syscall.h"
#include "rg_throw.h"

typedef struct {
  rg_ctx_t cx;
  _Alignas(8) uint8_t heap[16384];
} globals_t;

static globals_t g;

int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2) {
  (void)a0;
  (void)a1;
  (void)a2;
  printf("unexpected syscall %u\n", op);
  exit(1);
}

static void on_oom(void *ctx, uint32_t bytes) {
  (void)ctx;
  printf("out of memory (%u bytes)\n", bytes);
  exit(1);
}

/* A heap string from hex code units ("-": empty). */
static rg_val units(const char *hex) {
  uint32_t n = strcmp(hex, "-") == 0 ? 0u : (uint32_t)strlen(hex) / 4u;
  rg_str_t *s = rg_alloc(&g.cx, RG_TYPE_STRING, (uint32_t)sizeof(rg_str_t) + 2u * n);
  s->length = n;
  for (uint32_t k = 0; k < n; k++) {
    char digits[5] = {hex[4 * k], hex[4 * k + 1], hex[4 * k + 2], hex[4 * k + 3], 0};
    s->units[k] = (uint16_t)strtoul(digits, NULL, 16);
  }
  return rg_ptr(s);
}

int main(void) {
  static const rg_rt_app_info_t info = {NULL, 0, NULL, 0, NULL, 0, NULL};
  /* main's frame and everything it calls are below its frame address: the conservative scan's range. */
  const uint8_t *top = __builtin_frame_address(0);
  rg_rt_heap_setup_hosted(&g.cx, &g, g.heap, sizeof g.heap, &info, top - (1u << 20), top, on_oom);
  char line[4096];
  while (fgets(line, sizeof line, stdin) != NULL) {
    char *save = NULL;
    char *kind = strtok_r(line, " \n", &save);
    char *a = strtok_r(NULL, " \n", &save);
    char *b = strtok_r(NULL, " \n", &save);
    if (kind == NULL) continue;
    rg_val v = RG_UNDEFINED;
    if (strcmp(kind, "error") == 0) {
      v = rg_error_new(&g.cx, RG_ERROR_ERROR, RG_UNDEFINED);
      rg_val *slots = rg_to_ptr(v);
      slots[RG_ERROR_SLOT_NAME] = units(a);
      slots[RG_ERROR_SLOT_MESSAGE] = units(b);
    } else if (strcmp(kind, "string") == 0) {
      v = units(b);
    } else if (strcmp(kind, "number") == 0) {
      v = rg_num(strtod(b, NULL));
    } else if (strcmp(kind, "null") == 0) {
      v = RG_NULL;
    } else if (strcmp(kind, "true") == 0) {
      v = RG_TRUE;
    } else if (strcmp(kind, "object") == 0) {
      v = rg_alloc_slots(&g.cx, RG_TYPE_VALS, 1);
    }
    char out[121];
    uint32_t len = rg_error_describe(&g.cx, v, out, sizeof out);
    if (len != strlen(out)) {
      printf("length %u does not match the text\n", len);
      return 1;
    }
    printf("%s\n", out);
  }
  return 0;
}
