// `x!`: a non-null assertion narrows the type and does nothing at run time: on Map lookups, array
// elements, optional fields, call results, as an assignment target and under ++ / +=.
interface Node {
  id: number;
  label: string;
  next?: Node;
  weights?: number[];
}

const index = new Map<string, Node>();

function add(id: number, label: string, after?: string): Node {
  const node: Node = { id, label };
  if (after !== undefined) index.get(after)!.next = node;
  index.set(label, node);
  return node;
}

function chain(): void {
  add(1, "a");
  add(2, "b", "a");
  add(3, "c", "b");
  const a = index.get("a")!;
  console.log(a.label, a.next!.label, a.next!.next!.label, a.next!.next!.id * 10);
  a.next!.label = "B";
  console.log(index.get("b")!.label, index.get("a")!.next!.label);
  let walked = "";
  for (let n: Node | undefined = a; n !== undefined; n = n.next) walked += n.label;
  console.log(walked);
}

function elements(): void {
  const xs: number[] = [10, 20, 30];
  const first = xs[0]!;
  const last = xs[xs.length - 1]!;
  xs[1]! += 5;
  xs[2]!++;
  console.log(first + last, xs, xs[1]! * 2);
  const words = "one two three".split(" ");
  console.log(words[2]!.toUpperCase(), words[0]!.length + words[1]!.length);
  const grid: number[][] = [
    [1, 2],
    [3, 4],
  ];
  grid[1]![0]! *= 7;
  console.log(grid, grid[0]![1]! + grid[1]![1]!);
}

function optionalFields(): void {
  const n: Node = { id: 9, label: "w", weights: [0.5, 0.25] };
  n.weights!.push(0.125);
  let total = 0;
  for (const w of n.weights!) total += w;
  console.log(total, n.weights!.length, n.weights![2]);
  const counts = new Map<string, number>([["x", 1]]);
  counts.set("x", counts.get("x")! + 1);
  const label: string | undefined = counts.has("x") ? "has x" : undefined;
  console.log(counts.get("x")!, label!.slice(4), label!.length);
}

chain();
elements();
optionalFields();
