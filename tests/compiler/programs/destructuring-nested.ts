// Nested destructuring patterns with defaults and rest elements: at module level (globals), in
// for...of heads over arrays of objects, tuples and Map entries, in arrow parameters, and closures
// capturing destructured names.
interface Order {
  id: number;
  customer: { name: string; tier?: string };
  lines: [string, number][];
  note?: string;
}

const orders: Order[] = [
  { id: 1, customer: { name: "ann", tier: "gold" }, lines: [["pen", 2], ["ink", 1]] },
  { id: 2, customer: { name: "bob" }, lines: [["pad", 5]], note: "rush" },
  { id: 3, customer: { name: "cy", tier: "silver" }, lines: [] },
];

const [firstOrder, ...laterOrders] = orders;
const { id: firstId, customer: { name: firstName, tier: firstTier = "none" }, ...restOfFirst } = orders[1]!;

function summary(): void {
  console.log(firstOrder?.id, laterOrders.length, firstId, firstName, firstTier, restOfFirst);
  for (const { id, customer: { name, tier = "basic" }, lines: [first, ...others], note = "-" } of orders) {
    const [item = "nothing", qty = 0] = first ?? [];
    console.log(id, name, tier, item, qty, others.length, note);
  }
}

function totals(): void {
  const prices = new Map<string, number>([
    ["pen", 1.5],
    ["ink", 4],
    ["pad", 2.25],
  ]);
  const perOrder = orders.map(({ id, lines }): [number, number] => {
    let sum = 0;
    for (const [item, qty] of lines) sum += (prices.get(item) ?? 0) * qty;
    return [id, sum];
  });
  console.log(perOrder);
  const report: string[] = [];
  for (const [name, price] of prices) {
    const [initial = "?", ...tail] = name.split("");
    report.push(`${initial}${tail.length}=${price}`);
  }
  console.log(report.join(" "));
  const getters = orders.map(({ customer: { name } }) => () => name.toUpperCase());
  console.log(getters.map((g) => g()));
  const deep: [[number, [number, number]], { a: { b: { c: number } } }] = [[1, [2, 3]], { a: { b: { c: 4 } } }];
  const [[one, [two, three]], { a: { b: { c: four } } }] = deep;
  console.log(one + two + three + four);
  const holes: (number | undefined)[][] = [[], [undefined, 3]];
  const [[x = 10] = [], [y = 20, z = 30] = [], [w = 40] = []] = holes;
  console.log(x, y, z, w);
}

summary();
totals();
