let counter = 0;
let flag = false;
const limit = 5;
function step(): void {
  counter = counter + 1;
  flag = !flag;
}
while (counter < limit) {
  step();
  console.log(counter, flag, limit);
}
