/* Storage: builds a 4-ary tree of depth 6 whose leaves hold arrays of random length, then weighs it.
 *
 * As an embedded program would, it takes nodes and leaf data from static pools that each round resets
 * (a bump allocator), instead of a general-purpose heap. */
#include <stddef.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define DEPTH 6
#define FANOUT 4
#define MAX_NODES 1365 /* 1 + 4 + ... + 4^5 */
#define MAX_DATA (1024 * 10) /* 4^5 leaves of at most 10 values */

typedef struct node {
  struct node *children[FANOUT];
  int child_count;
  int *data;
  int data_count;
} node_t;

static node_t s_nodes[MAX_NODES];
static int s_data[MAX_DATA];
static int s_nodes_used;
static int s_data_used;

/* The suite's own generator, so that every language draws the same numbers: a 16-bit linear congruence. */
static int random_next(int *seed)
{
  *seed = (*seed * 2053 + 13849) % 65536;
  return *seed;
}

static node_t *new_node(void)
{
  if (s_nodes_used == MAX_NODES) bench_fail("Storage: node pool exhausted", s_nodes_used);
  node_t *node = &s_nodes[s_nodes_used++];
  node->child_count = 0;
  node->data = NULL;
  node->data_count = 0;
  return node;
}

static node_t *build(int depth, int *seed)
{
  node_t *node = new_node();
  if (depth == 1) {
    int n = random_next(seed) % 10 + 1;
    node->data = &s_data[s_data_used];
    s_data_used += n;
    for (int i = 0; i < n; i++) node->data[i] = i;
    node->data_count = n;
  } else {
    for (int c = 0; c < FANOUT; c++) node->children[node->child_count++] = build(depth - 1, seed);
  }
  return node;
}

/* Nodes plus the data slots below `node`. */
static long weigh(const node_t *node)
{
  long total = 1 + node->data_count;
  for (int c = 0; c < node->child_count; c++) total += weigh(node->children[c]);
  return total;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    s_nodes_used = 0;
    s_data_used = 0;
    int seed = 1234;
    result = weigh(build(DEPTH, &seed));
    if (result != 6821) bench_fail("Storage", result);
  }
  bench_result("Storage", result);
}
