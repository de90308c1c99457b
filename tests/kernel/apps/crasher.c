/* crasher.c: faults (undefined instruction) in main on every start, to hit the restart limit. */
#include "app-support.h"
#include "rg_app.h"
#include "rg_fault_demo.h"

static struct {
  uint32_t unused;
} g;

static void crasher_main(void)
{
  app_log("crasher start");
  rg_fault_demo(RG_FAULT_UNDEFINED_INSTRUCTION);
}

const rg_app_code_t rg_app_code_crasher = {crasher_main, &g, sizeof g};
