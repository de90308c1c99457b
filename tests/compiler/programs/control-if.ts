// @qemu
for (let i = 0; i < 12; i++) {
  if (i < 3) {
    console.log(i, "low");
  } else if (i < 6) {
    console.log(i, "mid");
  } else if (i === 9) {
    console.log(i, "nine");
  } else {
    console.log(i, "high");
  }
  if (i % 4 === 0) console.log("multiple of four");
}
