import { i32, loadState, saveState, startInfo, u8 } from "regen";

interface Pos {
  x: i32;
  y: number;
}
interface State {
  count: number;
  flag: boolean;
  small: u8;
  pos: Pos;
  extra: { a: number; b: boolean };
}

function make(n: number): State {
  return { count: n, flag: n > 2, small: u8(n), pos: { x: i32(n * 2), y: -0 }, extra: { a: n / 3, b: true } };
}

function total(s: State): number {
  return s.count + s.pos.x + s.extra.a;
}

const before = loadState<State>();
if (before === undefined) {
  console.log("nothing saved");
} else {
  console.log("saved", before.count);
}
let state: State = loadState<State>() ?? make(1);
console.log(state.count, state.flag, state.small, state.pos.x, state.pos.y, state.extra.a);
state.count += 5;
state.pos.y++;
state.pos = { x: i32(7), y: 2 };
console.log(total(state), startInfo().stateRefused);
const r = saveState(state);
console.log(r, r === "ok");
const again = loadState<State>();
if (again !== undefined) {
  console.log(again.count, again.pos.x, again.extra.b);
  again.count = 100;
  console.log(again.count);
}
state = make(4);
console.log(total(state));
