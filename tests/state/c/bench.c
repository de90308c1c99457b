/* bench.c: what a save costs the flash, and how long the flash lasts, for the state store.
 *
 * Runs saves of 64-byte states on the emulated NOR flash (no cuts) for a few 16 KiB partitions and app mixes,
 * and counts bytes programmed per save, erases per 10,000 saves and how evenly the erases spread over the
 * sectors. From that it estimates endurance: the years until the most-erased sector reaches the flash's rated
 * cycles at one save per second, the partition size that would last 10 years at that rate, and the save
 * interval at which this partition lasts 10 years. Usage:
 *   bench [--json] [--cycles 10000]
 * Without --json it prints a table; with --json one object per line (for `npm run bench`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nor-emu.h"
#include "rg_state.h"

#define SAVES 100000u
#define STATE_BYTES 64u
#define SECONDS_PER_YEAR (365.25 * 24.0 * 3600.0)

typedef struct {
  uint32_t sectors, size, apps;
} config_t;

static const config_t CONFIGS[] = {{16, 1024, 1}, {4, 4096, 1}, {16, 1024, 4}, {4, 4096, 4}, {2, 8192, 1}};

int main(int argc, char **argv) {
  int json = 0;
  double cycles = 10000.0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0) {
      json = 1;
    } else if (strcmp(argv[i], "--cycles") == 0 && i + 1 < argc) {
      cycles = strtod(argv[++i], NULL);
    } else {
      fprintf(stderr, "usage: bench [--json] [--cycles N]\n");
      return 2;
    }
  }
  if (!json) {
    printf("%-10s %4s  %10s  %16s  %12s  %15s  %16s  %22s\n", "partition", "apps", "bytes/save", "erases/10k saves",
           "erase spread", "years @1 save/s", "KiB for 10 years", "save interval, 10 yrs");
  }
  for (size_t c = 0; c < sizeof CONFIGS / sizeof CONFIGS[0]; c++) {
    const config_t *cfg = &CONFIGS[c];
    uint32_t bytes = cfg->sectors * cfg->size;
    uint8_t *mem = malloc(bytes);
    uint32_t *counts = calloc(cfg->sectors, sizeof *counts);
    if (mem == NULL || counts == NULL) {
      return 2;
    }
    memset(mem, 0xFF, bytes);
    emu_t emu;
    emu_init(&emu, mem, cfg->size, cfg->sectors);
    emu.erase_counts = counts;
    rg_state_t st;
    if (rg_state_mount(&st, &emu.flash) != 0) {
      return 1;
    }
    uint8_t state[STATE_BYTES];
    for (uint32_t i = 0; i < SAVES; i++) {
      rg_state_app_t app = {(uint8_t)(i % cfg->apps), 0x1234u + i % cfg->apps, STATE_BYTES};
      memset(state, (int)(i & 0xFFu), sizeof state);
      memcpy(state, &i, sizeof i);
      if (rg_state_save(&st, &app, 1, state, sizeof state) != 0) {
        fprintf(stderr, "bench: save %u failed\n", i);
        return 1;
      }
    }
    uint32_t min = UINT32_MAX;
    uint32_t max = 0;
    for (uint32_t s = 0; s < cfg->sectors; s++) {
      min = counts[s] < min ? counts[s] : min;
      max = counts[s] > max ? counts[s] : max;
    }
    double per_save = (double)emu.bytes_programmed / SAVES;
    double erases_10k = (double)emu.erases * 10000.0 / SAVES;
    /* The busiest sector decides when the partition wears out. */
    double saves_to_wear = cycles * SAVES / (max > 0 ? max : 1);
    double years = saves_to_wear / SECONDS_PER_YEAR;
    /* Wear scales inversely with partition size (same bytes per save, more sectors to spread over). */
    double kib_for_10y = (double)bytes / 1024.0 * 10.0 / years;
    double interval_10y = 10.0 / years;
    if (json) {
      printf("{\"kind\":\"state-bench\",\"sectors\":%u,\"sectorBytes\":%u,\"apps\":%u,\"stateBytes\":%u,"
             "\"bytesProgrammedPerSave\":%.1f,\"erasesPer10kSaves\":%.1f,\"eraseMin\":%u,\"eraseMax\":%u,"
             "\"cycles\":%.0f,\"yearsAtOneSavePerSecond\":%.3f,\"kibFor10Years\":%.0f,\"saveIntervalFor10YearsS\":%.0f}\n",
             cfg->sectors, cfg->size, cfg->apps, STATE_BYTES, per_save, erases_10k, min, max, cycles, years,
             kib_for_10y, interval_10y);
    } else {
      char part[24];
      char spread[24];
      snprintf(part, sizeof part, "%ux%u", cfg->sectors, cfg->size);
      snprintf(spread, sizeof spread, "%u..%u", min, max);
      printf("%-10s %4u  %10.1f  %16.1f  %12s  %15.3f  %16.0f  %20.0f s\n", part, cfg->apps, per_save, erases_10k,
             spread, years, kib_for_10y, interval_10y);
    }
    free(mem);
    free(counts);
  }
  return 0;
}
