/* Towers: Towers of Hanoi with 13 discs kept as linked stacks of discs from a static pool. */
#include <stddef.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define DISCS 13

typedef struct disc {
  int size;
  struct disc *next;
} disc_t;

typedef struct {
  disc_t *piles[3];
  int moves;
} towers_t;

static disc_t s_discs[DISCS];

static void push(towers_t *t, int pile, disc_t *disc)
{
  disc_t *top = t->piles[pile];
  if (top != NULL && disc->size >= top->size) bench_fail("Towers: a larger disc on a smaller one", 0);
  disc->next = top;
  t->piles[pile] = disc;
}

static disc_t *pop(towers_t *t, int pile)
{
  disc_t *top = t->piles[pile];
  if (top == NULL) bench_fail("Towers: pop from an empty pile", 0);
  t->piles[pile] = top->next;
  top->next = NULL;
  return top;
}

static void move_top(towers_t *t, int from, int to)
{
  push(t, to, pop(t, from));
  t->moves++;
}

static void move(towers_t *t, int from, int to, int count)
{
  if (count == 1) {
    move_top(t, from, to);
    return;
  }
  int spare = 3 - from - to;
  move(t, from, spare, count - 1);
  move_top(t, from, to);
  move(t, spare, to, count - 1);
}

static int solve(int discs)
{
  towers_t t = {{NULL, NULL, NULL}, 0};
  for (int size = discs; size > 0; size--) {
    disc_t *d = &s_discs[size - 1];
    d->size = size;
    d->next = NULL;
    push(&t, 0, d);
  }
  move(&t, 0, 1, discs);
  return t.moves;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = solve(DISCS);
    if (result != 8191) bench_fail("Towers", result);
  }
  bench_result("Towers", result);
}
