async function f(): Promise<number> {
  return 1;
}
await f(); //! RG1001
