/* rg_hal_flash.h: the board's state partition, as a flash driver (rg_flash.h) the state store writes through.
 *
 * Part of the board HAL seam (like rg_hal.h): every board implements it in its own folder. The partition's
 * place and geometry come from the board's board.json `statePartition`; the build passes them to C as
 * RG_STATE_BASE (where the partition is memory-mapped; absent on the native board), RG_STATE_BYTES and
 * RG_STATE_SECTOR_BYTES. What backs it: microbit — the top of the nRF51 flash through the NVMC (real NOR
 * flash); mps2-an385 — PSRAM at 0x21000000 (file-backed under QEMU, so it survives a power cycle) with NOR
 * rules emulated in software; native — the file named by the environment variable RG_FLASH_FILE, or
 * a RAM buffer when it is unset.
 */
#ifndef RG_HAL_FLASH_H
#define RG_HAL_FLASH_H

#include "rg_flash.h"

/* The state partition's driver. Always the same object; its geometry is fixed for the board (sector_size
 * = RG_STATE_SECTOR_BYTES, sector_count = RG_STATE_BYTES / RG_STATE_SECTOR_BYTES, word_size 4). Its
 * callbacks follow rg_flash.h (NOR rules: erase sets 0xFF, program only clears bits; a program whose
 * result does not read back as written returns RG_ERR_IO; a range outside the partition or a misaligned
 * program returns RG_ERR_INVALID). Returns NULL only when the backing store cannot be opened (native:
 * RG_FLASH_FILE names a file that cannot be created or sized). Kernel context only: on boards with an
 * MPU apps cannot reach the partition. */
const rg_flash_t *rg_hal_state_flash(void);

#endif /* RG_HAL_FLASH_H */
