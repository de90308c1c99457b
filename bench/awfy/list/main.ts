// List: Gabriel's list-based Takeuchi function over linked lists of 15, 10 and 6 cells.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

class Cell {
  constructor(
    readonly value: number,
    readonly next: Cell | null,
  ) {}
}

function makeList(length: number): Cell | null {
  let list: Cell | null = null;
  for (let i = 1; i <= length; i++) list = new Cell(i, list);
  return list;
}

function listLength(list: Cell | null): number {
  let n = 0;
  for (let c = list; c !== null; c = c.next) n++;
  return n;
}

/** True when list a has fewer cells than list b. */
function shorter(a: Cell | null, b: Cell | null): boolean {
  while (b !== null) {
    if (a === null) return true;
    a = a.next;
    b = b.next;
  }
  return false;
}

function tak(x: Cell | null, y: Cell | null, z: Cell | null): Cell | null {
  // When shorter(y, x) holds, x has a cell; y and z always have one too on these inputs, but the types
  // cannot show it, hence the null-safe reads.
  if (x === null || !shorter(y, x)) return z;
  return tak(tak(x.next, y, z), tak(y?.next ?? null, z, x), tak(z?.next ?? null, x, y));
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = listLength(tak(makeList(15), makeList(10), makeList(6)));
  if (result !== 10) {
    console.log(`FAIL List: ${result}`);
    exit(1);
  }
}
console.log(`List: ${result}`);
