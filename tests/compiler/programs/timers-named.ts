let n = 0;
function tick(): void {
  n++;
  console.log("tick", n);
}
function later(): number {
  console.log("later runs");
  return 5;
}
setTimeout(tick, 5);
setTimeout(tick, 25);
setTimeout(later, 45);
const cancelled = setTimeout(() => console.log("never"), 35);
clearTimeout(cancelled);
