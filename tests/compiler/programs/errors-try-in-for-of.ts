// try/catch inside a for...of whose bindings are destructured: the loop's locals stay valid across a throw.
const requests: [string, number][] = [["A1", 4], ["B2", 5]];
for (const [sku, n] of requests) {
  try {
    console.log("take", sku, n);
  } catch (e) {
    console.log("error");
  }
}
for (const [sku, n] of requests) {
  try {
    if (n > 4) throw new Error(`too many ${sku}`);
    console.log("ok", sku);
  } catch (e) {
    if (e instanceof Error) console.log("caught", e.message, sku, n);
  }
}
