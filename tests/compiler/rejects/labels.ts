outer: for (let i = 0; i < 3; i++) { //! RG1013
  console.log(i);
}
