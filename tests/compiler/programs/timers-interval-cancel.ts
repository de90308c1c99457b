let a = 0;
let b = 0;
const fast = setInterval(() => {
  a++;
  console.log("fast", a);
}, 40);
const slow = setInterval(() => {
  b++;
  console.log("slow", b);
  if (b === 2) clearInterval(slow);
}, 100);
setTimeout(() => {
  clearInterval(fast);
  console.log("stopped fast");
}, 180);
