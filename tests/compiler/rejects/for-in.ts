const o = 1;
for (const k in o) { //! RG1008
  console.log(1);
}
