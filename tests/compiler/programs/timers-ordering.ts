// @qemu
let order = 0;
function report(): void {
  order++;
  console.log("fired", order);
}
setTimeout(() => console.log("at 90"), 90);
setTimeout(() => console.log("at 10"), 10);
setTimeout(() => console.log("at 50"), 50);
setTimeout(() => console.log("at 30"), 30);
setTimeout(() => console.log("at 70"), 70);
setTimeout(report, 120);
setTimeout(report, 150);
console.log("scheduled");
