// NBody (ES5 for Duktape and MuJS): the Sun and the four giant planets, 1000 leapfrog steps; energy after.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

var PI = 3.141592653589793;
var SOLAR_MASS = 4 * PI * PI;
var DAYS_PER_YEAR = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x;
  this.y = y;
  this.z = z;
  this.vx = vx * DAYS_PER_YEAR;
  this.vy = vy * DAYS_PER_YEAR;
  this.vz = vz * DAYS_PER_YEAR;
  this.mass = mass * SOLAR_MASS;
}

function makeSystem() {
  var bodies = [
    new Body(0, 0, 0, 0, 0, 0, 1),
    new Body(
      4.8414314424647209,
      -1.16032004402742839,
      -1.03622044471123109e-1,
      1.66007664274403694e-3,
      7.69901118419740425e-3,
      -6.90460016972063023e-5,
      9.54791938424326609e-4
    ),
    new Body(
      8.34336671824457987,
      4.12479856412430479,
      -4.03523417114321381e-1,
      -2.76742510726862411e-3,
      4.99852801234917238e-3,
      2.30417297573763929e-5,
      2.85885980666130812e-4
    ),
    new Body(
      1.2894369562139131e1,
      -1.51111514016986312e1,
      -2.23307578892655734e-1,
      2.96460137564761618e-3,
      2.3784717395948095e-3,
      -2.96589568540237556e-5,
      4.36624404335156298e-5
    ),
    new Body(
      1.53796971148509165e1,
      -2.59193146099879641e1,
      1.79258772950371181e-1,
      2.68067772490389322e-3,
      1.62824170038242295e-3,
      -9.5159225451971587e-5,
      5.15138902046611451e-5
    )
  ];
  // Give the Sun the momentum that makes the system's total zero.
  var px = 0;
  var py = 0;
  var pz = 0;
  for (var i = 0; i < bodies.length; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
  return bodies;
}

function advance(bodies, dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var a = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var b = bodies[j];
      var dx = a.x - b.x;
      var dy = a.y - b.y;
      var dz = a.z - b.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      a.vx -= dx * b.mass * mag;
      a.vy -= dy * b.mass * mag;
      a.vz -= dz * b.mass * mag;
      b.vx += dx * a.mass * mag;
      b.vy += dy * a.mass * mag;
      b.vz += dz * a.mass * mag;
    }
  }
  for (var k = 0; k < n; k++) {
    var body = bodies[k];
    body.x += dt * body.vx;
    body.y += dt * body.vy;
    body.z += dt * body.vz;
  }
}

function energy(bodies) {
  var e = 0;
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var a = bodies[i];
    e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
    for (var j = i + 1; j < n; j++) {
      var b = bodies[j];
      var dx = a.x - b.x;
      var dy = a.y - b.y;
      var dz = a.z - b.z;
      e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

// The energy after `steps` steps, in units of 1e-9, rounded: an integer every language prints alike.
function run(steps) {
  var bodies = makeSystem();
  for (var s = 0; s < steps; s++) advance(bodies, 0.01);
  return Math.floor(-energy(bodies) * 1e9 + 0.5);
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = run(1000);
    if (result !== 169087605) {
      log("FAIL NBody: " + result);
      throw new Error("FAIL");
    }
  }
  log("NBody: " + result);
}

main();
