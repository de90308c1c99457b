// @stateBytes 16
import { loadState, saveState } from "regen";

interface Reading {
  celsius: number;
  humidity: number;
  pressure: number;
}

const last = loadState<Reading>(); //! RG1030
console.log(last === undefined);
saveState<Reading>({ celsius: 20, humidity: 40, pressure: 1013 });
