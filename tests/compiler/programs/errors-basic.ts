function risky(n: number): number {
  if (n > 2) throw new RangeError("too big: " + n);
  return n * 10;
}
let total = 0;
for (let i = 0; i < 5; i++) {
  try {
    total += risky(i);
    console.log("ok", i, total);
  } catch (e) {
    if (e instanceof RangeError) console.log("caught", e.message, e.name);
  } finally {
    console.log("finally", i);
  }
}
console.log("total", total);
