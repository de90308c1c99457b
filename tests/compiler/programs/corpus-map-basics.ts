// @qemu
// Map with string and number keys: set/get/has/delete/clear/size, insertion order, re-set keeps order
const m = new Map<string, number>();
m.set("b", 2).set("a", 1).set("c", 3);
console.log(m.size, m.get("a"), m.get("zz"), m.has("c"), m.has("C"));
m.set("b", 20);
console.log(Array.from(m.keys()), Array.from(m.values()), m);
console.log(m.delete("a"), m.delete("a"), m.size);
m.set("a", 100);
console.log(Array.from(m.entries()));
const nums = new Map<number, string>();
nums.set(NaN, "nan").set(-0, "zero").set(1.5, "one and a half");
console.log(nums.get(NaN), nums.get(0), nums.has(+0), nums.get(1.5), nums.size);
const seen: string[] = [];
m.forEach((v, k, map) => seen.push(`${k}=${v}/${map.size}`));
console.log(seen.join(" "));
m.clear();
console.log(m.size, m, new Map());
const init = new Map([
  [1, "x"],
  [2, "y"],
  [1, "z"],
]);
console.log(init, init.size);
