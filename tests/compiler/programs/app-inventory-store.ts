// A shop inventory with classes and Maps: products with categories, stock movements that validate
// quantities, reorder suggestions, a report grouped by category in insertion order, price changes with
// percentage rounding, and an audit trail of errors.
class StockError extends Error {
  constructor(
    message: string,
    readonly sku: string,
  ) {
    super(message);
    this.name = "StockError";
  }
}

class Product {
  private qty = 0;
  constructor(
    readonly sku: string,
    readonly name: string,
    readonly category: string,
    public price: number,
    readonly reorderAt: number,
  ) {}
  get stock(): number {
    return this.qty;
  }
  receive(n: number): void {
    if (!Number.isInteger(n) || n <= 0) throw new StockError(`bad receive quantity ${n}`, this.sku);
    this.qty += n;
  }
  take(n: number): void {
    if (n > this.qty) throw new StockError(`only ${this.qty} of ${this.sku} left, wanted ${n}`, this.sku);
    this.qty -= n;
  }
  get value(): number {
    return this.qty * this.price;
  }
}

class Inventory {
  private products = new Map<string, Product>();
  audit: string[] = [];
  add(p: Product): void {
    this.products.set(p.sku, p);
  }
  apply(op: string, sku: string, n: number): boolean {
    const p = this.products.get(sku);
    try {
      if (p === undefined) throw new StockError(`unknown sku ${sku}`, sku);
      if (op === "in") p.receive(n);
      else p.take(n);
      return true;
    } catch (e) {
      this.audit.push(e instanceof StockError ? `${e.sku}: ${e.message}` : String(e));
      return false;
    }
  }
  reprice(category: string, percent: number): number {
    let changed = 0;
    this.products.forEach((p) => {
      if (p.category === category) {
        p.price = Math.round(p.price * (100 + percent)) / 100;
        changed++;
      }
    });
    return changed;
  }
  reorder(): string[] {
    const out: string[] = [];
    for (const p of this.products.values()) if (p.stock <= p.reorderAt) out.push(`${p.sku}(${p.stock})`);
    return out;
  }
  report(): string[] {
    const groups = new Map<string, Product[]>();
    for (const p of this.products.values()) {
      const g = groups.get(p.category) ?? [];
      g.push(p);
      groups.set(p.category, g);
    }
    const lines: string[] = [];
    let total = 0;
    for (const [cat, ps] of groups) {
      const v = ps.reduce((s, p) => s + p.value, 0);
      total += v;
      lines.push(
        `${cat.toUpperCase().padEnd(8)} ${ps.map((p) => `${p.name}x${p.stock}`).join(", ")} = ${v.toFixed(2)}`,
      );
    }
    lines.push(`TOTAL ${total.toFixed(2)}`);
    return lines;
  }
}

const inv = new Inventory();
inv.add(new Product("A-1", "resistor", "parts", 0.05, 100));
inv.add(new Product("B-7", "multimeter", "tools", 24.99, 2));
inv.add(new Product("A-2", "capacitor", "parts", 0.12, 50));
inv.add(new Product("C-3", "solder", "supplies", 7.5, 5));
inv.add(new Product("B-8", "tweezers", "tools", 3.25, 3));
const ops: [string, string, number][] = [
  ["in", "A-1", 500],
  ["in", "A-2", 40],
  ["in", "B-7", 4],
  ["out", "A-1", 420],
  ["out", "B-7", 5],
  ["in", "C-3", 2.5],
  ["in", "Z-9", 1],
  ["in", "C-3", 10],
  ["out", "C-3", 6],
  ["in", "B-8", 3],
  ["out", "A-2", 40],
];
console.log(ops.map(([op, sku, n]) => inv.apply(op, sku, n)));
for (const l of inv.report()) console.log(l);
console.log(inv.reorder(), inv.reprice("tools", 10), inv.reprice("food", 5));
for (const l of inv.report()) console.log(l);
console.log(inv.audit);
