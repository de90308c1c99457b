// Mandelbrot (ES5 for Duktape and MuJS): escape iterations of a 48 × 48 grid over [-2, 1] × [-1.5, 1.5].
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

var MAX_ITER = 50;

function escapeTime(cr, ci) {
  var zr = 0;
  var zi = 0;
  for (var n = 0; n < MAX_ITER; n++) {
    var zr2 = zr * zr;
    var zi2 = zi * zi;
    if (zr2 + zi2 > 4) return n;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return MAX_ITER;
}

function render(size) {
  var total = 0;
  for (var y = 0; y < size; y++) {
    var ci = (3 * y) / size - 1.5;
    for (var x = 0; x < size; x++) {
      total += escapeTime((3 * x) / size - 2, ci);
    }
  }
  return total;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = render(48);
    if (result !== 28783) {
      log("FAIL Mandelbrot: " + result);
      throw new Error("FAIL");
    }
  }
  log("Mandelbrot: " + result);
}

main();
