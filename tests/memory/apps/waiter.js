// waiter.js: the event-loop scenario that waiter.c implements by hand in C; under Node its output is
// the oracle the memory test compares the firmware's log with, line for line.
/* global setInterval, clearInterval, queueMicrotask */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (s) => console.log(s);
let n = 0;
log("main");
const id = setInterval(() => {
  n++;
  log("tick " + n);
  if (n === 3) clearInterval(id);
}, 40);
setTimeout(() => log("timeout 100"), 100);
sleep(60)
  .then(() => {
    log("slept 60");
    return 7;
  })
  .then((v) => log("then " + v));
Promise.resolve(1).then((v) => log("a " + v));
Promise.reject(new Error("r"))
  .catch((e) => log("caught " + e.message))
  .finally(() => log("finally"));
queueMicrotask(() => log("micro"));
Promise.resolve()
  .then(() => Promise.resolve(2))
  .then((v) => log("adopted " + v));
Promise.resolve(5)
  .finally(() => log("fin"))
  .then((v) => log("after fin " + v));
Promise.all([1, Promise.resolve(2), sleep(10).then(() => 3)]).then((vs) => log("all " + vs.join(",")));
new Promise((res) => {
  log("executor");
  res(9);
}).then((v) => log("constructed " + v));
log("main end");
