// List (ES5 for Duktape and MuJS): Gabriel's list-based Takeuchi function over linked lists of 15, 10 and 6.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

function Cell(value, next) {
  this.value = value;
  this.next = next;
}

function makeList(length) {
  var list = null;
  for (var i = 1; i <= length; i++) list = new Cell(i, list);
  return list;
}

function listLength(list) {
  var n = 0;
  for (var c = list; c !== null; c = c.next) n++;
  return n;
}

// True when list a has fewer cells than list b.
function shorter(a, b) {
  while (b !== null) {
    if (a === null) return true;
    a = a.next;
    b = b.next;
  }
  return false;
}

function tak(x, y, z) {
  if (!shorter(y, x)) return z;
  return tak(tak(x.next, y, z), tak(y.next, z, x), tak(z.next, x, y));
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = listLength(tak(makeList(15), makeList(10), makeList(6)));
    if (result !== 10) {
      log("FAIL List: " + result);
      throw new Error("FAIL");
    }
  }
  log("List: " + result);
}

main();
