import { startInfo } from "regen";

// A fresh start has no fault behind it: startInfo().fault is "none" on Node and on the board.
const fault = startInfo().fault;
console.log(fault, startInfo().fault === "none", fault !== "panic", startInfo().fault === "bus-fault");
console.log(`last fault: ${fault}; again ${startInfo().fault}`);
switch (startInfo().fault) {
  case "none":
    console.log("no fault yet");
    break;
  case "timeout":
  case "panic":
    console.log("after a timeout or panic");
    break;
  default:
    console.log("after another fault");
}
if (fault === "none" || fault === "exception") console.log("none or exception");
