// Typed arrays through their methods: construction from a length, an array and another typed array,
// conversion on store (wrapping, clamping, float rounding), fill/subarray views sharing memory, slice
// copies, set with offsets, sort, indexOf/includes, map/filter/reduce, join and printing.
function construction(): void {
  const u8 = new Uint8Array([1, 255, 256, -1, 3.7, -3.7, NaN]);
  const i8 = new Int8Array([127, 128, -129, 255]);
  const c8 = new Uint8ClampedArray([300, -5, 1.5, 2.5, 254.5]);
  const u16 = new Uint16Array([65535, 65536, -1]);
  const i32 = new Int32Array([2 ** 31, 2 ** 32 + 1, -1.9]);
  const f32 = new Float32Array([0.1, 1e40, -0]);
  const f64 = new Float64Array(u8);
  console.log(u8, i8, c8);
  console.log(u16, i32, f32, f64);
  console.log(new Uint32Array(3), new Int16Array([40000, -40000]), u8.length, new Float64Array(0).length);
}

function views(): void {
  const buf = new Uint8Array(10);
  buf.fill(7);
  buf.fill(1, 2, 4);
  const view = buf.subarray(4, 8);
  view.fill(9);
  const copy = buf.slice(0, 3);
  copy.fill(0);
  console.log(buf.join(""), view.join(""), copy.join(""), view.length);
  buf.set([5, 5], 8);
  buf.set(new Uint8Array([3, 3, 3]), 0);
  console.log(
    buf.join(","),
    buf.at(-1),
    buf.at(20),
    buf.indexOf(9),
    buf.lastIndexOf(9),
    buf.includes(4),
    buf.indexOf(3, 1),
  );
  try {
    buf.set([1, 2, 3], 9);
  } catch (e) {
    console.log(e instanceof RangeError);
  }
}

function functional(): void {
  const samples = new Int16Array([300, -20, 45, 0, -1000, 77, 12]);
  const doubled = samples.map((x) => x * 200);
  const positive = samples.filter((x) => x > 0);
  const sum = samples.reduce((a, b) => a + b, 0);
  console.log(
    doubled,
    positive,
    sum,
    samples.some((x) => x < -500),
    samples.every((x) => x < 1000),
  );
  console.log(
    samples.find((x) => x > 50),
    samples.findIndex((x) => x === 0),
    samples.find((x) => x > 5000),
  );
  const sorted = new Float64Array([3, -0, NaN, 0, -Infinity, 2.5]).sort();
  console.log(
    sorted,
    new Int32Array([5, 1, 4]).sort((a, b) => b - a),
    new Uint8Array([3, 1, 2]).reverse(),
  );
  let acc = 0;
  samples.forEach((v, i) => {
    acc += v * i;
  });
  let viaOf = 0;
  for (const v of samples) viaOf += v;
  console.log(acc, viaOf, samples.join(" | "), Array.from(samples).length);
}

construction();
views();
functional();
