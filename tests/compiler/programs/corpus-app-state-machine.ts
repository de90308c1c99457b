// @qemu
// A traffic-light state machine driven by timers, with a transition table and counters
type Light = "red" | "green" | "yellow";
interface Transition {
  next: Light;
  ms: number;
}
const table = new Map<Light, Transition>([
  ["red", { next: "green", ms: 30 }],
  ["green", { next: "yellow", ms: 20 }],
  ["yellow", { next: "red", ms: 5 }],
]);
let state: Light = "red";
let elapsed = 0;
const visits = new Map<Light, number>();
function step(): void {
  visits.set(state, (visits.get(state) ?? 0) + 1);
  const tr = table.get(state) ?? { next: "red", ms: 1000 };
  console.log(`t=${elapsed} ${state} -> ${tr.next} in ${tr.ms}`);
  elapsed += tr.ms;
  state = tr.next;
  if (elapsed < 150) setTimeout(step, tr.ms);
  else console.log("visits", visits, "final", state);
}
step();
