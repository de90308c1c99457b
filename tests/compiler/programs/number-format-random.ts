// @qemu
import { u32 } from "regen";

// A xorshift generator builds doubles from random bits via arithmetic, so the printed values cover
// every magnitude.
let s: u32 = u32(2463534242);
function next(): number {
  s = u32(s ^ (s << 13));
  s = u32(s ^ (s >>> 17));
  s = u32(s ^ (s << 5));
  return s;
}
for (let i = 0; i < 60; i++) {
  const mantissa = next() / 4294967296 + next() / 4294967296 / 4294967296;
  const exponent = (next() % 200) - 100;
  // Scale by repeated multiplication (not **, whose last bit may differ from Node's, see SUBSET.md).
  let v = mantissa;
  for (let k = 0; k < exponent; k++) v = v * 10;
  for (let k = 0; k > exponent; k--) v = v / 10;
  console.log(v, -v, `${v * 7}`);
}
