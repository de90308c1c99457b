// thrower: throws `new Error("boom")` from a timer callback on its first starts, then ends cleanly.
//
// Nothing catches the error, so it is an `exception` fault whose text is "Error: boom" and whose source
// (found by the host from the fault's lr) is the line of the throw below. The kernel restarts the app per
// app.json; on its third start (after two restarts) it logs and exits with code 0.
import { exit, startInfo } from "regen";

function explode(): void {
  const restarts = startInfo().restarts;
  console.log(`thrower fires, start ${restarts}`);
  if (restarts < 2) throw new Error("boom");
  console.log("thrower done");
  exit(0);
}

setTimeout(explode, 30);
