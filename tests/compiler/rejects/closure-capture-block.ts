for (let i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 10); //! RG1003
}
