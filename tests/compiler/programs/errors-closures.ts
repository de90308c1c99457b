// @qemu
// Throws out of closures and callbacks reach the caller's try; a catch binding can be captured.
function attempt(label: string, work: () => number): number {
  try {
    const v = work();
    console.log(label, "gave", v);
    return v;
  } catch (e) {
    if (e instanceof Error) console.log(label, "threw", e.message);
    return -1;
  } finally {
    console.log(label, "finished");
  }
}

let calls = 0;
const safe = (): number => {
  calls++;
  return calls * 3;
};
const failing = (): number => {
  calls++;
  throw new TypeError("failing call " + calls);
};
console.log(attempt("safe", safe) + attempt("failing", failing) + attempt("again", safe));

const reporters: (() => string)[] = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i !== 1) throw new Error("error " + i);
    reporters.push(() => "no error at " + i);
  } catch (e) {
    if (e instanceof Error) reporters.push(() => "remembered " + e.message);
  }
}
for (let i = 0; i < reporters.length; i++) {
  const r = reporters[i];
  if (r !== undefined) console.log(r());
}

function makeCounter(limit: number): () => number {
  let n = 0;
  return () => {
    n++;
    if (n > limit) throw new RangeError("counter passed " + limit);
    return n;
  };
}
const next = makeCounter(2);
let total = 0;
try {
  for (;;) total += next();
} catch (e) {
  if (e instanceof RangeError) console.log("stopped:", e.message, "total", total);
}
