// Timer callbacks: setTimeout ordering by delay, setInterval with a counter and clearInterval from
// inside its own callback, clearTimeout before firing, closures over loop variables in timer callbacks,
// timers scheduled from timers, and method callbacks keeping `this` through arrow functions.
const out: string[] = [];

class Blinker {
  private on = false;
  toggles = 0;
  constructor(readonly name: string) {}
  start(period: number, times: number): void {
    const id = setInterval(() => {
      this.on = !this.on;
      this.toggles++;
      out.push(`${this.name}:${this.on ? "on" : "off"}`);
      if (this.toggles >= times) {
        clearInterval(id);
        out.push(`${this.name} stopped`);
      }
    }, period);
  }
}

for (let i = 3; i >= 1; i--) setTimeout(() => out.push(`t${i * 10}`), i * 10);
const never = setTimeout(() => out.push("never"), 5);
clearTimeout(never);
const chained = (n: number): void => {
  out.push(`chain ${n}`);
  if (n > 0) setTimeout(() => chained(n - 1), 7);
};
setTimeout(() => chained(2), 1);
new Blinker("led").start(12, 3);
let count = 0;
const counter = setInterval(() => {
  count++;
  if (count === 2) {
    setTimeout(() => out.push(`inner after count ${count}`), 3);
  }
  if (count === 4) clearInterval(counter);
}, 9);
setTimeout(() => {
  out.push(`final count ${count}`);
  console.log(out.length);
  for (const line of out) console.log(line);
}, 100);
console.log("scheduled");
