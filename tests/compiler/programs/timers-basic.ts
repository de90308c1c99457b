// @qemu
// Due times are at least 20 ms apart, so the order is the same under any reasonable scheduling jitter.
setTimeout(() => console.log("timeout 100"), 100);
setTimeout(() => console.log("timeout 10"), 10);
setTimeout(() => console.log("timeout 200"), 200);
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log("interval", ticks);
  if (ticks === 3) clearInterval(id);
}, 40);
console.log("main done");
