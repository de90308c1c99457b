// Sieve (ES5 for Duktape and MuJS): counts the primes up to 5000 with the sieve of Eratosthenes.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

function sieve(size) {
  var composite = [];
  for (var i = 0; i <= size; i++) composite.push(false);
  var primes = 0;
  for (var p = 2; p <= size; p++) {
    if (!composite[p]) {
      primes++;
      for (var m = p * p; m <= size; m += p) composite[m] = true;
    }
  }
  return primes;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = sieve(5000);
    if (result !== 669) {
      log("FAIL Sieve: " + result);
      throw new Error("FAIL");
    }
  }
  log("Sieve: " + result);
}

main();
