// @qemu
// Several awaits in one expression (arguments, template parts, operands, literals) each keep their own result;
// an awaited .catch/.then whose value is dropped.
async function g(s: string): Promise<string> {
  return s + "!";
}
async function n(x: number): Promise<number> {
  return x * 2;
}
function plain(): string {
  return "p";
}
async function values(): Promise<void> {
  console.log(await g("a"), await g("b"));
  console.log(`${await g("c")}-${await g("d")}`);
  console.log(plain(), await g("e"), plain() + (await g("f")));
  const total = (await n(1)) + (await n(2)) * (await n(3));
  console.log(total, [await n(4), await n(5)], { a: await n(6), b: await g("h") });
  let s = 0;
  s += await n(7);
  console.log(s, (await n(8)) > (await n(9)));
}
async function one(fail: boolean): Promise<number> {
  if (fail) throw new Error("bad");
  return 1;
}
async function handlers(): Promise<void> {
  await Promise.resolve();
  const settled = Promise.resolve();
  await settled;
  console.log("resolved with nothing");
  await one(true).catch((e) => console.log("rej", e instanceof Error ? e.message : "?"));
  const v = await one(false).catch(() => -1);
  console.log(v);
  const w = await one(true).catch(() => -1);
  console.log(w);
  await one(false).then((x) => console.log("then", x));
}
values().then(() => handlers());
