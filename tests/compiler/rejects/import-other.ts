import { readFileSync } from "fs"; //! RG1014
console.log(1);
