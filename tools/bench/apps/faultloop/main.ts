// The fault-storm bench app: faults at once on every start, so the kernel never goes idle between restarts.
//
// The kernel measures a restart (fault entry → app running again) only after a zero-backoff restart of
// a real fault (a panic is not measured: it is a syscall, not a fault entry), so this app raises an
// undefined-instruction fault and its manifest sets backoffMs to 0. With no app time between restarts, the
// kernel's event frames can only be sent inside some restart: every few restarts, one pays for sending
// the queued frames of the ones before it (`npm run bench` reports this as the fault-storm rows).
import { fault } from "regen";

fault.undefinedInstruction();
