// @qemu
// Arrays of object literals: grouping, aggregation, updating fields in place, JSON output
interface Sale {
  region: string;
  item: string;
  qty: number;
  price: number;
}
const sales: Sale[] = [
  { region: "north", item: "bolt", qty: 10, price: 0.25 },
  { region: "south", item: "nut", qty: 40, price: 0.1 },
  { region: "north", item: "nut", qty: 5, price: 0.1 },
  { region: "east", item: "gear", qty: 2, price: 7.5 },
  { region: "south", item: "bolt", qty: 12, price: 0.25 },
];
const byRegion = new Map<string, number>();
for (const s of sales) byRegion.set(s.region, (byRegion.get(s.region) ?? 0) + s.qty * s.price);
for (const [r, total] of byRegion) console.log(r.padEnd(6), total.toFixed(2));
const top = sales.reduce((best, s) => (s.qty * s.price > best.qty * best.price ? s : best));
console.log("top", top.item, top.region);
for (const s of sales) if (s.item === "nut") s.price *= 2;
console.log(sales.filter((s) => s.item === "nut").map((s) => s.price));
console.log(JSON.stringify(sales.slice(0, 2)));
const totals = { qty: 0, value: 0 };
for (const s of sales) {
  totals.qty += s.qty;
  totals.value += s.qty * s.price;
}
console.log(totals);
