// Storage (ES5 for Duktape and MuJS): builds a 4-ary tree of depth 6 whose leaves hold arrays of random length.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

// The suite's own generator, so that every language draws the same numbers: a 16-bit linear congruence.
function Random(seed) {
  this.seed = seed;
}

Random.prototype.next = function () {
  this.seed = (this.seed * 2053 + 13849) % 65536;
  return this.seed;
};

function TreeNode() {
  this.children = [];
  this.data = [];
}

function build(depth, random) {
  var node = new TreeNode();
  if (depth === 1) {
    var n = (random.next() % 10) + 1;
    for (var i = 0; i < n; i++) node.data.push(i);
  } else {
    for (var c = 0; c < 4; c++) node.children.push(build(depth - 1, random));
  }
  return node;
}

// Nodes plus the data slots below `node`.
function weigh(node) {
  var total = 1 + node.data.length;
  for (var c = 0; c < node.children.length; c++) total += weigh(node.children[c]);
  return total;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = weigh(build(6, new Random(1234)));
    if (result !== 6821) {
      log("FAIL Storage: " + result);
      throw new Error("FAIL");
    }
  }
  log("Storage: " + result);
}

main();
