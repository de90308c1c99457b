// collections.test.ts: the C collection runtime (arrays, Map/Set, typed arrays, equality, JSON.stringify,
// console.log inspection) prints exactly what Node prints, on thousands of generated cases.
//
// tests/runtime/collections-harness.c is built with host gcc under AddressSanitizer and UBSan together
// with the real runtime files and the real heap (small, so collections run inside runtime calls). Each
// test generates a seeded script (tests/runtime/collections-gen.ts), runs it through the harness and
// through the same script interpreted by Node (tests/runtime/collections-oracle.ts), and compares the
// output of every command.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import {
  type ShapeDef,
  Gen,
  numberToken,
  randomNumber,
  randomString,
  shapePrelude,
  stringToken,
  valueToken,
} from "./collections-gen.ts";
import { runOracle } from "./collections-oracle.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const buildDir = path.join(root, "build", "runtime");
/** The runtime under test. */
const COLLECTIONS = [
  "rt_arr_core.c",
  "rt_arr_from.c",
  "rt_arr_iter.c",
  "rt_arr_join.c",
  "rt_arr_sort.c",
  "rt_map_core.c",
  "rt_typed_core.c",
  "rt_typed_iter.c",
  "rt_json_stringify.c",
  "rt_inspect_core.c",
  "rt_equal_core.c",
].map((f) => path.join(root, "runtime-c", "rt", f));
/** What it links against: the heap behind rg_alloc, number formatting, Math.sqrt/round, exceptions, and the
 * string core (console lines print strings through rg_rt_line_str). */
const SUPPORT = [
  ...["rt_alloc.c", "rt_number.c", "rt_math_exact.c", "rt_throw.c", "rt_str_core.c"].map((f) =>
    path.join(root, "runtime-c", "rt", f),
  ),
  path.join(root, "runtime-c", "heap", "rg_heap.c"),
];

const CFLAGS = [
  "-std=c11",
  "-O1",
  "-g",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wpedantic",
  "-Wshadow",
  "-Wmissing-prototypes",
  "-Wstrict-prototypes",
  "-fsanitize=address,undefined",
  "-fno-sanitize-recover=all",
  "-ffunction-sections",
  `-I${path.join(root, "runtime-c", "include")}`,
];

function gcc(args: string[]): void {
  const result = spawnSync("gcc", [...CFLAGS, ...args], { encoding: "utf8" });
  assert.equal(result.status, 0, `gcc failed:\n${result.stderr}`);
}

/** Compiles sources to objects in build/runtime, named with a prefix. */
function compileAll(sources: string[], prefix: string): string[] {
  return sources.map((source) => {
    const object = path.join(buildDir, `${prefix}-${path.basename(source, ".c")}.o`);
    gcc(["-c", source, "-o", object]);
    return object;
  });
}

/**
 * Links the harness. With `stress`, every allocation made outside rt_alloc.c runs a full collection
 * first (rg_alloc wrapped by the linker, see the harness).
 */
function linkHarness(stress: boolean, objects: string[]): string {
  const exe = path.join(buildDir, stress ? "collections-harness-stress" : "collections-harness");
  gcc([
    ...(stress ? ["-DRG_COLL_GC_STRESS", "-Wl,--wrap=rg_alloc"] : []),
    path.join(root, "tests", "runtime", "collections-harness.c"),
    ...objects,
    "-Wl,--gc-sections",
    "-lm",
    "-o",
    exe,
  ]);
  return exe;
}

let harness = "";
let stressHarness = "";

