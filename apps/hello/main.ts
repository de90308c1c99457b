// hello: prints a few lines — numbers as Node prints them, a template literal — then exits.
import { exit, i32 } from "regen";

const answer = 42;
console.log("hello from regen");
console.log("numbers:", answer, 0.1 + 0.2, 1e21, -0, 5e-7, 2 ** 53);
console.log(`the answer is ${answer}, halved ${answer / 2}, wrapped ${i32(2147483647 + answer)}`);
exit(0);
