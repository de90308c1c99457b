import { startInfo } from "regen";

for (const key in startInfo()) { //! RG1008
  console.log(1);
}
