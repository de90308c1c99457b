var v = 1; //! RG1026
const s = v === 1 ? "a" : "b";
let n = 1;
while (n) { //! RG1009
  n = 0;
}
console.log(s);
