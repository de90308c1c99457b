// crashy: faults in a different way on every start, so one run shows every fault class and the restarts.
//
// startInfo().restarts picks the fault: mem-manage, bus-fault, undefined-instruction, divide-by-zero,
// stack-overflow, hard-fault, panic, then round again. The stack overflow is a real runaway recursion in
// TypeScript; the others are the regen library's deliberate faults.
import { fault, panic, startInfo } from "regen";

const kind = startInfo().restarts % 7;

// Counts the levels down to 0 one call at a time: asked for a billion levels, it runs off the end of any
// app stack, as a real app's runaway recursion does. Each call needs the next one's result before it can
// add 1 (a double), so no compiler turns it into a loop.
function dive(levels: number): number {
  if (levels <= 0) return 0;
  return dive(levels - 1) + 1;
}

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
      console.log(`crashy: went ${dive(1000000000)} levels deep`);
      break;
    case 5:
      fault.hardFault();
    default:
      panic(`crashy gives up on purpose (start ${startInfo().restarts})`);
  }
}

console.log(
  `crashy: start ${startInfo().restarts}, reason ${startInfo().reason}, last fault ${startInfo().fault}`,
);
announce();
setTimeout(crash, 300);
