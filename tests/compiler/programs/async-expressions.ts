// @qemu
// await anywhere in an expression: after values the same expression computed first, in arguments,
// compound assignments, conditions, logical operators and nested awaits; order as in Node.
import { sleep } from "regen";

let trace = "";
async function value(label: string, v: number): Promise<number> {
  trace += label;
  await sleep(v);
  trace += label.toUpperCase();
  return v;
}

async function main(): Promise<void> {
  let a = 5;
  console.log("sum", a + (await value("a", 3)), a);
  let total = 10;
  total += await value("b", 2);
  total *= await value("c", 1);
  console.log("total", total);
  const parts: number[] = [];
  parts.push(await value("d", 4));
  parts.push(a * (await value("e", 2)) + (await value("f", 1)));
  console.log("parts", parts.length, `${parts[0]} ${parts[1]}`);
  console.log("two", await value("g", 1), await value("h", 2), a);
  const ok = a > 3 && (await value("i", 1)) === 1;
  const other = a < 3 || (await value("j", 2)) > 1;
  console.log("logic", ok, other);
  const picked = a > 4 ? await value("k", 3) : await value("l", 4);
  console.log("picked", picked);
  let rounds = 0;
  while ((await value("m", 1)) > 0 && rounds < 3) rounds++;
  console.log("rounds", rounds);
  const nested = await value("n", await value("o", 2));
  console.log("nested", nested);
  a = (await value("p", 1)) + a;
  console.log("a", a, "trace", trace);
}

main();
