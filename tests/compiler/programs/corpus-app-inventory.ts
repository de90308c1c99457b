// @qemu
// An inventory with classes, Map lookups, errors for bad operations and a formatted table
class OutOfStock extends Error {
  constructor(
    public sku: string,
    public wanted: number,
    public have: number,
  ) {
    super(`out of stock: ${sku} (wanted ${wanted}, have ${have})`);
  }
}
class Item {
  constructor(
    readonly sku: string,
    readonly name: string,
    public qty: number,
    readonly price: number,
  ) {}
  get value(): number {
    return this.qty * this.price;
  }
}
class Inventory {
  private items = new Map<string, Item>();
  add(item: Item): void {
    const existing = this.items.get(item.sku);
    if (existing !== undefined) existing.qty += item.qty;
    else this.items.set(item.sku, item);
  }
  take(sku: string, n: number): number {
    const it = this.items.get(sku);
    if (it === undefined) throw new Error(`unknown sku ${sku}`);
    if (it.qty < n) throw new OutOfStock(sku, n, it.qty);
    it.qty -= n;
    return it.qty;
  }
  table(): string[] {
    const rows: string[] = [];
    for (const it of this.items.values()) {
      rows.push(
        `${it.sku.padEnd(5)}${it.name.padEnd(10)}${String(it.qty).padStart(4)}${it.value.toFixed(2).padStart(9)}`,
      );
    }
    return rows;
  }
  total(): number {
    let t = 0;
    this.items.forEach((it) => (t += it.value));
    return t;
  }
}
const inv = new Inventory();
inv.add(new Item("A1", "widget", 10, 2.5));
inv.add(new Item("B2", "gadget", 3, 19.99));
inv.add(new Item("A1", "widget", 5, 2.5));
const requests: [string, number][] = [
  ["A1", 4],
  ["B2", 5],
  ["C3", 1],
  ["B2", 3],
];
function attempt(sku: string, n: number): void {
  try {
    console.log("take", sku, n, "left", inv.take(sku, n));
  } catch (e) {
    if (e instanceof OutOfStock) console.log("short by", e.wanted - e.have, e.message);
    else if (e instanceof Error) console.log("error:", e.message);
  }
}
for (const [sku, n] of requests) attempt(sku, n);
for (const row of inv.table()) console.log(row);
console.log("total", inv.total().toFixed(2));
