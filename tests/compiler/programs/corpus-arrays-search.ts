// @qemu
// indexOf, lastIndexOf, includes with fromIndex, NaN, find/findIndex/findLast/findLastIndex, at
const xs = [5, 1, 4, 1, 5, 9, 2, 6, NaN];
console.log(xs.indexOf(1), xs.indexOf(1, 2), xs.indexOf(1, -6), xs.indexOf(7), xs.indexOf(NaN));
console.log(xs.lastIndexOf(5), xs.lastIndexOf(5, 3), xs.lastIndexOf(1, -7), xs.lastIndexOf(42));
console.log(xs.includes(NaN), xs.includes(9, 6), xs.includes(9, -4), xs.includes(0));
console.log(
  xs.find((x) => x > 4),
  xs.findIndex((x) => x > 4),
  xs.findLast((x) => x < 3),
  xs.findLastIndex((x) => x < 3),
);
console.log(
  xs.find((x) => x > 100),
  xs.findIndex((x) => x > 100),
  xs.findLast((x) => x > 100),
  xs.findLastIndex((x) => x > 100),
);
console.log(xs.at(0), xs.at(-2), xs.at(100), xs.at(-100));
const words = ["alpha", "beta", "gamma", "beta"];
console.log(words.indexOf("beta"), words.lastIndexOf("beta"), words.includes("delta"));
console.log(
  words.find((w, i) => i > 0 && w.length === 5),
  words.findIndex((w) => w.startsWith("g")),
);
console.log([-0].includes(0), [0].indexOf(-0), [-0].at(0));
