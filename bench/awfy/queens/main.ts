// Queens: counts every placement of 8 non-attacking queens, with free-row and free-diagonal flags.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

class Board {
  private readonly rowFree: boolean[] = [];
  private readonly upFree: boolean[] = [];
  private readonly downFree: boolean[] = [];

  constructor(private readonly n: number) {
    for (let i = 0; i < n; i++) this.rowFree.push(true);
    for (let d = 0; d < 2 * n - 1; d++) {
      this.upFree.push(true);
      this.downFree.push(true);
    }
  }

  private canPlace(col: number, row: number): boolean {
    return (
      this.rowFree[row] === true &&
      this.upFree[col + row] === true &&
      this.downFree[col - row + this.n - 1] === true
    );
  }

  private mark(col: number, row: number, free: boolean): void {
    this.rowFree[row] = free;
    this.upFree[col + row] = free;
    this.downFree[col - row + this.n - 1] = free;
  }

  solutionsFrom(col: number): number {
    if (col === this.n) return 1;
    let count = 0;
    for (let row = 0; row < this.n; row++) {
      if (this.canPlace(col, row)) {
        this.mark(col, row, false);
        count += this.solutionsFrom(col + 1);
        this.mark(col, row, true);
      }
    }
    return count;
  }
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = new Board(8).solutionsFrom(0);
  if (result !== 92) {
    console.log(`FAIL Queens: ${result}`);
    exit(1);
  }
}
console.log(`Queens: ${result}`);
