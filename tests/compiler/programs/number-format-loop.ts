let x = 1;
for (let i = 0; i < 60; i++) {
  console.log(x, -x, 1 / x, x / 7);
  x = x * 3.7;
}
