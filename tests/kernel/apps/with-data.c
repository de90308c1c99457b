/* with-data.c: breaks the app convention on purpose (initialised mutable data), for the build tests. */
#include "rg_app.h"

static struct {
  uint32_t unused;
} g;

static uint32_t counter = 5;

static void with_data_main(void)
{
  counter++;
  g.unused = counter;
}

const rg_app_code_t rg_app_code_with_data = {with_data_main, &g, sizeof g};
