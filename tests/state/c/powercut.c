/* powercut.c: proves the state store's power-cut promise by cutting power at every flash operation.
 *
 * A seeded workload of saves and releases (several apps, varied sizes, one app saving rarely so that
 * compaction has to copy its state, enough to go around the ring several times) runs once on the emulated NOR flash (nor-emu.h). For every
 * step, the step is replayed from the flash image and store state taken just before it, with power cut
 * before, and half way through, each of its operations (a torn word or a half-erased sector). After each cut
 * the store is mounted as after a reboot and every app must load exactly its last committed state, or for
 * the app whose save was cut, the state before or the new one. Then the recovery itself (mount + the next
 * save) is cut at each of its operations and checked the same way, and the store must keep working: more
 * saves, a remount, a check. Usage:
 *   powercut --sectors N --size BYTES [--steps K] [--apps A] [--second-every E] [--seed S] [--zero 1]
 * (--zero 1 starts from a never-written partition that reads 0x00, as on QEMU, so the first save formats it.)
 * It prints one summary line and exits 1 on any loss, wrong state, damage report or NOR rule violation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nor-emu.h"
#include "rg_state.h"

#define MAX_APPS 8
#define MAX_LEN 1024
#define MAX_REPORTS 8

/* An app's state as the test knows it: its bytes are generated from `id`, so a value is 16 bytes. */
typedef struct {
  int present;
  uint32_t len;
  uint32_t schema;
  uint32_t id;
} value_t;

typedef struct {
  value_t v[MAX_APPS];
} model_t;

/* One workload step: a save of value `val` or a release. */
typedef struct {
  int release;
  uint32_t app;
  value_t val;
} step_t;

typedef struct {
  uint32_t sectors, size, steps, apps, second_every, seed, quota, zero;
  uint64_t cuts, states, lost, wrong;
  uint32_t reports;
  uint32_t value_ids;
} run_t;

static run_t R;

static void fill(uint8_t *buf, const value_t *v) {
  uint32_t x = v->id * 2654435761u + 7u;
  for (uint32_t i = 0; i < v->len; i++) {
    buf[i] = (uint8_t)(emu_rand(&x) >> 24);
  }
}

static rg_state_app_t app_of(uint32_t a) {
  rg_state_app_t app = {(uint8_t)a, 0xA9900000u + a * 7919u, R.quota};
  return app;
}

static value_t new_value(uint32_t len) {
  value_t v = {1, len, 0, ++R.value_ids};
  v.schema = v.id ^ 0x5EEDu;
  return v;
}

static int apply_step(rg_state_t *st, const step_t *s) {
  rg_state_app_t app = app_of(s->app);
  if (s->release) {
    return rg_state_release(st, &app);
  }
  uint8_t buf[MAX_LEN];
  fill(buf, &s->val);
  return rg_state_save(st, &app, s->val.schema, buf, s->val.len);
}

static void update_model(model_t *m, const step_t *s) {
  if (s->release) {
    m->v[s->app].present = 0;
  } else {
    m->v[s->app] = s->val;
  }
}

static void report(const char *what, const char *where, uint32_t app) {
  if (R.reports++ < MAX_REPORTS) {
    fprintf(stderr, "power-cut %ux%u: %s at %s, app %u\n", R.sectors, R.size, what, where, app);
  }
}

/* Mounts as after a reboot and checks every app against `m`, where app `alt_app` may instead hold `alt`.
 * Writes what was seen to `seen`. Returns 0 when everything is as promised. */
static int check(emu_t *emu, rg_state_t *st, const model_t *m, uint32_t alt_app, const value_t *alt,
                 model_t *seen, const char *where) {
  emu_power_on(emu);
  uint64_t ops = emu->ops;
  int err = rg_state_mount(st, &emu->flash);
  int bad = 0;
  if (err != 0 || st->damage != 0 || emu->ops != ops) {
    report(err != 0 ? "mount failed" : st->damage != 0 ? "mount reported damage" : "mount wrote", where, 0);
    R.wrong++;
    return 1;
  }
  for (uint32_t a = 0; a < R.apps; a++) {
    uint8_t buf[MAX_LEN];
    uint8_t want[MAX_LEN];
    uint32_t len = 0;
    uint32_t schema = 0;
    rg_state_app_t app = app_of(a);
    err = rg_state_load(st, &app, buf, sizeof buf, &len, &schema);
    value_t got = {err == 0, len, schema, 0};
    R.states++;
    if (err != 0 && err != RG_ERR_NOT_FOUND) {
      report("load failed", where, a);
      R.wrong++;
      bad = 1;
      continue;
    }
    /* Which of the allowed values is it? Compare the bytes too. */
    const value_t *cands[2] = {&m->v[a], a == alt_app ? alt : NULL};
    const value_t *match = NULL;
    for (int c = 0; c < 2 && match == NULL; c++) {
      const value_t *v = cands[c];
      if (v == NULL || v->present != got.present) {
        continue;
      }
      if (!v->present) {
        match = v;
        continue;
      }
      fill(want, v);
      if (v->len == len && v->schema == schema && memcmp(want, buf, len) == 0) {
        match = v;
      }
    }
    if (match == NULL) {
      int lost = !got.present;
      report(lost ? "state lost" : "wrong state", where, a);
      if (lost) {
        R.lost++;
      } else {
        R.wrong++;
      }
      bad = 1;
      seen->v[a] = m->v[a];
    } else {
      seen->v[a] = *match;
    }
  }
  return bad;
}

