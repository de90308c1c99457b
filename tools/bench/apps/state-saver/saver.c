/* saver.c: the state bench's app — fills the state partition with 64-byte saves, then ends.
 *
 * On a first boot (nothing saved) it commits SAVER_COUNT saves of a 64-byte state in one go, enough to fill
 * every sector of the mps2 partition many times over, so the kernel's save-ticks measurements include
 * compactions; on a later boot it only loads, so that boot's mount-ticks is the mount of a full partition.
 */
#include <stdint.h>

#include "rg_app.h"
#include "rg_syscall.h"

#define SAVER_COUNT 800u
#define SAVER_SCHEMA 0x5A7E0001u

static struct {
  uint32_t blob[16];
} g;

static void saver_main(void)
{
  if (rg_syscall(RG_SYS_STATE_LOAD, (uint32_t)(uintptr_t)g.blob, sizeof g.blob, SAVER_SCHEMA) >= 0) {
    rg_syscall(RG_SYS_EXIT, 0, 0, 0);
  }
  for (uint32_t i = 0; i < SAVER_COUNT; i++) {
    for (uint32_t w = 0; w < 16u; w++) {
      g.blob[w] = i ^ (w * 0x9E3779B9u);
    }
    rg_syscall(RG_SYS_STATE_SAVE, (uint32_t)(uintptr_t)g.blob, sizeof g.blob, SAVER_SCHEMA);
  }
  /* Left to a power cut by the bench: exiting on purpose would release the state. */
  rg_syscall(RG_SYS_DEBUG_KERNEL_HANG, 0, 0, 0);
}

const rg_app_code_t rg_app_code_saver = {saver_main, &g, sizeof g};
