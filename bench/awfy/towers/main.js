// Towers (ES5 for Duktape and MuJS): Towers of Hanoi with 13 discs kept as linked stacks of disc objects.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

function Disc(size, next) {
  this.size = size;
  this.next = next;
}

function Towers() {
  this.piles = [null, null, null];
  this.moves = 0;
}

Towers.prototype.push = function (pile, disc) {
  var top = this.piles[pile];
  if (top !== null && disc.size >= top.size) throw new Error("a larger disc on a smaller one");
  disc.next = top;
  this.piles[pile] = disc;
};

Towers.prototype.pop = function (pile) {
  var top = this.piles[pile];
  if (top === null) throw new Error("pop from an empty pile");
  this.piles[pile] = top.next;
  top.next = null;
  return top;
};

Towers.prototype.moveTop = function (from, to) {
  this.push(to, this.pop(from));
  this.moves++;
};

Towers.prototype.move = function (from, to, count) {
  if (count === 1) {
    this.moveTop(from, to);
    return;
  }
  var spare = 3 - from - to;
  this.move(from, spare, count - 1);
  this.moveTop(from, to);
  this.move(spare, to, count - 1);
};

function solve(discs) {
  var towers = new Towers();
  for (var size = discs; size > 0; size--) towers.push(0, new Disc(size, null));
  towers.move(0, 1, discs);
  return towers.moves;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = solve(13);
    if (result !== 8191) {
      log("FAIL Towers: " + result);
      throw new Error("FAIL");
    }
  }
  log("Towers: " + result);
}

main();
