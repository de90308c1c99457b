// kernel-hang: after 3 s asks the kernel to hang, so the hardware watchdog resets the chip — once: after
// the watchdog reset, startInfo().reason says so and the app only reports it.
import { debug, startInfo } from "regen";

if (startInfo().reason === "watchdog-reset") {
  console.log("kernel-hang: back after a watchdog reset; not hanging again");
} else {
  console.log(`kernel-hang: started (${startInfo().reason}); hanging the kernel in 3 s`);
  setTimeout(() => {
    console.log("kernel-hang: hanging the kernel now");
    debug.hangKernel();
  }, 3000);
}
