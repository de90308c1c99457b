function made(): void {
  console.log(new.target === undefined); //! RG1105
}
made();
