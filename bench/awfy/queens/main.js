// Queens (ES5 for Duktape and MuJS): counts every placement of 8 queens with row and diagonal flags.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

function Board(n) {
  this.n = n;
  this.rowFree = [];
  this.upFree = [];
  this.downFree = [];
  for (var i = 0; i < n; i++) this.rowFree.push(true);
  for (var d = 0; d < 2 * n - 1; d++) {
    this.upFree.push(true);
    this.downFree.push(true);
  }
}

Board.prototype.canPlace = function (col, row) {
  return this.rowFree[row] && this.upFree[col + row] && this.downFree[col - row + this.n - 1];
};

Board.prototype.mark = function (col, row, free) {
  this.rowFree[row] = free;
  this.upFree[col + row] = free;
  this.downFree[col - row + this.n - 1] = free;
};

Board.prototype.solutionsFrom = function (col) {
  if (col === this.n) return 1;
  var count = 0;
  for (var row = 0; row < this.n; row++) {
    if (this.canPlace(col, row)) {
      this.mark(col, row, false);
      count += this.solutionsFrom(col + 1);
      this.mark(col, row, true);
    }
  }
  return count;
};

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = new Board(8).solutionsFrom(0);
    if (result !== 92) {
      log("FAIL Queens: " + result);
      throw new Error("FAIL");
    }
  }
  log("Queens: " + result);
}

main();
