import { loadState, saveState, startInfo, u32 } from "regen";

interface Settings {
  threshold: number;
  enabled: boolean;
}
interface AppState {
  ticks: u32;
  last: number;
  settings: Settings;
}

// Nothing is saved yet (Node keeps state in memory; the native board without a flash file too).
const first = loadState<AppState>();
console.log("first load", first === undefined, startInfo().stateRefused);

const state: AppState = loadState<AppState>() ?? {
  ticks: u32(0),
  last: -0,
  settings: { threshold: 0.5, enabled: true },
};
console.log(state.ticks, state.last, state.settings.threshold);

let saves = 0;
const timer = setInterval(() => {
  state.ticks = u32(state.ticks + 1);
  state.last = state.ticks / 3;
  const result = saveState(state);
  saves++;
  switch (result) {
    case "ok":
      console.log(`saved ${state.ticks}`);
      break;
    default:
      console.log("save failed:", result);
  }
  const back = loadState<AppState>();
  if (back !== undefined) {
    console.log("loaded", back.ticks, back.last, back.settings.enabled);
  }
  if (saves === 3) {
    clearInterval(timer);
    state.settings.enabled = false;
    console.log("unsaved change", state.settings.enabled, saveState<AppState>(state) === "ok");
    const after = loadState<AppState>() ?? { ticks: u32(0), last: 0, settings: { threshold: 0, enabled: true } };
    console.log("after", after.settings.enabled);
  }
}, 10);
