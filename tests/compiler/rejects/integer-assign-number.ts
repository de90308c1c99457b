import { i32 } from "regen";

let a: i32 = i32(1);
a = a + 1; //! RG0001
console.log(a);
