// Integer types are updated by wrapping a new value, not with a compound or logical assignment.
import { i32 } from "regen";

let flags = i32(0);
flags ||= i32(4); //! RG1011
console.log(flags);
