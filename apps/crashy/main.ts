// crashy: faults in a different way on every start, so one run shows every fault class and the restarts.
//
// startInfo().restarts picks the fault: mem-manage, bus-fault, undefined-instruction, divide-by-zero,
// stack-overflow, hard-fault, panic, then round again.
import { fault, panic, startInfo } from "regen";

const kind = startInfo().restarts % 7;

function announce(): void {
  switch (kind) {
    case 0:
      console.log("crashy: next, a mem-manage fault (write outside my RAM)");
      break;
    case 1:
      console.log("crashy: next, a bus fault (access to an unmapped address)");
      break;
    case 2:
      console.log("crashy: next, an undefined instruction");
      break;
    case 3:
      console.log("crashy: next, an integer divide by zero");
      break;
    case 4:
      console.log("crashy: next, a stack overflow");
      break;
    case 5:
      console.log("crashy: next, a hard fault");
      break;
    default:
      console.log("crashy: next, a panic");
  }
}

function crash(): void {
  switch (kind) {
    case 0:
      fault.memManage();
    case 1:
      fault.busFault();
    case 2:
      fault.undefinedInstruction();
    case 3:
      fault.divideByZero();
    case 4:
      fault.stackOverflow();
    case 5:
      fault.hardFault();
    default:
      panic(`crashy gives up on purpose (start ${startInfo().restarts})`);
  }
}

console.log(`crashy: start ${startInfo().restarts}, reason ${startInfo().reason}`);
announce();
setTimeout(crash, 300);
