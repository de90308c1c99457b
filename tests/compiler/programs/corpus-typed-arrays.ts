// @qemu
// Typed arrays: wrapping, clamping, float32 rounding on construction, subarray views, set, slice, sort, join
const u8 = new Uint8Array([0, 255, 256, -1, 3.7, -3.7, 1000]);
const c8 = new Uint8ClampedArray([0, 255, 256, -1, 3.5, 4.5, 1000]);
const i8 = new Int8Array([127, 128, -129, 255]);
const i16 = new Int16Array([32767, 32768, -32769]);
const u16 = new Uint16Array([65535, 65536, -1]);
const i32 = new Int32Array([2 ** 31, 2 ** 32 + 1, -1.9]);
const u32 = new Uint32Array([-1, 2 ** 32, 1.5]);
const f32 = new Float32Array([0.1, 1e40, -0, 16777217]);
const f64 = new Float64Array([0.1, NaN, -0]);
console.log(u8.join(","), c8.join(","), i8.join(","), i16.join(","), u16.join(","));
console.log(i32.join(","), u32.join(","), f32.join(","), f64.join(","));
const base = new Int32Array([0, 5, 3, 1, 6, 4, 2, 0]);
const view = base.subarray(2, 6);
view.fill(100, 0, 1);
console.log(base.join(" "), view.join(" "), view.length);
const copy = base.slice(1, 4);
copy.fill(-9, 0, 1);
console.log(base.at(1), copy.join(" "));
base.set([7, 7], 6);
console.log(base.join(" "), base.indexOf(7), base.includes(100), base.at(-1), base.lastIndexOf(7));
console.log(new Float64Array([3, -0, NaN, -5, 0, 2]).sort().join(" "), base.sort().join(" "));
console.log(base.map((x) => x * 2).join(" "), base.filter((x) => x % 2 === 0).length, base.at(99), u8.length);
console.log(
  base.reduce((a, b) => a + b, 0),
  base.some((x) => x > 50),
  base.every((x) => x >= 0),
  base.find((x) => x > 3),
);
const u = new Uint8Array(4);
u.set(new Int16Array([300, -1]), 1);
console.log(u.join(","), new Int8Array(u).join(","), u.reverse().join(","));
try {
  base.set([1, 2, 3], 7);
} catch (e) {
  console.log("range", e instanceof RangeError);
}
