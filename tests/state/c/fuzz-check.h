/* fuzz-check.h: the checks both mount fuzzers (fuzz-mount.c, fuzz-libfuzzer.c) apply to one image.
 *
 * Given a partition image, it mounts it on the emulated NOR flash and checks: mount reads at most 4 times the
 * partition (bounded time), loads never hand back more than the buffer holds, a store that mount found
 * damaged programs and erases nothing and says so (RG_ERR_CORRUPT), and a store that mount found clean takes
 * a save and, after a remount that is again clean, loads it back exactly.
 */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H

#include <stdint.h>

#include "rg_state.h"

#define FUZZ_APPS 5

/* The identity fuzzers use for app slot a. */
rg_state_app_t fuzz_app(uint32_t a);

/* Runs the checks on mem (sectors * size bytes; it is modified). Returns NULL when all hold, else what broke.
 * *clean is set to whether mount found the image clean. seed varies the app and data of the trial save. */
const char *fuzz_check_image(uint8_t *mem, uint32_t sectors, uint32_t size, uint32_t seed, int *clean);

#endif /* FUZZ_CHECK_H */
