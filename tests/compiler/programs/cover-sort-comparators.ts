// Array sort with and without a comparator: the default order is by string (numbers sort as text,
// undefined last), numeric comparators ascending/descending, stability of equal keys, sorting objects
// by several keys, strings by code units (uppercase before lowercase), and sort returning the same array.
function defaults(): void {
  const nums = [10, 9, 1, 100, 25, -3, 0, -0.5, 2e21, 5e-7];
  console.log(nums.slice().sort());
  console.log(nums.slice().sort((a, b) => a - b));
  console.log(nums.slice().sort((a, b) => b - a));
  const words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "", "Zulu", "10", "9"];
  console.log(words.slice().sort());
  console.log(
    words
      .slice()
      .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)),
  );
  console.log(words.slice().sort((a, b) => a.length - b.length));
  const same = [3, 1, 2];
  const r = same.sort();
  console.log(r === same, same, [].sort(), [7].sort());
  const withUndef: (number | undefined)[] = [3, undefined, 1, undefined, 2];
  console.log(
    withUndef.sort(),
    withUndef.sort((a, b) => (b ?? 0) - (a ?? 0)),
  );
  const bools = [true, false, true];
  console.log(bools.sort());
}

interface Part {
  name: string;
  bin: number;
  qty: number;
}

function objects(): void {
  const parts: Part[] = [
    { name: "gear", bin: 2, qty: 5 },
    { name: "axle", bin: 1, qty: 5 },
    { name: "bolt", bin: 2, qty: 1 },
    { name: "cog", bin: 1, qty: 9 },
    { name: "pin", bin: 3, qty: 5 },
    { name: "nut", bin: 2, qty: 5 },
  ];
  const byQty = parts.slice().sort((a, b) => a.qty - b.qty);
  console.log(byQty.map((p) => p.name).join(" "));
  const byBinThenName = parts.slice().sort((a, b) => a.bin - b.bin || (a.name < b.name ? -1 : 1));
  console.log(byBinThenName.map((p) => `${p.bin}:${p.name}`).join(" "));
  const stable = parts.slice().sort((a, b) => b.qty - a.qty);
  console.log(stable.map((p) => p.name).join(" "));
  let calls = 0;
  const many: number[] = [];
  for (let i = 0; i < 60; i++) many.push((i * 37) % 61);
  many.sort((a, b) => {
    calls++;
    return a - b;
  });
  console.log(
    many.slice(0, 8),
    many.slice(-3),
    calls > 0,
    many.every((v, i) => i === 0 || (many[i - 1] ?? 0) <= v),
  );
  const mixed = [-0, 0, -0, 0];
  console.log(mixed.sort((a, b) => a - b).map((z) => 1 / z < 0));
}

defaults();
objects();
