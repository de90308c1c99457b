// The restart-latency bench app: faults at once on every start, so each restart is measured.
//
// The kernel measures a restart (fault entry → app running again) only after a zero-backoff restart of
// a real fault (a panic is not measured: it is a syscall, not a fault entry), so this app raises an
// undefined-instruction fault and its manifest sets backoffMs to 0.
import { fault } from "regen";

fault.undefinedInstruction();
