// @qemu
// try/catch/finally around await: rejections thrown at the await, finally after a resumed try, returns
// through finally in async functions, await inside catch.
import { sleep } from "regen";

async function failAfter(ms: number, message: string): Promise<number> {
  await sleep(ms);
  throw new RangeError(message);
}

async function guarded(i: number): Promise<string> {
  try {
    console.log("guarded", i, "try");
    if (i % 2 === 0) {
      const v = await failAfter(2, "even " + i);
      return "unreachable " + v;
    }
    await sleep(3);
    return "odd " + i;
  } catch (e) {
    console.log("guarded", i, "catch");
    await sleep(1);
    if (e instanceof RangeError) return "caught " + e.message;
    return "other";
  } finally {
    console.log("guarded", i, "finally");
  }
}

async function nested(): Promise<number> {
  let count = 0;
  for (let i = 0; i < 4; i++) {
    try {
      try {
        await sleep(1);
        if (i === 2) throw new Error("inner " + i);
        count += 10;
      } finally {
        count += 1;
      }
    } catch (e) {
      if (e instanceof Error) console.log("nested caught", e.message, "count", count);
      continue;
    }
    console.log("nested round", i, "count", count);
  }
  return count;
}

async function rejectsLater(): Promise<void> {
  await sleep(1);
  await Promise.reject(new TypeError("rejected promise"));
  console.log("not printed");
}

async function main(): Promise<void> {
  for (let i = 0; i < 3; i++) console.log(await guarded(i));
  console.log("nested gave", await nested());
  try {
    await rejectsLater();
  } catch (e) {
    if (e instanceof TypeError) console.log("main caught", e.message);
  }
  rejectsLater().catch((e) => {
    if (e instanceof Error) console.log("catch handler got", e.message);
  });
  console.log("main done");
}

main().then(() => console.log("main resolved"));