/* A deterministic next step for the recovery and keep-working phases. */
static step_t extra_step(uint32_t n) {
  step_t s = {0, n % R.apps, {0, 0, 0, 0}};
  if (n % 5u == 3u) {
    s.release = 1;
  } else {
    s.val = new_value((n * 37u) % (R.quota + 1u));
  }
  return s;
}

/* After a checked recovery: the store must keep working: saves, a release, a remount, a check. */
static void keep_working(emu_t *emu, rg_state_t *st, model_t *m, uint32_t salt, const char *where) {
  for (uint32_t i = 0; i < 4; i++) {
    step_t s = extra_step(salt + i);
    int err = apply_step(st, &s);
    if (err != 0) {
      report("save after recovery failed", where, s.app);
      R.wrong++;
      return;
    }
    update_model(m, &s);
  }
  model_t seen;
  value_t none = {0, 0, 0, 0};
  (void)check(emu, st, m, UINT32_MAX, &none, &seen, where);
}

/* Cuts the recovery save (after a first cut) at each of its operations. `img` holds the recovered flash. */
static void second_cuts(const uint8_t *img, emu_t *w2, const model_t *m, uint32_t salt, const char *where) {
  uint32_t bytes = R.sectors * R.size;
  step_t s = extra_step(salt);
  /* How many operations does the recovery save make? */
  rg_state_t st;
  memcpy(w2->mem, img, bytes);
  emu_power_on(w2);
  w2->ops = 0;
  if (rg_state_mount(&st, &w2->flash) != 0 || apply_step(&st, &s) != 0) {
    report("recovery save failed", where, s.app);
    R.wrong++;
    return;
  }
  uint64_t total = w2->ops;
  for (uint64_t k = 0; k < total; k++) {
    for (int torn = 0; torn < 2; torn++) {
      memcpy(w2->mem, img, bytes);
      emu_power_on(w2);
      w2->ops = 0;
      (void)rg_state_mount(&st, &w2->flash);
      w2->cut_at = k;
      w2->cut_torn = torn;
      w2->rng = (uint32_t)(k * 7919u + salt * 31u + (uint32_t)torn + 1u);
      if (apply_step(&st, &s) == 0) {
        report("second cut missed", where, s.app);
        R.wrong++;
        continue;
      }
      R.cuts++;
      model_t seen;
      value_t alt = s.release ? (value_t){0, 0, 0, 0} : s.val;
      (void)check(w2, &st, m, s.app, &alt, &seen, where);
    }
  }
}

static void usage(void) {
  fprintf(stderr, "usage: powercut --sectors N --size BYTES [--steps K] [--apps A] [--second-every E] [--seed S] "
                  "[--zero 1]\n");
  exit(2);
}

static void parse(int argc, char **argv) {
  R.steps = 300;
  R.apps = 4;
  R.second_every = 1;
  R.seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    uint32_t v = (uint32_t)strtoul(argv[i + 1], NULL, 0);
    if (strcmp(argv[i], "--sectors") == 0) {
      R.sectors = v;
    } else if (strcmp(argv[i], "--size") == 0) {
      R.size = v;
    } else if (strcmp(argv[i], "--steps") == 0) {
      R.steps = v;
    } else if (strcmp(argv[i], "--apps") == 0) {
      R.apps = v;
    } else if (strcmp(argv[i], "--second-every") == 0) {
      R.second_every = v;
    } else if (strcmp(argv[i], "--seed") == 0) {
      R.seed = v;
    } else if (strcmp(argv[i], "--zero") == 0) {
      R.zero = v;
    } else {
      usage();
    }
  }
  if (argc % 2 != 1 || R.sectors < 2 || R.size < 128 || R.apps < 1 || R.apps > MAX_APPS || R.steps < 1) {
    usage();
  }
}

