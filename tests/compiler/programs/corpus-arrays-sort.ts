// @qemu
// sort: default (string) order, numeric comparators, stability, objects by key, reverse order
const nums = [10, 9, 1, 100, 25, -3, 0];
console.log(
  nums.slice().sort(),
  nums.slice().sort((a, b) => a - b),
  nums.slice().sort((a, b) => b - a),
);
console.log(["b", "a", "C", "aa", ""].sort(), [true, false].length);
interface Person {
  name: string;
  age: number;
}
const people: Person[] = [
  { name: "Ann", age: 30 },
  { name: "Bob", age: 25 },
  { name: "Cid", age: 30 },
  { name: "Dee", age: 25 },
  { name: "Eve", age: 35 },
];
const byAge = people.slice().sort((p, q) => p.age - q.age);
console.log(byAge.map((p) => p.name).join(","));
const byNameDesc = people.slice().sort((p, q) => (p.name < q.name ? 1 : p.name > q.name ? -1 : 0));
console.log(byNameDesc.map((p) => `${p.name}${p.age}`).join(" "));
const big: number[] = [];
for (let i = 0; i < 50; i++) big.push((i * 37) % 50);
big.sort((a, b) => a - b);
let ok = true;
for (let i = 0; i < big.length; i++) if (big[i] !== i) ok = false;
console.log("sorted 50", ok, big[0], big[49]);
const same = nums.sort((a, b) => a - b);
console.log(same === nums, nums);
