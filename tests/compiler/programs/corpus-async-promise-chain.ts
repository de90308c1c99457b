// @qemu
// Promise.resolve/reject, then chains with values and promises, catch, finally, microtask order
const order: string[] = [];
Promise.resolve(1)
  .then((v) => {
    order.push(`a${v}`);
    return v + 1;
  })
  .then((v) => {
    order.push(`b${v}`);
    return Promise.resolve(v * 10);
  })
  .then((v) => order.push(`c${v}`));
Promise.reject(new Error("nope"))
  .then(() => order.push("never"))
  .catch((e) => {
    order.push(`caught ${e instanceof Error ? e.message : "?"}`);
    return 5;
  })
  .finally(() => order.push("finally"))
  .then((v) => order.push(`after ${v}`));
const p = new Promise<string>((resolve) => {
  order.push("executor");
  resolve("resolved");
});
p.then((s) => order.push(s));
order.push("sync");
setTimeout(() => {
  console.log(order.join(" | "));
}, 5);
