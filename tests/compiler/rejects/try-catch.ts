try { //! RG1015
  console.log(1);
} catch {
  console.log(2);
}
