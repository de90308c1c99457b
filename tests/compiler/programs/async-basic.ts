import { sleep } from "regen";

async function work(name: string, ms: number): Promise<number> {
  console.log(name, "start");
  await sleep(ms);
  console.log(name, "after", ms);
  let total = 0;
  for (let i = 0; i < 3; i++) {
    await sleep(1);
    total += i;
  }
  return total + ms;
}

async function main(): Promise<void> {
  const a = await work("a", 20);
  console.log("a gave", a);
  try {
    await failing();
  } catch (e) {
    if (e instanceof Error) console.log("caught", e.message);
  }
  console.log("main done");
}

async function failing(): Promise<void> {
  await sleep(5);
  throw new Error("async failure");
}

main();
work("b", 10).then((v) => console.log("b gave", v));
console.log("sync end");
