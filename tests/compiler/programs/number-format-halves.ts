for (let i = 0; i < 40; i++) {
  const v = i / 8 + 0.0625;
  console.log(v, v * 1e15, v * 1e16, v * 1e17, v / 1e5, v / 1e6, v / 1e7);
}
