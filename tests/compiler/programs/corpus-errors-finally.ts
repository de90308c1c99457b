// @qemu
// finally on return, break, continue and throw paths; finally overriding; nested try in loops
const trace: string[] = [];
function f(mode: number): number {
  try {
    trace.push(`try${mode}`);
    if (mode === 0) return 0;
    if (mode === 1) throw new Error("one");
    trace.push("body end");
  } catch (e) {
    trace.push(`catch ${e instanceof Error ? e.message : ""}`);
    return 1;
  } finally {
    trace.push(`finally${mode}`);
  }
  return 2;
}
console.log(f(0), f(1), f(2));
console.log(trace.join(", "));
function override(): number {
  try {
    return 1;
  } finally {
    trace.splice(0);
  }
}
console.log(override(), trace.length);
const out: number[] = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    out.push(i);
  } finally {
    out.push(100 + i);
  }
}
console.log(out);
let depth = 0;
function nest(n: number): void {
  try {
    depth++;
    if (n === 0) throw new Error("bottom");
    nest(n - 1);
  } finally {
    depth--;
  }
}
try {
  nest(5);
} catch (e) {
  console.log("caught at depth", depth, e instanceof Error ? e.message : "?");
}
