// strings-e2e.test.ts: a compiled app that formats, parses and cuts strings prints what Node prints, on
// the native board and on mps2-an385.
//
// The C harness (strings.test.ts) proves each runtime function on the host; the apps prove the same
// code linked into firmware: through the compiler's calls, on the app's own heap, and on Cortex-M3 with
// soft-float doubles (toString(radix) runs in double arithmetic there).
import path from "node:path";

import { describeAppsVsNode } from "./support/apps-vs-node.ts";

describeAppsVsNode(
  "app runtime: string apps compiled vs Node",
  path.join(import.meta.dirname, "strings-apps"),
  (stdout) => stdout.length > 1000,
);
