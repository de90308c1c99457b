/* mathy.c: libm calls that set errno (log10(0), exp(1000)) from an unprivileged app must not fault. */
#include <math.h>
#include "app-support.h"
#include "rg_app.h"
static struct { volatile double x; } g;
static void mathy_main(void)
{
  g.x = 0.0;
  double a = log10(g.x);
  g.x = 1000.0;
  double b = exp(g.x);
  app_log_num("mathy ok ", (uint32_t)(a < 0) + (uint32_t)(b > 1e300));
}
const rg_app_code_t rg_app_code_mathy = {mathy_main, &g, sizeof g};