int main(int argc, char **argv) {
  parse(argc, argv);
  const uint32_t bytes = R.sectors * R.size;
  uint8_t *golden_mem = malloc(bytes);
  uint8_t *work_mem = malloc(bytes);
  uint8_t *img = malloc(bytes);
  uint8_t *w2_mem = malloc(bytes);
  if (golden_mem == NULL || work_mem == NULL || img == NULL || w2_mem == NULL) {
    return 2;
  }
  memset(golden_mem, R.zero ? 0x00 : 0xFF, bytes);
  emu_t golden, work, w2;
  emu_init(&golden, golden_mem, R.size, R.sectors);
  emu_init(&work, work_mem, R.size, R.sectors);
  emu_init(&w2, w2_mem, R.size, R.sectors);

  /* Quota: all apps' largest states together fill about half of what the ring holds live. */
  uint32_t room = (R.sectors - 1u) * (R.size - 44u);
  R.quota = room / (2u * R.apps) - 24u;
  uint32_t max = rg_state_max_record(&golden.flash);
  R.quota = R.quota > max ? max : R.quota;
  R.quota = R.quota > 256u ? 256u : R.quota & ~3u;

  rg_state_t gst;
  if (rg_state_mount(&gst, &golden.flash) != 0) {
    fprintf(stderr, "power-cut: blank mount failed\n");
    return 1;
  }
  model_t model = {0};
  uint32_t rng = R.seed * 0x2545F491u + 1u;
  uint64_t second_n = 0;
  for (uint32_t i = 0; i < R.steps; i++) {
    /* App 0 saves rarely, so its state sits in the oldest sector and compaction must carry it forward (with
     * one app, it is the only app). */
    uint32_t pick = emu_rand(&rng);
    step_t s = {0, R.apps > 1u && pick % 32u != 0 ? 1u + (pick >> 8) % (R.apps - 1u) : 0u, {0, 0, 0, 0}};
    uint32_t dice = emu_rand(&rng) % 100u;
    if (dice < 8u) {
      s.release = 1;
    } else {
      s.val = new_value(dice < 40u ? (64u < R.quota ? 64u : R.quota) : emu_rand(&rng) % (R.quota + 1u));
    }
    /* How many operations does this step make? */
    memcpy(work_mem, golden_mem, bytes);
    rg_state_t st = gst;
    st.flash = &work.flash;
    emu_power_on(&work);
    work.ops = 0;
    if (apply_step(&st, &s) != 0) {
      report("save failed without a cut", "the workload", s.app);
      R.wrong++;
      break;
    }
    uint64_t total = work.ops;
    value_t alt = s.release ? (value_t){0, 0, 0, 0} : s.val;
    for (uint64_t k = 0; k < total; k++) {
      for (int torn = 0; torn < 2; torn++) {
        char where[96];
        snprintf(where, sizeof where, "step %u op %llu%s", i, (unsigned long long)k, torn ? " torn" : "");
        memcpy(work_mem, golden_mem, bytes);
        st = gst;
        st.flash = &work.flash;
        emu_power_on(&work);
        work.ops = 0;
        work.cut_at = k;
        work.cut_torn = torn;
        work.rng = (uint32_t)(i * 131071u + k * 2u + (uint32_t)torn + R.seed);
        if (apply_step(&st, &s) == 0) {
          report("cut missed", where, s.app);
          R.wrong++;
          continue;
        }
        R.cuts++;
        model_t seen = model;
        if (check(&work, &st, &model, s.app, &alt, &seen, where) != 0) {
          continue;
        }
        if (R.second_every != 0 && second_n++ % R.second_every == 0) {
          memcpy(img, work_mem, bytes);
          second_cuts(img, &w2, &seen, i + (uint32_t)k, where);
        }
        keep_working(&work, &st, &seen, i * 7u + (uint32_t)k, where);
      }
    }
    /* The step for real, then a clean remount must show exactly the model. */
    if (apply_step(&gst, &s) != 0) {
      report("save failed without a cut", "the workload", s.app);
      R.wrong++;
      break;
    }
    update_model(&model, &s);
    model_t seen;
    char where[32];
    snprintf(where, sizeof where, "step %u (no cut)", i);
    (void)check(&golden, &gst, &model, UINT32_MAX, &alt, &seen, where);
  }
  uint64_t violations = golden.violations + work.violations + w2.violations;
  printf("power-cut %ux%u: %llu cut points, %llu states checked, %llu lost, %llu wrong, %llu NOR violations, "
         "%llu erases in the workload\n",
         R.sectors, R.size, (unsigned long long)R.cuts, (unsigned long long)R.states, (unsigned long long)R.lost,
         (unsigned long long)R.wrong, (unsigned long long)violations, (unsigned long long)golden.erases);
  free(golden_mem);
  free(work_mem);
  free(img);
  free(w2_mem);
  return R.lost != 0 || R.wrong != 0 || violations != 0 ? 1 : 0;
}
