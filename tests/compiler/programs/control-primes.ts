// @qemu
let found = 0;
for (let n = 2; found < 50; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      prime = false;
      break;
    }
  }
  if (!prime) continue;
  found++;
  console.log("prime", found, n);
}
