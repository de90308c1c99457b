/* fuzz-mount.c: feeds the state store's mount random and mutated partition images (seeded, repeatable).
 *
 * Images come from three generators: random bytes, erased flash with random words, and real partitions
 * (written by the store itself through a workload, sometimes cut by a power failure) with a few mutations:
 * bit flips, random or zero words, a sector erased, copied over another, or swapped. For each image it checks
 * that mount returns in bounded time (flash bytes read ≤ 4 × the partition), that loads hand back no more
 * than the buffer holds, and the write rule: a store that mount found damaged (anything it cannot read as
 * valid or blank) programs and erases nothing, whatever is asked of it; a store that mount found clean
 * accepts a save, and after a remount (again clean) loads it back exactly. Run under ASan/UBSan. Usage:
 *   fuzz-mount [--images N] [--seed S]
 * Prints one summary line; exits 1 on any failed check (a crash or hang fails by itself).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-check.h"
#include "nor-emu.h"
#include "rg_state.h"

#define MAX_SIZE (4u * 1024u)

typedef struct {
  uint32_t sectors, size;
} geometry_t;

static const geometry_t GEOMETRIES[] = {{2, 256}, {3, 512}, {4, 256}, {8, 128}, {2, 1024}};
#define NGEOMETRIES (sizeof GEOMETRIES / sizeof GEOMETRIES[0])
#define BASES 24 /* real partitions kept per geometry as mutation seeds */

static uint8_t bases[NGEOMETRIES][BASES][MAX_SIZE];
static uint64_t failures;

static void fail(const char *what, uint64_t image) {
  if (failures++ < 10) {
    fprintf(stderr, "fuzz-mount: %s (image %llu)\n", what, (unsigned long long)image);
  }
}

/* A real partition: a random workload, sometimes ended by a power cut at a random operation. */
static void make_base(uint8_t *mem, const geometry_t *g, uint32_t *rng) {
  emu_t emu;
  memset(mem, (emu_rand(rng) & 1u) ? 0xFF : 0x00, g->sectors * g->size);
  emu_init(&emu, mem, g->size, g->sectors);
  rg_state_t st;
  (void)rg_state_mount(&st, &emu.flash);
  uint32_t steps = emu_rand(rng) % 60u;
  if (emu_rand(rng) % 3u == 0) {
    emu.cut_at = emu_rand(rng) % 2000u;
    emu.cut_torn = 1;
  }
  uint32_t max = rg_state_max_record(&emu.flash) / FUZZ_APPS;
  for (uint32_t i = 0; i < steps && !emu.dead; i++) {
    rg_state_app_t app = fuzz_app(emu_rand(rng) % FUZZ_APPS);
    if (emu_rand(rng) % 10u == 0) {
      (void)rg_state_release(&st, &app);
    } else {
      uint8_t buf[256];
      uint32_t len = emu_rand(rng) % (max < sizeof buf ? max : sizeof buf);
      for (uint32_t b = 0; b < len; b++) {
        buf[b] = (uint8_t)emu_rand(rng);
      }
      (void)rg_state_save(&st, &app, emu_rand(rng), buf, len);
    }
  }
}

static void mutate(uint8_t *mem, const geometry_t *g, uint32_t *rng) {
  const uint32_t bytes = g->sectors * g->size;
  uint32_t count = 1u + emu_rand(rng) % 4u;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t at = emu_rand(rng) % bytes;
    uint32_t word = at & ~3u;
    uint32_t s1 = emu_rand(rng) % g->sectors;
    uint32_t s2 = emu_rand(rng) % g->sectors;
    switch (emu_rand(rng) % 7u) {
    case 0:
      mem[at] ^= (uint8_t)(1u << (emu_rand(rng) % 8u));
      break;
    case 1: {
      uint32_t v = emu_rand(rng);
      memcpy(mem + word, &v, 4);
      break;
    }
    case 2:
      memset(mem + word, 0, 4);
      break;
    case 3:
      memset(mem + word, 0xFF, 4);
      break;
    case 4:
      memset(mem + s1 * g->size, 0xFF, g->size);
      break;
    case 5:
      memmove(mem + s1 * g->size, mem + s2 * g->size, g->size);
      break;
    default: {
      uint8_t tmp[MAX_SIZE];
      memcpy(tmp, mem + s1 * g->size, g->size);
      memmove(mem + s1 * g->size, mem + s2 * g->size, g->size);
      memcpy(mem + s2 * g->size, tmp, g->size);
      break;
    }
    }
  }
}

int main(int argc, char **argv) {
  uint64_t images = 100000;
  uint32_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--images") == 0) {
      images = strtoull(argv[i + 1], NULL, 0);
    } else if (strcmp(argv[i], "--seed") == 0) {
      seed = (uint32_t)strtoul(argv[i + 1], NULL, 0);
    } else {
      fprintf(stderr, "usage: fuzz-mount [--images N] [--seed S]\n");
      return 2;
    }
  }
  uint32_t rng = seed * 0x9E3779B1u + 11u;
  for (uint32_t g = 0; g < NGEOMETRIES; g++) {
    for (uint32_t b = 0; b < BASES; b++) {
      make_base(bases[g][b], &GEOMETRIES[g], &rng);
    }
  }
  static uint8_t mem[MAX_SIZE];
  uint64_t clean = 0;
  uint64_t damaged = 0;
  for (uint64_t i = 0; i < images; i++) {
    const geometry_t *g = &GEOMETRIES[i % NGEOMETRIES];
    const uint32_t bytes = g->sectors * g->size;
    uint32_t kind = emu_rand(&rng) % 8u;
    if (kind == 0) {
      for (uint32_t b = 0; b < bytes; b++) {
        mem[b] = (uint8_t)emu_rand(&rng);
      }
    } else if (kind == 1) {
      memset(mem, 0xFF, bytes);
      for (uint32_t n = emu_rand(&rng) % 8u; n > 0; n--) {
        uint32_t v = emu_rand(&rng);
        memcpy(mem + (emu_rand(&rng) % bytes & ~3u), &v, 4);
      }
    } else {
      memcpy(mem, bases[i % NGEOMETRIES][emu_rand(&rng) % BASES], bytes);
      if (kind != 2) {
        mutate(mem, g, &rng);
      }
    }
    int is_clean = 0;
    const char *why = fuzz_check_image(mem, g->sectors, g->size, emu_rand(&rng), &is_clean);
    if (why != NULL) {
      fail(why, i);
    }
    clean += (uint64_t)is_clean;
    damaged += (uint64_t)!is_clean;
  }
  printf("fuzz-mount: %llu images (%llu clean, %llu damaged), %llu failures\n", (unsigned long long)images,
         (unsigned long long)clean, (unsigned long long)damaged, (unsigned long long)failures);
  return failures != 0 ? 1 : 0;
}
