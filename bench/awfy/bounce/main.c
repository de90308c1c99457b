/* Bounce: 100 balls move in a 500 × 500 box for 50 steps; counts how often they hit a wall. */
#include <stdbool.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define LIMIT 500
#define BALLS 100

/* The suite's own generator, so that every language draws the same numbers: a 16-bit linear congruence. */
static int random_next(int *seed)
{
  *seed = (*seed * 2053 + 13849) % 65536;
  return *seed;
}

typedef struct {
  int x, y, dx, dy;
} ball_t;

static int iabs(int v)
{
  return v < 0 ? -v : v;
}

static void ball_init(ball_t *b, int *seed)
{
  b->x = random_next(seed) % LIMIT;
  b->y = random_next(seed) % LIMIT;
  b->dx = random_next(seed) % 300 - 150;
  b->dy = random_next(seed) % 300 - 150;
}

static bool ball_step(ball_t *b)
{
  bool bounced = false;
  b->x += b->dx;
  b->y += b->dy;
  if (b->x > LIMIT) {
    b->x = LIMIT;
    b->dx = -iabs(b->dx);
    bounced = true;
  } else if (b->x < 0) {
    b->x = 0;
    b->dx = iabs(b->dx);
    bounced = true;
  }
  if (b->y > LIMIT) {
    b->y = LIMIT;
    b->dy = -iabs(b->dy);
    bounced = true;
  } else if (b->y < 0) {
    b->y = 0;
    b->dy = iabs(b->dy);
    bounced = true;
  }
  return bounced;
}

static long run(void)
{
  static ball_t balls[BALLS];
  int seed = 4242;
  for (int i = 0; i < BALLS; i++) ball_init(&balls[i], &seed);
  long bounces = 0;
  for (int s = 0; s < 50; s++) {
    for (int b = 0; b < BALLS; b++) {
      if (ball_step(&balls[b])) bounces++;
    }
  }
  return bounces;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result != 1175) bench_fail("Bounce", result);
  }
  bench_result("Bounce", result);
}