function runHarness(script: string[], exe = harness): string[] {
  // The conservative stack scan needs locals on the real stack, not in ASan's fake frames.
  const env = { ...process.env, ASAN_OPTIONS: "detect_stack_use_after_return=0" };
  const result = spawnSync(exe, {
    input: `${script.join("\n")}\n`,
    encoding: "utf8",
    env,
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  assert.equal(
    result.status,
    0,
    `harness failed (${result.status}):\n${result.stdout.slice(-2000)}${result.stderr}`,
  );
  const blocks = result.stdout.split("@@\n");
  return blocks.slice(0, script.length);
}

/** Runs the script on both sides and reports the first differences with the line that caused them. */
function compare(script: string[], exe = harness): void {
  if (process.env.RG_DUMP_SCRIPT !== undefined)
    writeFileSync(process.env.RG_DUMP_SCRIPT, `${script.join("\n")}\n`);
  const got = runHarness(script, exe);
  const want = runOracle(script);
  const bad: string[] = [];
  for (let i = 0; i < script.length && bad.length < 5; i++) {
    if (got[i] !== want[i]) {
      bad.push(
        `line ${i + 1}: ${script[i]?.slice(0, 300)}\n  C:    ${JSON.stringify(got[i])}\n  Node: ${JSON.stringify(want[i])}`,
      );
    }
  }
  assert.deepEqual(bad, [], bad.join("\n"));
}

const arrayOps = [
  "push",
  "pop",
  "shift",
  "unshift",
  "slice",
  "splice",
  "concat",
  "indexOf",
  "lastIndexOf",
  "includes",
  "join",
  "reverse",
  "sort",
  "fill",
  "at",
  "flat",
  "get",
  "setIndex",
  "setLength",
  "length",
  "toString",
  "keys",
  "values",
  "entries",
  "from",
  "of",
];
const callbackOps = [
  "map",
  "flatMap",
  "filter",
  "forEach",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "some",
  "every",
  "reduce",
  "reduceRight",
];

/** An optional position argument: undefined, or a number in and around the array. */
function position(g: Gen, length: number): string {
  if (g.chance(0.3)) return "u";
  return numberToken(
    g.chance(0.1) ? g.pick([NaN, Infinity, -Infinity, 1.5, -0.5]) : g.int(length * 2 + 3) - length - 1,
  );
}

function arrayScript(g: Gen, numeric: boolean, shapes: ShapeDef[] = []): string[] {
  const item = (): string => (numeric ? numberToken(randomNumber(g)) : valueToken(g, shapes, 2, false));
  const items = (n: number): string => `${n} ${Array.from({ length: n }, item).join(" ")}`.trimEnd();
  const initial = g.int(8);
  const script = [`R 0 a${items(initial).replace(/^\d+ ?/, `${initial} `)}`.trimEnd()];
  // A lower bound of the array's length, so that index writes and length shrinks never make holes
  // (which JavaScript arrays can have and compiled arrays cannot).
  let low = initial;
  for (let step = 0; step < 25; step++) {
    const op = g.pick(numeric ? [...arrayOps, ...callbackOps] : arrayOps);
    let args = "";
    switch (op) {
      case "push":
      case "unshift": {
        const n = g.int(4);
        args = items(n);
        low += n;
        break;
      }
      case "pop":
      case "shift":
        low = Math.max(0, low - 1);
        break;
      case "slice":
        args = `${position(g, low + 2)} ${position(g, low + 2)}`;
        break;
      case "splice": {
        const n = g.int(3);
        const start = g.int(low * 2 + 5) - low - 2;
        const dc = n > 0 || g.chance(0.7) ? g.int(4) : undefined;
        args = `${numberToken(start)} ${dc === undefined ? "u" : numberToken(dc)} ${items(dc === undefined ? 0 : n)}`;
        const kept =
          dc === undefined
            ? start >= 0
              ? Math.min(start, low)
              : Math.max(low + start, 0)
            : Math.max(0, low - dc);
        low = kept + (dc === undefined ? 0 : n);
        break;
      }
      case "concat": {
        const n = g.int(3);
        args = `${n} ${Array.from({ length: n }, () => (g.chance(0.5) ? `a2 ${item()} ${item()}` : item())).join(" ")}`;
        break;
      }
      case "indexOf":
      case "lastIndexOf":
      case "includes":
        args = `${g.chance(0.5) ? numberToken(g.pick([NaN, 0, -0, 1, 3])) : item()} ${position(g, low + 2)}`;
        break;
      case "join":
        args = g.chance(0.3) ? "u" : stringToken(g.pick([",", "", " - ", "\ud800", "😀"]));
        break;
      case "sort":
        args = numeric ? g.pick(["u", "c0", "c1"]) : "u";
        break;
      case "fill":
        args = `${item()} ${position(g, low + 2)} ${position(g, low + 2)}`;
        break;
      case "at":
      case "get":
        args = numberToken(g.chance(0.2) ? g.pick([1.5, -0, NaN, -1]) : g.int(12) - 3);
        break;
      case "setIndex": {
        const index = g.int(low + 1);
        args = `${numberToken(index)} ${item()}`;
        low = Math.max(low, index + 1);
        break;
      }
      case "setLength":
        low = g.int(low + 1);
        args = numberToken(low);
        break;
      case "of":
        args = items(g.int(4));
        break;
      case "from":
        args = `${g.pick(["r0", item(), `y1.2 ${numberToken(300)} ${numberToken(-1)}`])} ${g.pick(["u", "c2", "c3"])}`;
        break;
      case "reduce":
      case "reduceRight":
        args = `c5 ${g.chance(0.5) ? "u" : numberToken(g.int(10))}`;
        break;
      default:
        if (callbackOps.includes(op)) {
          // map after removals would leave holes in JavaScript's result (not in compiled arrays).
          args = g.pick(
            op === "map" || op === "flatMap"
              ? ["c2", "c3", "c4", "c6", "c8", "c10"]
              : ["c2", "c3", "c4", "c6", "c8", "c9"],
          );
          if (args === "c9") low = 0;
        }
        break;
    }
    script.push(`A ${op} 0 ${args}`.trimEnd());
  }
  return script;
}

const mapKeyPool = (g: Gen): string =>
  g.pick([
    numberToken(0),
    numberToken(-0),
    numberToken(NaN),
    numberToken(1),
    numberToken(1.5),
    numberToken(2 ** 40),
    stringToken(""),
    stringToken("a"),
    stringToken("b"),
    stringToken("1"),
    stringToken("\ud800"),
    "t",
    "f",
    "z",
    "u",
    "r1",
    "r2",
    numberToken(g.int(50)),
    stringToken(`k${g.int(40)}`),
  ]);

function mapScript(g: Gen, isSet: boolean): string[] {
  const script = ["R 1 a1 n3ff0000000000000", "R 2 o0", isSet ? "M newSet 0 u" : "M newMap 0 u"];
  for (let step = 0; step < 40; step++) {
    const op = g.pick(
      isSet
        ? [
            "set",
            "set",
            "set",
            "has",
            "delete",
            "delete",
            "size",
            "forEach",
            "values",
            "entries",
            "keys",
            "clear",
            "iterMutate",
          ]
        : [
            "set",
            "set",
            "set",
            "get",
            "has",
            "delete",
            "delete",
            "size",
            "forEach",
            "keys",
            "values",
            "entries",
            "clear",
            "iterMutate",
          ],
    );
    if (op === "clear" && g.chance(0.7)) continue;
    let args = "";
    if (op === "set") args = `${mapKeyPool(g)} ${primitiveValue(g)}`;
    if (op === "get" || op === "has" || op === "delete") args = mapKeyPool(g);
    if (op === "forEach") args = "c6";
    script.push(`M ${op} 0 ${args}`.trimEnd());
  }
  return script;
}

function primitiveValue(g: Gen): string {
  return g.chance(0.5) ? numberToken(randomNumber(g)) : stringToken(randomString(g, 2));
}

function typedScript(g: Gen): string[] {
  const kind = g.int(9);
  const n = g.int(12);
  const init = g.chance(0.3)
    ? numberToken(g.chance(0.1) ? g.pick([-1, 1.5, NaN, -0.5]) : n)
    : `a${n} ${Array.from({ length: n }, () => numberToken(randomNumber(g))).join(" ")}`.trimEnd();
  const script = [`T new 0 ${kind} ${init}`];
  for (let step = 0; step < 20; step++) {
    const op = g.pick([
      "get",
      "setIndex",
      "setIndex",
      "fill",
      "subarray",
      "slice",
      "set",
      "indexOf",
      "includes",
      "join",
      "reverse",
      "length",
      "at",
      "lastIndexOf",
      "sort",
      "forEach",
      "map",
      "filter",
      "reduce",
      "some",
      "every",
      "find",
      "findIndex",
    ]);
    const pos = (): string => (g.chance(0.3) ? "u" : numberToken(g.int(20) - 8));
    let args = "";
    switch (op) {
      case "get":
        args = numberToken(g.chance(0.2) ? g.pick([1.5, -1, NaN, 100]) : g.int(12));
        break;
      case "setIndex":
        args = `${numberToken(g.chance(0.1) ? 1.5 : g.int(12))} ${numberToken(randomNumber(g))}`;
        break;
      case "fill":
        args = `${numberToken(randomNumber(g))} ${pos()} ${pos()}`;
        break;
      case "subarray":
      case "slice":
        args = `${pos()} ${pos()}`;
        break;
      case "set": {
        const k = g.int(4);
        const src = g.chance(0.3)
          ? "r15"
          : `a${k} ${Array.from({ length: k }, () => numberToken(randomNumber(g))).join(" ")}`.trimEnd();
        args = `${src} ${g.chance(0.4) ? "u" : numberToken(g.int(8) - 1)}`;
        break;
      }
      case "indexOf":
      case "includes":
        args = `${numberToken(g.chance(0.3) ? g.pick([NaN, 0, -0]) : g.int(5))} ${pos()}`;
        break;
      case "join":
        args = g.chance(0.5) ? "u" : stringToken(g.pick(["-", "", ", "]));
        break;
      case "at":
        args = numberToken(g.int(16) - 8);
        break;
      case "lastIndexOf":
        args = `${numberToken(g.chance(0.3) ? g.pick([NaN, 0, -0]) : g.int(5))} ${pos()}`;
        break;
      case "sort":
        args = g.pick(["u", "u", "c0", "c1"]);
        break;
      case "reduce":
        args = `c5 ${g.chance(0.5) ? "u" : numberToken(g.int(10))}`;
        break;
      case "forEach":
      case "map":
      case "filter":
      case "some":
      case "every":
      case "find":
      case "findIndex":
        args = g.pick(op === "map" ? ["c2"] : ["c3", "c4", "c6"]);
        break;
      default:
        break;
    }
    script.push(`T ${op} 0 ${args}`.trimEnd());
  }
  // r15 starts undefined: give it a typed array before any `set` reads it.
  return [`T new 15 ${g.int(9)} a2 ${numberToken(1)} ${numberToken(2)}`, ...script];
}

describe("collections runtime against Node (arrays, Map/Set, typed arrays, JSON, inspect)", function () {
  this.timeout(120_000);

  before(() => {
    mkdirSync(buildDir, { recursive: true });
    const objects = compileAll([...COLLECTIONS, ...SUPPORT], "collections");
    harness = linkHarness(false, objects);
    stressHarness = linkHarness(true, objects);
  });

  it("runs 300 random array operation sequences (numbers, with callbacks) exactly as Node", () => {
    const script: string[] = [];
    for (let seed = 1; seed <= 300; seed++)
      script.push(...arrayScript(new Gen(seed), true), ...(seed % 50 === 0 ? ["G"] : []));
    compare(script);
  });

  it("runs 300 random array sequences over mixed values (strings, null, nested arrays) exactly as Node", () => {
    const { lines, shapes } = shapePrelude(new Gen(1000), 8);
    const script: string[] = [...lines];
    for (let seed = 1001; seed <= 1300; seed++)
      script.push(...arrayScript(new Gen(seed), false, shapes), ...(seed % 50 === 0 ? ["G"] : []));
    compare(script);
  });

  it("runs 150 Map and 150 Set sequences (SameValueZero keys, deletes, clear, mutation while iterating)", () => {
    const script: string[] = ["K 0078", "S Object 0"];
    for (let seed = 1; seed <= 300; seed++)
      script.push(...mapScript(new Gen(seed), seed % 2 === 0), ...(seed % 50 === 0 ? ["G"] : []));
    compare(script);
  });

  it("runs 300 typed array sequences (all nine kinds, conversions, views)", () => {
    const script: string[] = [];
    for (let seed = 1; seed <= 300; seed++)
      script.push(...typedScript(new Gen(seed)), ...(seed % 50 === 0 ? ["G"] : []));
    compare(script);
  });

  it("prints 3000 generated nested values exactly as console.log", () => {
    const g = new Gen(77);
    const { lines, shapes } = shapePrelude(g, 24);
    const script = [...lines];
    for (let i = 0; i < 3000; i++) script.push(`I ${valueToken(g, shapes, 4)}`);
    compare(script);
  });

  it("stringifies 2000 generated values exactly as JSON.stringify, with every kind of indent", () => {
    const g = new Gen(99);
    const { lines, shapes } = shapePrelude(g, 24);
    const script = [...lines];
    for (let i = 0; i < 2000; i++) {
      const space = g.pick([
        "u",
        numberToken(2),
        numberToken(0),
        numberToken(-3),
        numberToken(4.7),
        numberToken(20),
        stringToken("\t"),
        stringToken("--"),
        stringToken("abcdefghijklmn"),
      ]);
      script.push(`J ${valueToken(g, shapes, 4)} ${space}`);
    }
    compare(script);
  });

  it("compares values with ===, SameValueZero and truthiness as JavaScript does", () => {
    const g = new Gen(5);
    const script = ["R 1 a0", "R 2 a0"];
    const pool = [
      "u",
      "z",
      "t",
      "f",
      "r1",
      "r2",
      stringToken(""),
      stringToken("a"),
      stringToken("a"),
      numberToken(0),
      numberToken(-0),
      numberToken(NaN),
      numberToken(1),
      numberToken(Infinity),
    ];
    for (const a of pool) for (const b of pool) script.push(`E ${a} ${b}`);
    for (let i = 0; i < 300; i++) script.push(`E ${valueToken(g, [], 1)} ${valueToken(g, [], 1)}`);
    compare(script);
  });

  it("matches Node on hand-picked layouts: long arrays, grouping, >100 items, long strings, circular values", () => {
    const n = (v: number): string => numberToken(v);
    const nums = (count: number, f: (i: number) => number): string =>
      `a${count} ${Array.from({ length: count }, (_, i) => n(f(i))).join(" ")}`;
    const strs = (count: number, f: (i: number) => string): string =>
      `a${count} ${Array.from({ length: count }, (_, i) => stringToken(f(i))).join(" ")}`;
    const script = [
      "K 0078",
      "K 0079",
      "K 0073006500006c0066",
      "S Object 2 0 1",
      "S Point 2 0 1",
      "S Object 1 2",
      `I ${nums(30, (i) => i * 17)}`,
      `I ${nums(120, () => 1)}`,
      `I ${nums(101, (i) => i)}`,
      `I ${nums(7, (i) => i * 1000.5)}`,
      `I ${strs(7, (i) => "abc".repeat(i))}`,
      `I ${strs(26, (i) => String.fromCharCode(97 + i).repeat(1 + (i % 5)))}`,
      `I ${stringToken("line one\nline two\nline three is a bit longer than the others\n")}`,
      `I a1 ${stringToken("line one\nline two\nline three is a bit longer than the others\nend")}`,
      `I a2 ${stringToken("short\nx")} ${stringToken("x".repeat(90))}`,
      `I o1 ${n(1)} ${n(2)}`,
      `I o0 ${strs(3, (i) => "x".repeat(20 + i))} o0 o0 o0 ${n(1)} ${n(2)} u u u`,
      `I y1.3 ${n(1)} ${n(2)} ${n(3)}`,
      `I y8.0`,
      `I y1.150 ${Array.from({ length: 150 }, (_, i) => n(i)).join(" ")}`,
      `I a1 ${stringToken("abcdefghi\n".repeat(1001))}`,
      `I a1 ${stringToken("x".repeat(10001))}`,
      `I m1 ${stringToken("k".repeat(10000))} ${n(1)}`,
      `I m0`,
      `I e0`,
      `I a3 m0 e0 a0`,
      `I ${nums(27, (i) => (i % 3 === 0 ? -i * 1e5 : i))}`,
      // A circular array: r3 = [1]; r3.push(r3)
      `R 3 a1 ${n(1)}`,
      "A push 3 1 r3",
      "I r3",
      "A join 3 u",
      `R 4 o2 u`,
      `J a2 ${n(1)} r3 u`,
      // Iteration across a rebuild: a full table (4 of 4 slots used, 2 of them holes) gains entries
      // while a for...of is walking it
      `M newMap 10 a4 a2 ${n(1)} ${n(1)} a2 ${n(2)} ${n(2)} a2 ${n(3)} ${n(3)} a2 ${n(4)} ${n(4)}`,
      `M delete 10 ${n(1)}`,
      `M delete 10 ${n(3)}`,
      "M iterMutate 10",
      `M newSet 11 a8 ${Array.from({ length: 8 }, (_, i) => n(i)).join(" ")}`,
      `M delete 11 ${n(0)}`,
      "M iterMutate 11",
      // Promises in every state, and a Map that contains itself
      "I p0",
      `I a3 p1 ${n(1)} p2 ${stringToken("boom")} p1 a2 ${n(1)} o1 ${n(1)} ${n(2)}`,
      "M newMap 9 u",
      `M set 9 ${stringToken("self")} r9`,
      `M set 9 ${stringToken("list")} a2 r9 r9`,
      "I a1 r9",
      // 200,000 rounds of insert/delete churn in a 192 KiB heap: tombstones are compacted away
      "C 200000",
      "G",
      // Error paths
      `R 5 a0`,
      "A reduce 5 c5 u",
      `A setLength 5 ${n(-1)}`,
      `T new 6 1 ${n(-1)}`,
      `T new 6 1 ${n(3)}`,
      `T set 6 a4 ${n(1)} ${n(2)} ${n(3)} ${n(4)} u`,
      `M newMap 7 a2 a2 ${stringToken("k")} ${n(1)} a1 ${n(2)}`,
      `M newSet 8 a3 ${n(1)} ${n(1)} ${n(NaN)}`,
      // Array.from over every kind of source, with and without a map function
      "K 006c0065006e006700740068",
      "S Object 1 3",
      "A from 8 r8 u",
      "A from 7 r7 u",
      "A from 7 r7 c3",
      `A from 7 ${stringToken("h\u00e9😀\ud800x")} u`,
      `A from 7 o3 ${n(3)} c3`,
      `A from 7 o3 ${n(0)} u`,
      `A from 7 y8.2 ${n(1.5)} ${n(-0)} c2`,
      `A from 7 ${n(5)} u`,
      "G",
    ];
    compare(script);
  });

  it("gives the same answers when every runtime allocation collects first (roots held by runtime code)", () => {
    const g = new Gen(2001);
    const { lines, shapes } = shapePrelude(g, 12);
    const script: string[] = [...lines];
    for (let seed = 2001; seed <= 2040; seed++) script.push(...arrayScript(new Gen(seed), seed % 2 === 0));
    for (let seed = 2001; seed <= 2030; seed++) script.push(...mapScript(new Gen(seed), seed % 2 === 0));
    for (let seed = 2001; seed <= 2030; seed++) script.push(...typedScript(new Gen(seed)));
    for (let i = 0; i < 300; i++) script.push(`I ${valueToken(g, shapes, 4)}`);
    for (let i = 0; i < 300; i++) script.push(`J ${valueToken(g, shapes, 4)} ${numberToken(2)}`);
    script.push("G");
    compare(script, stressHarness);
  });
});
