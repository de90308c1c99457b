// hang: a timer callback that never returns; the kernel's time budget ends it (fault class `timeout`).
import { startInfo } from "regen";

console.log(`hang: start ${startInfo().restarts}; a callback will spin forever in 200 ms`);
setTimeout(() => {
  console.log("hang: spinning now");
  while (true) {}
}, 200);
