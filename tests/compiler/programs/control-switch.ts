// @qemu
function name(n: number): number {
  switch (n) {
    case 1:
      return 100;
    case 2:
    case 3:
      return 200;
    default:
      return -1;
  }
}
for (let i = 0; i < 6; i++) {
  switch (i) {
    case 0:
      console.log("zero");
    case 1:
      console.log("zero or one");
      break;
    case 2: {
      console.log("two");
      break;
    }
    default:
      console.log("default", i);
    case 5:
      console.log("five (or fell from default)");
  }
  console.log(i, name(i));
}
let hits = 0;
for (let i = 0; i < 10; i++) {
  switch (i % 3) {
    case 0:
      continue;
    case 1:
      hits++;
  }
  hits += 10;
}
console.log("hits", hits);
switch (true) {
  case 1 > 2:
    console.log("no");
    break;
  case 2 > 1:
    console.log("yes");
    break;
}
