// @qemu
// Timer callbacks that are closures capturing locals, loop variables and objects
function schedule(name: string, times: number, every: number): void {
  let left = times;
  const id = setInterval(() => {
    left--;
    console.log(`${name} tick, ${left} left`);
    if (left === 0) clearInterval(id);
  }, every);
}
schedule("fast", 3, 10);
schedule("slow", 2, 25);
for (let i = 1; i <= 3; i++) {
  setTimeout(() => console.log("timeout", i, i * 7), i * 7 + 1);
}
const state = { hits: 0 };
const hit = (): void => {
  state.hits++;
};
setTimeout(hit, 2);
setTimeout(hit, 3);
setTimeout(() => console.log("hits", state.hits), 100);
const cancelled = setTimeout(() => console.log("never"), 50);
clearTimeout(cancelled);
