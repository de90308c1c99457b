// Bounce (ES5 for Duktape and MuJS): 100 balls move in a 500 × 500 box for 50 steps; counts wall bounces.
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

var LIMIT = 500;

function Ball(random) {
  this.x = random.next() % LIMIT;
  this.y = random.next() % LIMIT;
  this.dx = (random.next() % 300) - 150;
  this.dy = (random.next() % 300) - 150;
}

Ball.prototype.step = function () {
  var bounced = false;
  this.x += this.dx;
  this.y += this.dy;
  if (this.x > LIMIT) {
    this.x = LIMIT;
    this.dx = -Math.abs(this.dx);
    bounced = true;
  } else if (this.x < 0) {
    this.x = 0;
    this.dx = Math.abs(this.dx);
    bounced = true;
  }
  if (this.y > LIMIT) {
    this.y = LIMIT;
    this.dy = -Math.abs(this.dy);
    bounced = true;
  } else if (this.y < 0) {
    this.y = 0;
    this.dy = Math.abs(this.dy);
    bounced = true;
  }
  return bounced;
};

function run() {
  var random = new Random(4242);
  var balls = [];
  for (var i = 0; i < 100; i++) balls.push(new Ball(random));
  var bounces = 0;
  for (var s = 0; s < 50; s++) {
    for (var b = 0; b < balls.length; b++) {
      if (balls[b].step()) bounces++;
    }
  }
  return bounces;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result !== 1175) {
      log("FAIL Bounce: " + result);
      throw new Error("FAIL");
    }
  }
  log("Bounce: " + result);
}

main();
