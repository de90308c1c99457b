// number-runtime.test.ts: the app runtime's number functions agree with Node on 100,000+ doubles.
//
// Builds tests/compiler/harness/number-harness.c with runtime-c/rt (host gcc, -Werror, sanitizers), feeds it
// seeded random doubles — uniformly random bit patterns (every exponent, subnormals, NaN payloads),
// short decimals, integers near 2^53 — plus hand-picked edge cases, and compares each answer with Node's:
// String(x), util.inspect(x), x | 0, x >>> 0, x % y, and x ** y where the exact result is a double.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inspect } from "node:util";

const root = path.resolve(import.meta.dirname, "..", "..");
const view = new DataView(new ArrayBuffer(8));

function hex(v: number): string {
  view.setFloat64(0, v);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function fromBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

/** xorshift64*: deterministic, so a failure reproduces. */
function random(seed: bigint): () => bigint {
  let s = seed;
  return () => {
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  };
}

const edge = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  5e-324,
  -5e-324,
  2.225073858507201e-308,
  2.2250738585072014e-308,
  1.7976931348623157e308,
  0.1,
  0.2,
  0.1 + 0.2,
  1e21,
  1e20,
  999999999999999900000,
  123456789012345680000,
  5e-7,
  1e-6,
  1e-7,
  0.000001234,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 31,
  2 ** 32,
  -(2 ** 31),
  2 ** 31 - 1,
  4294967295.5,
  -4294967297,
  1.5,
  -1.5,
  0.5,
  100,
  1e100,
  1.005,
];

function samples(count: number): number[] {
  const next = random(0x9e3779b97f4a7c15n);
  const out = [...edge];
  for (let i = 0; out.length < count; i++) {
    const bits = next();
    switch (i % 4) {
      case 0:
        out.push(fromBits(bits));
        break;
      case 1:
        out.push(fromBits(bits & 0x800fffffffffffffn)); // subnormals
        break;
      case 2:
        out.push(Number(bits % 100000000n) / 10 ** Number(bits % 12n)); // short decimals
        break;
      default:
        out.push(Number(bits % 2n ** 54n) * (bits % 2n === 0n ? 1 : -1) * 2 ** Number((bits >> 60n) - 8n));
    }
  }
  return out;
}

describe("app runtime: numbers against Node", function () {
  this.timeout(120_000);
  let harness = "";

  before(() => {
    const dir = mkdtempSync(path.join(tmpdir(), "regen-number-"));
    harness = path.join(dir, "number-harness");
    execFileSync("gcc", [
      "-std=c11",
      "-O1",
      "-Wall",
      "-Wextra",
      "-Werror",
      "-Wpedantic",
      "-Wshadow",
      "-Wmissing-prototypes",
      "-Wstrict-prototypes",
      "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all",
      `-I${path.join(root, "runtime-c/include")}`,
      path.join(root, "tests/compiler/harness/number-harness.c"),
      path.join(root, "runtime-c/rt/rt_number.c"),
      path.join(root, "runtime-c/rt/rt_math.c"),
      // `**` is Math.pow (rt_math_pow.c), which uses sqrt and exact scaling (rt_math_exact.c).
      path.join(root, "runtime-c/rt/rt_math_pow.c"),
      path.join(root, "runtime-c/rt/rt_math_exact.c"),
      "-o",
      harness,
    ]);
  });

  function run(lines: string[]): string[] {
    const out = execFileSync(harness, { input: `${lines.join("\n")}\n`, maxBuffer: 1 << 28 }).toString();
    return out.split("\n").slice(0, lines.length);
  }

  function compare(
    what: string,
    inputs: string[],
    expected: string[],
    equal: (a: string, b: string) => boolean = (a, b) => a === b,
  ): void {
    const got = run(inputs);
    const bad = got.flatMap((g, i) =>
      equal(g, expected[i] ?? "") ? [] : [`${inputs[i]} → ${g}, Node: ${expected[i]}`],
    );
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} of ${inputs.length} ${what} differ`);
  }

  const values = samples(100_000);

  it(`formats ${values.length} doubles exactly as String(x)`, () => {
    compare(
      "String()",
      values.map((v) => `s ${hex(v)} 0`),
      values.map((v) => String(v)),
    );
  });

  it("formats them as util.inspect (console.log) does", () => {
    compare(
      "inspect()",
      values.map((v) => `i ${hex(v)} 0`),
      values.map((v) => inspect(v)),
    );
  });

  it("converts them with ToInt32 and ToUint32", () => {
    compare(
      "x | 0",
      values.map((v) => `t ${hex(v)} 0`),
      values.map((v) => String(v | 0)),
    );
    compare(
      "x >>> 0",
      values.map((v) => `u ${hex(v)} 0`),
      values.map((v) => String(v >>> 0)),
    );
  });

  const sameNumber = (a: string, b: string) =>
    Object.is(fromBits(BigInt(`0x${a}`)), fromBits(BigInt(`0x${b}`)));

  it("computes x % y exactly", () => {
    const pairs = values
      .slice(0, 40_000)
      .map((v, i) => [v, values[(i * 7919) % values.length] ?? 1] as const);
    for (const a of edge) for (const b of edge) pairs.push([a, b]);
    compare(
      "x % y",
      pairs.map(([a, b]) => `m ${hex(a)} ${hex(b)}`),
      pairs.map(([a, b]) => hex(a % b)),
      sameNumber,
    );
  });

  it("computes x ** y per ECMAScript's special cases and exactly when the result is exact", () => {
    const pairs: (readonly [number, number])[] = [];
    for (const a of edge)
      for (const b of [...edge, 2, 3, -1, -2, 0.5, 10]) {
        if (Number.isNaN(a ** b) || !Number.isFinite(a ** b) || a ** b === 0 || Math.abs(a) === 1)
          pairs.push([a, b]);
      }
    for (let base = -12; base <= 12; base++) {
      for (let e = -30; e <= 40; e++) {
        const exact = base ** e;
        // exact when it is an integer below 2^53 or a power of two
        if ((Number.isInteger(exact) && Math.abs(exact) < 2 ** 53) || Math.abs(base) === 2 || base === 0)
          pairs.push([base, e]);
      }
    }
    compare(
      "x ** y",
      pairs.map(([a, b]) => `p ${hex(a)} ${hex(b)}`),
      pairs.map(([a, b]) => hex(a ** b)),
      sameNumber,
    );
  });
});
