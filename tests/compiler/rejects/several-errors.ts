const xs = [1]; //! RG1004
const s = "text"; //! RG1007
let n = 1;
while (n) { //! RG1009
  n = 0;
}
