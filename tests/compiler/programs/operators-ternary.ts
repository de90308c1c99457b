function sign(n: number): number {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}
for (let i = -3; i <= 3; i++) {
  console.log(i, sign(i), i % 2 === 0, `${i > 0 ? 1 : -1}`);
}
