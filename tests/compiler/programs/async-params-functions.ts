// @qemu
// Optional, default, rest and destructured parameters on declared async functions and async methods:
// defaults computed from earlier parameters before the first await (a throwing default rejects the
// promise), values kept across awaits, rest arrays, patterns with their own defaults, overrides.
import { sleep } from "regen";

interface Reading {
  id: number;
  label: string;
  tags?: string[];
}

const trace: string[] = [];

function nextStep(name: string): number {
  trace.push(`default ${name}`);
  return trace.length;
}

async function scale(a: number, b = a * 2, ...rest: string[]): Promise<string> {
  trace.push(`scale start ${a} ${b}`);
  await sleep(1);
  return `${a}*${b} [${rest.join(",")}] ${rest.length}`;
}

async function greet(name?: string, punct: string = name === undefined ? "?" : "!"): Promise<string> {
  await sleep(0);
  return `hi ${name ?? "nobody"}${punct}`;
}

async function describe({ id, label, tags = ["none"] }: Reading, [first, , third = 9]: number[]): Promise<string> {
  await sleep(1);
  const mid = `${id}:${label}`;
  await sleep(1);
  return `${mid} tags=${tags.join("/")} first=${first} third=${third}`;
}

async function strict(n: number, check: number = n < 0 ? failWith(`negative ${n}`) : n): Promise<number> {
  trace.push(`strict body ${n}`);
  await sleep(0);
  return check + 1;
}

function failWith(message: string): number {
  throw new Error(message);
}

async function counted(step = nextStep("step"), ...xs: number[]): Promise<number> {
  let total = 0;
  for (const x of xs) {
    await sleep(0);
    total += x * step;
  }
  return total;
}

class Channel {
  sent: string[] = [];
  constructor(readonly name: string) {}
  async send(msg: string, retries = 1, ...extra: number[]): Promise<string> {
    await sleep(retries);
    this.sent.push(`${msg}#${retries}`);
    return `${this.name}:${msg} r=${retries} extra=${extra.length}`;
  }
  async relay(
    { id, tags: [firstTag = "t0", ...others] = [] }: Reading,
    hops: number = this.sent.length + id,
    note?: string,
  ): Promise<string> {
    const before = hops;
    await sleep(0);
    this.sent.push(`relay${id}`);
    await sleep(1);
    return `${this.name} relay ${id}/${firstTag}+${others.length} hops=${before}->${hops} note=${note ?? "-"}`;
  }
  static async open(name: string, { id, label }: Reading = { id: 0, label: "anon" }): Promise<Channel> {
    await sleep(0);
    return new Channel(`${name}-${id}-${label}`);
  }
}

class LoudChannel extends Channel {
  override async send(msg: string, retries = 3): Promise<string> {
    const base = await super.send(msg.toUpperCase(), retries);
    return `${base}!`;
  }
}

async function run(): Promise<void> {
  console.log(await scale(3));
  console.log(await scale(3, 5, "x", "y"));
  console.log(await scale(4, undefined, "z"));
  for (const g of [greet(), greet("ada"), greet("bob", ".")]) console.log(await g);
  console.log(await describe({ id: 7, label: "temp" }, [1, 2]));
  console.log(await describe({ id: 8, label: "hum", tags: ["a", "b"] }, [4, 5, 6]));
  console.log(await strict(5));
  try {
    const pending = strict(-2);
    trace.push("after call");
    console.log(await pending);
  } catch (e) {
    if (e instanceof Error) console.log("caught", e.message);
  }
  const sums = await Promise.all([counted(undefined, 1, 2, 3), counted(10), counted(2, 5)]);
  console.log(sums.join(" "));
  const plain = new Channel("c");
  console.log(await plain.send("a"));
  console.log(await plain.send("b", 2, 7, 8));
  const loud: Channel = new LoudChannel("L");
  const shouts = await Promise.all([loud.send("hey"), loud.send("yo", 1)]);
  console.log(shouts.join(" "));
  console.log(await plain.relay({ id: 4, label: "abc" }));
  console.log(await loud.relay({ id: 1, label: "", tags: ["p", "q", "r"] }, 0, "n"));
  console.log(plain.sent.join(" "), loud.sent.join(" "));
  const opened = await Promise.all([Channel.open("x"), Channel.open("y", { id: 3, label: "q" })]);
  console.log(opened.map((c) => c.name).join(" "));
  console.log(trace.join(" | "));
}

const started = scale(1, undefined);
trace.push("sync after scale");
run().then(() => started.then((v) => console.log("started", v)));
