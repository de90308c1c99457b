let log = 0;
function note(v: number): void {
  log = log * 10 + v;
}
function noteTwice(v: number): void {
  note(v);
  note(v + 1);
}
for (let i = 1; i < 5; i++) {
  noteTwice(i);
  console.log(log);
}
function countdown(n: number): void {
  if (n === 0) {
    console.log("liftoff");
    return;
  }
  console.log(n);
  countdown(n - 1);
}
countdown(5);
