import { startInfo } from "regen";

const restarts = startInfo().restarts;
const reason = startInfo().reason;
console.log(reason, restarts, startInfo().reason === "power-up", reason !== "fault-restart");
console.log(`started: ${reason} after ${restarts} restarts`);
switch (startInfo().reason) {
  case "power-up":
    console.log("cold start");
    break;
  case "fault-restart":
    console.log("after a fault");
    break;
  case "first-boot":
    console.log("first boot");
    break;
  default:
    console.log("other");
}
