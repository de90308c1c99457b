/* fuzz-libfuzzer.c: libFuzzer entry for the state store's mount (clang -fsanitize=fuzzer,address,undefined).
 *
 * The first input byte picks a geometry, the rest is the partition image (cut, or padded with 0xFF). The
 * checks are fuzz-check.h's. A failed check aborts, which libFuzzer reports with the input that caused it.
 * `npm run fuzz:state` builds and runs it for a while; the seeded fuzz-mount.c is what CI runs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const uint32_t geometries[][2] = {{2, 256}, {3, 256}, {4, 128}, {2, 512}};
  static uint8_t mem[1024];
  if (size < 1) {
    return 0;
  }
  const uint32_t *g = geometries[data[0] % 4u];
  const uint32_t bytes = g[0] * g[1];
  size_t n = size - 1 < bytes ? size - 1 : bytes;
  memset(mem, 0xFF, bytes);
  memcpy(mem, data + 1, n);
  int clean = 0;
  const char *why = fuzz_check_image(mem, g[0], g[1], data[0], &clean);
  if (why != NULL) {
    fprintf(stderr, "fuzz-libfuzzer: %s\n", why);
    abort();
  }
  return 0;
}
