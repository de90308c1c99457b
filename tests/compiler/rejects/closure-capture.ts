function start(): void {
  let count = 0;
  setInterval(() => {
    count = count + 1; //! RG1003
  }, 10);
}
start();
