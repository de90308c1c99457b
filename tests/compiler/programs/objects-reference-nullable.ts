// Plain-data object types combine with null and undefined like any other object type: `P | null`,
// `P | undefined`, optional chaining, `??`, narrowing, functions that return "no object".
interface Cell {
  row: number;
  col: number;
  alive: boolean;
}
interface Grid {
  width: number;
  height: number;
}

let selected: Cell | null = null;
let last: Cell | undefined = undefined;

function lastCell(): Cell | undefined {
  return last;
}

function find(cells: Cell[], row: number, col: number): Cell | null {
  for (const c of cells) {
    if (c.row === row && c.col === col) return c;
  }
  return null;
}

function describe(c: Cell | null): string {
  if (c === null) return "none";
  return `${c.row}:${c.col}${c.alive ? "*" : ""}`;
}

function area(g: Grid | undefined): number {
  return (g?.width ?? 0) * (g?.height ?? 1);
}

function pick(cells: Cell[]): void {
  selected = find(cells, 1, 2);
  console.log(describe(selected), selected === cells[1]);
  if (selected !== null) selected.alive = !selected.alive;
  console.log(cells[1]);
  selected = find(cells, 9, 9);
  console.log(describe(selected), selected === null, selected?.row, selected?.alive ?? "n/a");
  last = cells[0];
  if (last !== undefined) last.col = -1;
  console.log(cells[0], last === cells[0]);
  last = cells[5];
  console.log(last, last?.row ?? -1);
}

function grids(): void {
  const g: Grid = { width: 4, height: 3 };
  let maybe: Grid | undefined = undefined;
  console.log(area(g), area(maybe), area(undefined));
  maybe = g;
  maybe.width = 10;
  console.log(area(maybe), g.width, maybe === g);
  let n: Grid | null = g;
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    names.push(n === null ? "null" : `${n.width}x${n.height}`);
    n = i === 0 ? { width: 1, height: 1 } : null;
  }
  console.log(names.join(" "));
  const fallback = n ?? { width: 2, height: 2 };
  console.log(fallback, n == null, n != null);
}

function unions(): void {
  const items: (Cell | null)[] = [{ row: 0, col: 0, alive: true }, null, { row: 2, col: 1, alive: false }];
  let alive = 0;
  for (const it of items) {
    if (it !== null && it.alive) alive++;
  }
  console.log(alive, items);
  const values: (Cell | number)[] = [{ row: 5, col: 6, alive: true }, 7];
  for (const v of values) {
    if (typeof v === "number") console.log("number", v + 1);
    else console.log("cell", v.row + v.col, typeof v);
  }
}

const cells: Cell[] = [
  { row: 0, col: 0, alive: false },
  { row: 1, col: 2, alive: true },
  { row: 2, col: 2, alive: false },
];
pick(cells);
grids();
unions();
console.log(describe(selected), lastCell());
