import { loadState, saveState } from "regen";

interface A {
  n: number;
}
interface B {
  m: number;
}

const a = loadState<A>();
console.log(a === undefined);
saveState<B>({ m: 1 }); //! RG1031
