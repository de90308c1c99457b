import { exit } from "regen";

let count = 0;
setInterval(() => {
  count++;
  console.log("beat", count);
  if (count === 4) exit(0);
}, 20);
