// @qemu
// Map and Set with number and string keys: insertion order, re-insertion after delete goes last,
// overwriting keeps the position, NaN and -0 keys, object keys by identity, forEach order, size,
// clear, and iteration of keys/values/entries.
function mapNumbers(): void {
  const m = new Map<number, string>();
  m.set(3, "three").set(1, "one").set(2, "two");
  m.set(1, "uno");
  console.log(m, m.size);
  m.delete(3);
  m.set(3, "tres");
  console.log(Array.from(m.keys()), Array.from(m.values()));
  m.set(NaN, "nan").set(-0, "zero");
  console.log(m.get(NaN), m.get(0), m.has(-0), m.get(+0), m.size);
  const seen: string[] = [];
  m.forEach((v, k) => seen.push(`${k}=${v}`));
  console.log(seen.join(" "));
  for (const [k, v] of m.entries()) if (k > 1) m.delete(k) ? seen.push("del " + v) : seen.push("?");
  console.log(m, seen.length);
  m.clear();
  console.log(m, m.size, m.get(1));
}

function mapStrings(): void {
  const stock = new Map<string, number>([
    ["bolt", 10],
    ["nut", 25],
    ["washer", 0],
  ]);
  stock.set("bolt", (stock.get("bolt") ?? 0) - 3);
  stock.delete("nut");
  stock.set("nut", 5);
  stock.set("", -1);
  let line = "";
  for (const [k, v] of stock) line += `[${k}:${v}]`;
  console.log(line, stock.has(""), stock.get("missing"));
  const objKey = { id: 1 };
  const byObj = new Map<{ id: number }, string>();
  byObj.set(objKey, "a");
  byObj.set({ id: 1 }, "b");
  console.log(byObj.size, byObj.get(objKey), byObj.get({ id: 1 }));
}

function sets(): void {
  const s = new Set<number>([5, 1, 5, 3, 1]);
  s.add(2).add(5);
  console.log(s, s.size, s.has(3), s.has(4));
  s.delete(1);
  s.add(1);
  console.log(
    Array.from(s),
    Array.from(s.values()).reduce((a, b) => a + b, 0),
  );
  const w = new Set<string>("the cat and the hat and the bat".split(" "));
  console.log(w, Array.from(w).sort().join(","));
  const t = new Set<number>([NaN, NaN, 0, -0]);
  console.log(t.size, t.has(NaN), t);
  const visits: number[] = [];
  const grow = new Set<number>([1]);
  for (const x of grow) {
    visits.push(x);
    if (x < 5) grow.add(x + 1);
  }
  console.log(visits, grow.size);
  const inter = Array.from(s).filter((x) => new Set<number>([1, 2, 9]).has(x));
  console.log(inter, new Set<number>([]).size);
}

mapNumbers();
mapStrings();
sets();
