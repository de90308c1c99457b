// @qemu
// Promises made by hand: new Promise with resolve and reject, then/catch/finally chains, Promise.reject,
// Promise.all with a rejection, and awaiting them.
function later(ms: number, value: number): Promise<number> {
  return new Promise<number>((resolve) => {
    setTimeout(() => resolve(value), ms);
  });
}

function failing(ms: number, message: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      if (ms < 0) resolve(ms);
      else reject(new RangeError(message));
    }, ms);
  });
}

later(50, 1)
  .then((v) => v + 1)
  .then((v) => {
    console.log("chain got", v);
    throw new Error("thrown in then");
  })
  .catch((e) => {
    if (e instanceof Error) console.log("chain caught", e.message);
    return 0;
  })
  .finally(() => console.log("chain finally"));

Promise.reject(new TypeError("early")).catch((e) => {
  if (e instanceof TypeError) console.log("reject caught", e.message);
});

const executorThrows = new Promise<number>(() => {
  throw new Error("executor threw");
});
executorThrows.then(
  (v) => console.log("never", v),
  (e) => {
    if (e instanceof Error) console.log("executor rejection:", e.message);
  },
);

async function gather(): Promise<void> {
  const values = await Promise.all([later(3, 10), later(1, 20), 30]);
  console.log("all", values.length, `${values[0]} ${values[1]} ${values[2]}`);
  try {
    await Promise.all([later(2, 1), failing(1, "one failed"), later(4, 3)]);
  } catch (e) {
    if (e instanceof RangeError) console.log("all rejected:", e.message);
  }
  const direct = await new Promise<number>((resolve) => resolve(99));
  console.log("direct", direct);
}

gather().then(() => console.log("gathered"));
console.log("sync done");
