// @qemu
// Microtask order: awaits (even of settled values), then-chains, Promise.resolve and Promise.all
// interleave exactly as in Node.
async function step(name: string, n: number): Promise<number> {
  console.log(name, "begins");
  await Promise.resolve(0);
  console.log(name, "after first await");
  await n;
  console.log(name, "after second await");
  return n * 2;
}

async function caller(): Promise<void> {
  const x = await step("inner", 4);
  console.log("caller got", x);
}

console.log("start");
caller();
step("other", 1).then((v) => console.log("other resolved with", v));
Promise.resolve(7)
  .then((v) => {
    console.log("then 1 got", v);
    return v + 1;
  })
  .then((v) => console.log("then 2 got", v));
Promise.all([step("p", 1), step("q", 2), Promise.resolve(3)]).then((values) =>
  console.log("all", values.length, `${values[0]} ${values[1]} ${values[2]}`),
);
console.log("end of main");
