// The restart-latency bench app: runs for a moment, then faults, on every start.
//
// Its main arms a 1 ms timer and returns; the callback raises an undefined-instruction fault. Between a
// start and the fault the kernel goes idle and sends the frames of the last restart, as it does for any
// app that runs at all, so each measured restart (fault entry → main's first instruction, zero backoff)
// is the kernel's restart work alone. Its twin `faultloop` faults at once and measures a fault storm.
import { fault } from "regen";

setTimeout(() => {
  fault.undefinedInstruction();
}, 1);
