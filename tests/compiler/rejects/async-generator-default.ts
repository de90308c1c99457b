async function* ticks(n: number = 3): AsyncGenerator<number> { //! RG1110
  for (let i = 0; i < n; i++) yield i;
}
console.log(typeof ticks);
