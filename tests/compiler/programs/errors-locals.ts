// @qemu
// Locals written inside a try keep their newest values in the catch and after it (volatile in C).
function count(limit: number): number {
  let n = 0;
  let sum = 0;
  try {
    for (let i = 0; i < 100; i++) {
      n++;
      sum += i * 0.5;
      if (i === limit) throw new Error("stop at " + i);
    }
  } catch (e) {
    console.log("caught with n =", n, "sum =", sum);
  }
  n = n * 2;
  return n + sum;
}
console.log(count(3), count(10));

function flags(fail: boolean): string {
  let stage = "start";
  let ok = false;
  let text = "";
  try {
    stage = "middle";
    text += "a";
    if (fail) throw new Error("boom");
    ok = true;
    text += "b";
  } catch {
    stage = stage + "+caught";
  } finally {
    text += "f";
  }
  return `${stage} ${ok} ${text}`;
}
console.log(flags(false));
console.log(flags(true));

let attempts = 0;
let result = -1;
while (result < 0) {
  try {
    attempts++;
    if (attempts < 4) throw new RangeError("retry");
    result = attempts * 7;
  } catch (e) {
    if (e instanceof RangeError) console.log("attempt", attempts, "failed:", e.message);
  }
}
console.log("result", result, "after", attempts);
