/* List: Gabriel's list-based Takeuchi function over linked lists of 15, 10 and 6 cells (static cells). */
#include <stdbool.h>
#include <stddef.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */

typedef struct cell {
  int value;
  const struct cell *next;
} cell_t;

/* The three lists share nothing and tak only reads them: 15 + 10 + 6 cells. */
static cell_t s_cells[31];
static int s_used;

static const cell_t *make_list(int length)
{
  const cell_t *list = NULL;
  for (int i = 1; i <= length; i++) {
    cell_t *c = &s_cells[s_used++];
    c->value = i;
    c->next = list;
    list = c;
  }
  return list;
}

static int list_length(const cell_t *list)
{
  int n = 0;
  for (const cell_t *c = list; c != NULL; c = c->next) n++;
  return n;
}

/* True when list a has fewer cells than list b. */
static bool shorter(const cell_t *a, const cell_t *b)
{
  while (b != NULL) {
    if (a == NULL) return true;
    a = a->next;
    b = b->next;
  }
  return false;
}

static const cell_t *tak(const cell_t *x, const cell_t *y, const cell_t *z)
{
  if (!shorter(y, x)) return z;
  return tak(tak(x->next, y, z), tak(y->next, z, x), tak(z->next, x, y));
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    s_used = 0;
    const cell_t *x = make_list(15);
    const cell_t *y = make_list(10);
    const cell_t *z = make_list(6);
    result = list_length(tak(x, y, z));
    if (result != 10) bench_fail("List", result);
  }
  bench_result("List", result);
}
