try {
  console.log(1);
} catch ({ message }) { //! RG1020
  console.log(2);
}
