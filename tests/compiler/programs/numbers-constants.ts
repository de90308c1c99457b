// @qemu
// Number's constants and predicates at their edges: safe-integer limits, epsilon steps, the extremes of the
// double range, and how the predicates treat NaN, infinities, -0 and fractions.
const limits = [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE];
console.log(limits);
console.log(Number.EPSILON, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE * 2);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER + 2);
console.log(Number.MIN_VALUE / 2, Number.MIN_VALUE * 2 ** 52);

function describe(x: number): string {
  const parts: string[] = [];
  if (Number.isInteger(x)) parts.push("integer");
  if (Number.isSafeInteger(x)) parts.push("safe");
  if (Number.isFinite(x)) parts.push("finite");
  if (Number.isNaN(x)) parts.push("NaN");
  if (isFinite(x) !== Number.isFinite(x)) parts.push("global isFinite differs");
  return `${String(x)}: ${parts.length === 0 ? "none" : parts.join(" ")}`;
}

const samples = [0, -0, 1.5, -7, 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1e21, 0 / 0, 1 / 0, -1 / 0, 5e-324];
for (const x of samples) console.log(describe(x));

// Walking up by epsilon-sized steps near 1 and near 2 shows the spacing of doubles.
let steps = 0;
let v = 1;
while (v < 1 + 8 * Number.EPSILON) {
  v += Number.EPSILON;
  steps++;
}
console.log("steps near 1:", steps, v);
let w = 2;
w += Number.EPSILON;
console.log("2 + epsilon === 2:", w === 2);
console.log((Number.MAX_SAFE_INTEGER).toString(16), (Number.MIN_SAFE_INTEGER).toString(36));
console.log(Number.MAX_VALUE.toExponential(3), Number.MIN_VALUE.toPrecision(2));
