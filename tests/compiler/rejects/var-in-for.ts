for (var i = 0; i < 3; i++) { //! RG1026
  console.log(i);
}
