import { startInfo } from "regen";

const info = startInfo(); //! RG1017
console.log(1);
