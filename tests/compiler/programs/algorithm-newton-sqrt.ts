function sqrt(v: number): number {
  if (v === 0) return 0;
  let g = v > 1 ? v / 2 : 1;
  for (let i = 0; i < 60; i++) {
    g = (g + v / g) / 2;
  }
  return g;
}
for (let i = 0; i <= 20; i++) {
  console.log(i, sqrt(i), sqrt(i) * sqrt(i), 2 ** i, 2 ** -i);
}
