var v = 1; //! RG1026
const s = v === 1 ? "a" : "b";
const timer = setTimeout(() => console.log(s), 10);
if (timer) { //! RG1009
  console.log("armed");
}
