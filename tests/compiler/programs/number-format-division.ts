for (let d = 1; d <= 30; d++) {
  console.log(`1/${d}=${1 / d}`, 10 / d, 1000000 / d, 1e-10 / d, 1e300 / d);
}
