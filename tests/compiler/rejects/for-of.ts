let total = 0;
for (const c of "abc") { //! RG1008
  total = total + 1;
}
console.log(total);
