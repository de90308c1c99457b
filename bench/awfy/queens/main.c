/* Queens: counts every placement of 8 non-attacking queens, with free-row and free-diagonal flags. */
#include <stdbool.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define N 8

typedef struct {
  bool row_free[N];
  bool up_free[2 * N - 1];
  bool down_free[2 * N - 1];
} board_t;

static void board_init(board_t *b)
{
  for (int i = 0; i < N; i++) b->row_free[i] = true;
  for (int d = 0; d < 2 * N - 1; d++) {
    b->up_free[d] = true;
    b->down_free[d] = true;
  }
}

static bool can_place(const board_t *b, int col, int row)
{
  return b->row_free[row] && b->up_free[col + row] && b->down_free[col - row + N - 1];
}

static void mark(board_t *b, int col, int row, bool free)
{
  b->row_free[row] = free;
  b->up_free[col + row] = free;
  b->down_free[col - row + N - 1] = free;
}

static int solutions_from(board_t *b, int col)
{
  if (col == N) return 1;
  int count = 0;
  for (int row = 0; row < N; row++) {
    if (can_place(b, col, row)) {
      mark(b, col, row, false);
      count += solutions_from(b, col + 1);
      mark(b, col, row, true);
    }
  }
  return count;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    board_t b;
    board_init(&b);
    result = solutions_from(&b, 0);
    if (result != 92) bench_fail("Queens", result);
  }
  bench_result("Queens", result);
}
