// counter: counts every 100 ms and saves the count, so after a restart, reset or power cut it resumes
// from the last committed value instead of zero.
import { loadState, saveState, startInfo } from "regen";

interface Counter {
  /** the last value counted (and saved) */
  count: number;
  /** how many times the app has started with this state */
  boots: number;
}

const state: Counter = loadState<Counter>() ?? { count: 0, boots: 0 };
if (state.boots > 0) console.log(`counter: resumed at ${state.count}`);
else if (startInfo().stateRefused) console.log("counter: saved state is from another version, starting over");
else console.log("counter: first boot");
state.boots++;

setInterval(() => {
  state.count++;
  const result = saveState(state);
  if (result === "ok") console.log(`saved ${state.count}`);
  else console.log(`counter: save of ${state.count} failed: ${result}`);
}, 100);
