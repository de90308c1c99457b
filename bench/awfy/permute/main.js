// Permute (ES5 for Duktape and MuJS): generates all permutations of 7 values by swapping, with a checksum.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

function Permuter(n) {
  this.values = [];
  for (var i = 0; i < n; i++) this.values.push(i + 1);
  this.count = 0;
  this.checksum = 0;
}

Permuter.prototype.swap = function (i, j) {
  var t = this.values[i];
  this.values[i] = this.values[j];
  this.values[j] = t;
};

Permuter.prototype.permute = function (k) {
  if (k === 1) {
    this.count++;
    // Weighs the first two positions so that a wrong swap changes the sum.
    this.checksum += this.values[0] * 7 + this.values[1];
    return;
  }
  for (var i = 0; i < k; i++) {
    this.permute(k - 1);
    this.swap(k % 2 === 0 ? i : 0, k - 1);
  }
};

function run() {
  var p = new Permuter(7);
  p.permute(7);
  return p.count + p.checksum;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result !== 166320) {
      log("FAIL Permute: " + result);
      throw new Error("FAIL");
    }
  }
  log("Permute: " + result);
}

main();
