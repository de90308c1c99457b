// Towers: Towers of Hanoi with 13 discs kept as linked stacks of disc objects.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

class Disc {
  constructor(
    readonly size: number,
    public next: Disc | null,
  ) {}
}

class Towers {
  private readonly piles: (Disc | null)[] = [null, null, null];
  moves = 0;

  push(pile: number, disc: Disc): void {
    const top = this.piles[pile] ?? null;
    if (top !== null && disc.size >= top.size) throw new Error("a larger disc on a smaller one");
    disc.next = top;
    this.piles[pile] = disc;
  }

  pop(pile: number): Disc {
    const top = this.piles[pile] ?? null;
    if (top === null) throw new Error("pop from an empty pile");
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTop(from: number, to: number): void {
    this.push(to, this.pop(from));
    this.moves++;
  }

  move(from: number, to: number, count: number): void {
    if (count === 1) {
      this.moveTop(from, to);
      return;
    }
    const spare = 3 - from - to;
    this.move(from, spare, count - 1);
    this.moveTop(from, to);
    this.move(spare, to, count - 1);
  }
}

function solve(discs: number): number {
  const towers = new Towers();
  for (let size = discs; size > 0; size--) towers.push(0, new Disc(size, null));
  towers.move(0, 1, discs);
  return towers.moves;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = solve(13);
  if (result !== 8191) {
    console.log(`FAIL Towers: ${result}`);
    exit(1);
  }
}
console.log(`Towers: ${result}`);
