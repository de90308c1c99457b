// math-e2e.test.ts: a compiled app calling every Math function prints what Node prints, on the native
// board and on mps2-an385.
//
// The C harness (math.test.ts, math-cortex-m.test.ts) proves each function alone; this proves them linked into
// firmware through the compiler's calls (rest arguments, constants, `**`), with the Cortex-M3's software
// doubles in the app's own arithmetic too.
import path from "node:path";

import { describeAppsVsNode } from "./support/apps-vs-node.ts";

describeAppsVsNode(
  "app runtime: Math apps compiled vs Node",
  path.join(import.meta.dirname, "math-apps"),
  (stdout) => stdout.split("\n").length > 700,
);
