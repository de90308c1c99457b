let outer = 0;
while (outer < 5) {
  outer++;
  let inner = 0;
  do {
    inner++;
    if (inner === outer) continue;
    if (inner > 3) break;
    console.log(outer, inner);
  } while (inner < 6);
  for (let k = 0; k < 3; k++) {
    switch (k) {
      case 1:
        continue;
      default:
        console.log("k", k, outer);
    }
  }
}
