// NBody: the Sun and the four giant planets, 1000 leapfrog steps; prints the energy after them.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

class Body {
  vx: number;
  vy: number;
  vz: number;
  readonly mass: number;

  constructor(
    public x: number,
    public y: number,
    public z: number,
    vx: number,
    vy: number,
    vz: number,
    mass: number,
  ) {
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }
}

function makeSystem(): Body[] {
  const bodies = [
    new Body(0, 0, 0, 0, 0, 0, 1),
    new Body(
      4.8414314424647209,
      -1.16032004402742839,
      -1.03622044471123109e-1,
      1.66007664274403694e-3,
      7.69901118419740425e-3,
      -6.90460016972063023e-5,
      9.54791938424326609e-4,
    ),
    new Body(
      8.34336671824457987,
      4.12479856412430479,
      -4.03523417114321381e-1,
      -2.76742510726862411e-3,
      4.99852801234917238e-3,
      2.30417297573763929e-5,
      2.85885980666130812e-4,
    ),
    new Body(
      1.2894369562139131e1,
      -1.51111514016986312e1,
      -2.23307578892655734e-1,
      2.96460137564761618e-3,
      2.3784717395948095e-3,
      -2.96589568540237556e-5,
      4.36624404335156298e-5,
    ),
    new Body(
      1.53796971148509165e1,
      -2.59193146099879641e1,
      1.79258772950371181e-1,
      2.68067772490389322e-3,
      1.62824170038242295e-3,
      -9.5159225451971587e-5,
      5.15138902046611451e-5,
    ),
  ];
  // Give the Sun the momentum that makes the system's total zero.
  let px = 0;
  let py = 0;
  let pz = 0;
  for (const body of bodies) {
    px += body.vx * body.mass;
    py += body.vy * body.mass;
    pz += body.vz * body.mass;
  }
  const sun = bodies[0];
  if (sun !== undefined) {
    sun.vx = -px / SOLAR_MASS;
    sun.vy = -py / SOLAR_MASS;
    sun.vz = -pz / SOLAR_MASS;
  }
  return bodies;
}

function advance(bodies: Body[], dt: number): void {
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const a = bodies[i];
    if (a === undefined) continue;
    for (let j = i + 1; j < n; j++) {
      const b = bodies[j];
      if (b === undefined) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const dz = a.z - b.z;
      const d2 = dx * dx + dy * dy + dz * dz;
      const mag = dt / (d2 * Math.sqrt(d2));
      a.vx -= dx * b.mass * mag;
      a.vy -= dy * b.mass * mag;
      a.vz -= dz * b.mass * mag;
      b.vx += dx * a.mass * mag;
      b.vy += dy * a.mass * mag;
      b.vz += dz * a.mass * mag;
    }
  }
  for (const body of bodies) {
    body.x += dt * body.vx;
    body.y += dt * body.vy;
    body.z += dt * body.vz;
  }
}

function energy(bodies: Body[]): number {
  let e = 0;
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const a = bodies[i];
    if (a === undefined) continue;
    e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
    for (let j = i + 1; j < n; j++) {
      const b = bodies[j];
      if (b === undefined) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const dz = a.z - b.z;
      e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

/** The energy after `steps` steps, in units of 1e-9, rounded: an integer every language prints alike. */
function run(steps: number): number {
  const bodies = makeSystem();
  for (let s = 0; s < steps; s++) advance(bodies, 0.01);
  return Math.floor(-energy(bodies) * 1e9 + 0.5);
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = run(1000);
  if (result !== 169087605) {
    console.log(`FAIL NBody: ${result}`);
    exit(1);
  }
}
console.log(`NBody: ${result}`);
