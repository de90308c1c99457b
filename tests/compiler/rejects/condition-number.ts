const n = 3;
if (n) { //! RG1009
  console.log(n);
}
