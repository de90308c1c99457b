// Bounce: 100 balls move in a 500 × 500 box for 50 steps; counts how often they hit a wall.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

/** The suite's own generator, so that every language draws the same numbers: a 16-bit linear congruence. */
class Random {
  constructor(private seed: number) {}

  next(): number {
    this.seed = (this.seed * 2053 + 13849) % 65536;
    return this.seed;
  }
}

const LIMIT = 500;

class Ball {
  private x: number;
  private y: number;
  private dx: number;
  private dy: number;

  constructor(random: Random) {
    this.x = random.next() % LIMIT;
    this.y = random.next() % LIMIT;
    this.dx = (random.next() % 300) - 150;
    this.dy = (random.next() % 300) - 150;
  }

  step(): boolean {
    let bounced = false;
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
  }
}

function run(): number {
  const random = new Random(4242);
  const balls: Ball[] = [];
  for (let i = 0; i < 100; i++) balls.push(new Ball(random));
  let bounces = 0;
  for (let s = 0; s < 50; s++) {
    for (const ball of balls) {
      if (ball.step()) bounces++;
    }
  }
  return bounces;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = run();
  if (result !== 1175) {
    console.log(`FAIL Bounce: ${result}`);
    exit(1);
  }
}
console.log(`Bounce: ${result}`);
