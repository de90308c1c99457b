// math-inputs.ts: the argument lists tests/runtime/math.test.ts feeds every Math function, and Node's answers.
//
// Deterministic (a seeded xorshift64*), so a failure reproduces. Each function gets its own mix of the
// inputs where its implementation has a seam: special values (±0, ±Infinity, NaN, subnormals, the largest
// doubles), uniformly random bit patterns (every exponent), the ranges where each branch of the algorithm
// works, the branch limits themselves, doubles next to multiples of pi/2 (argument reduction), next to 1
// (logarithms), near overflow and underflow (exp, pow), halfway cases (round, fround), and for the rest
// parameter functions argument lists of every length up to 6.

export type MathFunction = (...args: number[]) => number;

export interface MathCase {
  /** The harness's name for the function (the JavaScript one, or a fast-path variant). */
  readonly name: string;
  /** What Node computes. */
  readonly node: MathFunction;
  readonly inputs: readonly (readonly number[])[];
}

const view = new DataView(new ArrayBuffer(8));

export function fromBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

export function toBits(v: number): bigint {
  view.setFloat64(0, v);
  return view.getBigUint64(0);
}

/** The double n units in the last place away from x (towards +Infinity for n > 0), for finite x > 0. */
function ulps(x: number, n: number): number {
  return fromBits(toBits(x) + BigInt(n));
}

class Random {
  private state: bigint;
  constructor(seed: bigint) {
    this.state = seed;
  }
  /** 64 random bits (xorshift64*). */
  bits(): bigint {
    let s = this.state;
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    this.state = s;
    return (s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  }
  /** A double in [0, 1) with 53 random bits. */
  unit(): number {
    return Number(this.bits() >> 11n) / 2 ** 53;
  }
  int(below: number): number {
    return Math.floor(this.unit() * below);
  }
  uniform(low: number, high: number): number {
    return low + (high - low) * this.unit();
  }
  sign(): number {
    return this.unit() < 0.5 ? -1 : 1;
  }
  /** ±(1 + f) 2^e with e uniform in [low, high]: every magnitude equally often. */
  magnitude(low: number, high: number): number {
    return this.sign() * (1 + this.unit()) * 2 ** (low + this.int(high - low + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  anyDouble(): number {
    return fromBits(this.bits());
  }
  subnormal(): number {
    return fromBits(this.bits() & 0x800fffffffffffffn);
  }
}

export const specials: readonly number[] = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  5e-324,
  -5e-324,
  2.225073858507201e-308,
  2.2250738585072014e-308,
  -2.2250738585072014e-308,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  1,
  -1,
  0.5,
  -0.5,
  2,
  -2,
  3,
  10,
  0.1,
  1e-300,
  1e300,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 64,
  Math.PI,
  -Math.PI,
  Math.PI / 2,
  Math.PI / 4,
  Math.E,
  Math.LN2,
];

/** Builds one function's inputs: the fixed ones, then `fill` until there are `count`. */
function build(count: number, fixed: readonly number[][], fill: () => number[]): number[][] {
  const out = fixed.slice(0, count);
  while (out.length < count) out.push(fill());
  return out;
}

/** One argument from a weighted list of generators. */
function mix(random: Random, generators: readonly (() => number)[]): () => number[] {
  return () => [random.pick(generators)()];
}

/** x next to n*pi/2 for random n: the inputs where argument reduction cancels most. */
function nearPiOverTwo(random: Random): number {
  const scale = random.pick([4, 16, 64, 1024, 2 ** 20, 2 ** 30, 2 ** 52, 2 ** 80, 2 ** 200, 2 ** 900]);
  const n = Math.floor(random.unit() * scale) + 1;
  const x = (n * Math.PI) / 2;
  return random.sign() * ulps(x, random.int(9) - 4);
}

/** Hard cases for the reduction: the doubles closest to multiples of pi/2 (from the literature's
 * searches), plus huge odd multiples of powers of two. */
const reductionHard: readonly number[] = [
  6381956970095103 * 2 ** 797,
  5261692873635770 * 2 ** 499,
  8.98846567431158e307,
  1.5707963267948966,
  (Math.PI / 2) * 1e10,
  3.141592653589793,
  4.71238898038469,
  6.283185307179586,
  1e22,
  1e100,
  2 ** 1023,
  104348 * Math.PI,
  Math.PI * 2,
  Math.PI * 2 ** 18,
  Math.PI * 2 ** 19,
  Math.PI * 2 ** 51,
].flatMap((x) => [x, -x, ulps(x, 1), ulps(x, -1)]);

/** All functions, with count inputs each (at least the special values and branch limits). */
export function mathCases(count: number): MathCase[] {
  const cases: MathCase[] = [];
  const add = (name: string, node: MathFunction, inputs: number[][]): void => {
    cases.push({ name, node, inputs });
  };
  const one = (xs: readonly number[]): number[][] => xs.map((x) => [x]);
  let seed = 0x9e3779b97f4a7c15n;
  const rng = (): Random =>
    new Random((seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn));

  // Trigonometry.
  for (const [name, fn] of [
    ["sin", Math.sin],
    ["cos", Math.cos],
    ["tan", Math.tan],
  ] as const) {
    const r = rng();
    const fixed = one([
      ...specials,
      ...reductionHard,
      0.7853981633974483,
      0.6744,
      0.3,
      0.78125,
      2 ** -27,
      2 ** -28,
    ]);
    add(
      name,
      fn,
      build(
        count,
        fixed,
        mix(r, [
          () => r.anyDouble(),
          () => r.uniform(-10, 10),
          () => r.uniform(-0.8, 0.8),
          () => r.magnitude(-40, 1023),
          () => nearPiOverTwo(r),
          () => nearPiOverTwo(r),
          () => r.magnitude(-1074, -20),
          () => r.uniform(-1e6, 1e6),
        ]),
      ),
    );
  }

  // Inverse trigonometry.
  for (const [name, fn] of [
    ["asin", Math.asin],
    ["acos", Math.acos],
  ] as const) {
    const r = rng();
    const limits = [0.5, 0.975, fromBits(0x3fef333300000000n), 2 ** -27, 2 ** -57, 1 - 2 ** -53];
    const fixed = one([...specials, ...limits.flatMap((x) => [x, -x, ulps(x, 1), -ulps(x, -1)])]);
    add(
      name,
      fn,
      build(
        count,
        fixed,
        mix(r, [
          () => r.uniform(-1, 1),
          () => r.uniform(-1, 1),
          () => r.sign() * (1 - r.magnitude(-53, -1) * r.sign()),
          () => r.sign() * ulps(1, -1 - r.int(1000)),
          () => r.magnitude(-80, -1),
          () => r.anyDouble(),
          () => r.uniform(-1.01, 1.01),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const limits = [7 / 16, 11 / 16, 19 / 16, 39 / 16, 2 ** 66, 2 ** -27];
    const fixed = one([...specials, ...limits.flatMap((x) => [x, -x, ulps(x, 1), ulps(x, -1)])]);
    add(
      "atan",
      Math.atan,
      build(
        count,
        fixed,
        mix(r, [
          () => r.magnitude(-60, 70),
          () => r.uniform(-3, 3),
          () => r.anyDouble(),
          () => r.uniform(-0.5, 0.5),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const corners = [0, -0, Infinity, -Infinity, NaN, 1, -1, 5e-324, -5e-324, 1e300, -1e300, 2.5];
    const fixed = corners.flatMap((y) => corners.map((x) => [y, x]));
    add(
      "atan2",
      Math.atan2,
      build(count, fixed, () =>
        r.unit() < 0.15
          ? [r.anyDouble(), r.anyDouble()]
          : r.unit() < 0.3
            ? [r.uniform(-5, 5), 1]
            : [r.magnitude(-80, 80), r.magnitude(-80, 80)],
      ),
    );
  }

  // Exponentials and logarithms.
  for (const [name, fn] of [
    ["exp", Math.exp],
    ["expm1", Math.expm1],
  ] as const) {
    const r = rng();
    const limits = [
      709.782712893384,
      -745.1332191019411,
      -745.1332191019412,
      -708.3964185322641,
      0.34657359027997264,
      1.0397207708399179,
      38.816242111356935,
      2 ** -28,
      2 ** -54,
      22,
      56 * Math.LN2,
    ];
    const fixed = one([
      ...specials,
      ...limits.flatMap((x) => [x, -x, ulps(Math.abs(x), 1), ulps(Math.abs(x), -1)]),
    ]);
    add(
      name,
      fn,
      build(
        count,
        fixed,
        mix(r, [
          () => r.uniform(-750, 712),
          () => r.uniform(-2, 2),
          () => r.uniform(-40, 40),
          () => r.magnitude(-70, 3),
          () => r.anyDouble(),
          () => r.sign() * (r.int(2000) * Math.LN2) * (1 + r.uniform(-1e-15, 1e-15)),
          () => r.uniform(700, 712),
          () => r.uniform(-746, -700),
        ]),
      ),
    );
  }
  for (const [name, fn] of [
    ["log", Math.log],
    ["log2", Math.log2],
    ["log10", Math.log10],
  ] as const) {
    const r = rng();
    const exact = Array.from({ length: 60 }, (_, i) => [2 ** (i * 17 - 500), 10 ** (i - 22)]).flat();
    const fixed = one([...specials, ...exact, Math.SQRT2, Math.SQRT1_2, ulps(1, 1), ulps(1, -1)]);
    add(
      name,
      fn,
      build(
        count,
        fixed,
        mix(r, [
          () => Math.abs(r.magnitude(-1074, 1023)),
          () => Math.abs(r.anyDouble()),
          () => ulps(1, r.int(20001) - 10000),
          () => 1 + r.uniform(-1e-5, 1e-5),
          () => r.uniform(0, 4),
          () => Math.abs(r.subnormal()),
          () => r.anyDouble(),
          () => ulps(Math.SQRT2 * 2 ** (r.int(200) - 100), r.int(201) - 100),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const limits = [
      2 ** -29,
      2 ** -54,
      Math.SQRT2 - 1,
      1 - Math.SQRT1_2,
      2 ** 53,
      fromBits(0x3fda827a00000000n),
    ];
    const fixed = one([
      ...specials,
      ...limits.flatMap((x) => [x, -x, ulps(x, 1), ulps(x, -1)]),
      ulps(1, -1) - 2,
    ]);
    add(
      "log1p",
      Math.log1p,
      build(
        count,
        fixed,
        mix(r, [
          () => r.uniform(-1, 2),
          () => r.magnitude(-70, -1),
          () => Math.abs(r.magnitude(-5, 1023)),
          () => -ulps(1, -1 - r.int(100000)),
          () => r.anyDouble(),
          () => r.uniform(-0.3, 0.42),
        ]),
      ),
    );
  }

  // Hyperbolic functions.
  for (const [name, fn] of [
    ["sinh", Math.sinh],
    ["cosh", Math.cosh],
    ["tanh", Math.tanh],
  ] as const) {
    const r = rng();
    const limits = [22, 709.7822265625, 710.4758600739439, 0.34657359027997264, 2 ** -28, 2 ** -55, 1];
    const fixed = one([...specials, ...limits.flatMap((x) => [x, -x, ulps(x, 1), ulps(x, -1)])]);
    add(
      name,
      fn,
      build(
        count,
        fixed,
        mix(r, [
          () => r.uniform(-30, 30),
          () => r.uniform(-1.5, 1.5),
          () => r.uniform(-715, 715),
          () => r.magnitude(-70, 0),
          () => r.anyDouble(),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const fixed = one([...specials, 2 ** 28, 2 ** -28, ulps(2 ** 28, 1), ulps(2, 1)]);
    add(
      "asinh",
      Math.asinh,
      build(
        count,
        fixed,
        mix(r, [() => r.magnitude(-60, 1023), () => r.uniform(-4, 4), () => r.anyDouble()]),
      ),
    );
  }
  {
    const r = rng();
    const fixed = one([...specials, 2 ** 28, ulps(2 ** 28, -1), ulps(1, 1), ulps(2, 1), 2]);
    add(
      "acosh",
      Math.acosh,
      build(
        count,
        fixed,
        mix(r, [
          () => 1 + Math.abs(r.magnitude(-52, 3)),
          () => r.uniform(1, 3),
          () => Math.abs(r.magnitude(0, 1023)),
          () => r.anyDouble(),
          () => r.uniform(-2, 1),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const fixed = one([...specials, 0.5, -0.5, ulps(1, -1), -ulps(1, -1), ulps(1, 1), 2 ** -28]);
    add(
      "atanh",
      Math.atanh,
      build(
        count,
        fixed,
        mix(r, [
          () => r.uniform(-1, 1),
          () => r.sign() * ulps(1, -1 - r.int(10000)),
          () => r.magnitude(-60, -1),
          () => r.anyDouble(),
        ]),
      ),
    );
  }

  // Roots and powers.
  {
    const r = rng();
    const cubes = Array.from({ length: 100 }, (_, i) => (i - 50) ** 3);
    add(
      "cbrt",
      Math.cbrt,
      build(
        count,
        one([...specials, ...cubes]),
        mix(r, [
          () => r.magnitude(-1074, 1023),
          () => r.anyDouble(),
          () => r.subnormal(),
          () => r.uniform(-100, 100),
        ]),
      ),
    );
  }
  const sqrtInputs = (r: Random): number[][] => {
    const squares = Array.from({ length: 200 }, (_, i) => i * i);
    return build(
      count,
      one([...specials, ...squares, 2 ** 1023, 2 ** -1074, 2 ** -1073]),
      mix(r, [
        () => Math.abs(r.magnitude(-1074, 1023)),
        () => r.anyDouble(),
        () => Math.abs(r.subnormal()),
        () => r.uniform(0, 100),
        () => {
          const s = r.int(2 ** 26);
          return s * s + r.int(3) - 1;
        },
      ]),
    );
  };
  add("sqrt", Math.sqrt, sqrtInputs(rng()));
  add("sqrt_digits", Math.sqrt, sqrtInputs(rng()));

  const powInputs = (r: Random): number[][] => {
    const corners = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.25, 1e300, 5e-324];
    const fixed = corners.flatMap((x) => corners.map((y) => [x, y]));
    return build(count, fixed, () => {
      switch (r.int(10)) {
        case 0:
          return [r.uniform(0, 10), r.uniform(-30, 30)];
        case 1:
          return [Math.abs(r.magnitude(-1074, 1023)), r.uniform(-4, 4)];
        case 2:
          return [r.uniform(-10, 10), r.int(61) - 30]; // negative bases with integer exponents
        case 3:
          return [1 + r.uniform(-1e-7, 1e-7), r.magnitude(20, 70)]; // |1 - x| tiny, |y| huge
        case 4:
          return [r.int(100) - 50, r.int(40) - 10]; // exact integer powers
        case 5: {
          // y * log2(x) near 1024 or -1075: results at the overflow and underflow thresholds
          const x = r.uniform(1.01, 100);
          const target = r.pick([1024, -1022, -1074, -1075]);
          return [x, (target / Math.log2(x)) * (1 + r.uniform(-1e-12, 1e-12))];
        }
        case 6:
          return [r.anyDouble(), r.anyDouble()];
        case 7:
          return [r.subnormal(), r.uniform(-2, 2)];
        case 8:
          return [
            r.uniform(0, 4),
            r.pick([0.5, -0.5, 1, -1, 2, -2, 3, 1 / 3, 2 ** 31 + 1, 2 ** 53 + 2, -(2 ** 64)]),
          ];
        default:
          return [r.magnitude(-20, 20), r.magnitude(-10, 10)];
      }
    });
  };
  add("pow", Math.pow, powInputs(rng()));
  add("rt_pow", (x, y) => (x ?? NaN) ** (y ?? NaN), powInputs(rng()));

  // Exact operations.
  for (const [name, fn] of [
    ["ceil", Math.ceil],
    ["floor", Math.floor],
    ["round", Math.round],
    ["trunc", Math.trunc],
    ["sign", Math.sign],
    ["abs", Math.abs],
  ] as const) {
    const r = rng();
    const halves = Array.from({ length: 41 }, (_, i) => (i - 20) / 2);
    const big = [2 ** 52, 2 ** 53, 2 ** 52 + 0.5, 2 ** 51 + 0.5, 4503599627370497, 0.49999999999999994];
    const fixed = one([...specials, ...halves, ...big.flatMap((x) => [x, -x, ulps(x, 1), ulps(x, -1)])]);
    add(
      name,
      fn,
      build(
        count,
        fixed,
        mix(r, [
          () => r.uniform(-10, 10),
          () => (r.int(2001) - 1000) / 2 + r.pick([0, 2 ** -40, -(2 ** -40)]),
          () => r.magnitude(-30, 60),
          () => r.anyDouble(),
          () => r.uniform(-1, 1),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const fixed = one([
      ...specials,
      3.4028234663852886e38,
      3.4028235677973366e38,
      3.402823567797337e38,
      1.401298464324817e-45,
      7.006492321624085e-46,
      7.006492321624087e-46,
      1.1754942807573643e-38,
      1 + 2 ** -24,
      1 + 3 * 2 ** -24,
    ]);
    add(
      "fround",
      Math.fround,
      build(
        count,
        fixed,
        mix(r, [
          () => r.anyDouble(),
          () => r.magnitude(-160, 130),
          () =>
            Math.fround(r.magnitude(-149, 127)) * (1 + r.pick([2 ** -24, -(2 ** -25), 2 ** -24 + 2 ** -50])),
          () => r.uniform(-10, 10),
        ]),
      ),
    );
  }
  {
    const r = rng();
    const ints = [0, 1, 2, 3, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, -1, -(2 ** 31), 2 ** 53];
    add(
      "clz32",
      Math.clz32,
      build(
        count,
        one([...specials, ...ints]),
        mix(r, [() => r.int(2 ** 32), () => r.magnitude(-2, 80), () => r.anyDouble(), () => 2 ** r.int(33)]),
      ),
    );
    const r2 = rng();
    add(
      "imul",
      Math.imul,
      build(
        count,
        ints.flatMap((a) => ints.map((b) => [a, b])),
        () => [
          r2.pick([() => r2.int(2 ** 32) - 2 ** 31, () => r2.magnitude(-2, 80), () => r2.anyDouble()])(),
          r2.int(2 ** 32),
        ],
      ),
    );
  }

  // Rest parameters and their fast paths.
  const manyArgs = (r: Random): number =>
    r.pick([
      () => r.pick(specials),
      () => r.uniform(-5, 5),
      () => r.magnitude(-1074, 1023),
      () => r.anyDouble(),
      () => r.pick([0, -0]),
    ])();
  for (const [name, fn] of [
    ["max", Math.max],
    ["min", Math.min],
    ["hypot", Math.hypot],
  ] as const) {
    const r = rng();
    add(
      name,
      fn,
      build(count, [[]], () => Array.from({ length: r.int(7) }, () => manyArgs(r))),
    );
    const r2 = rng();
    const zeros = [0, -0, NaN, Infinity, -Infinity, 1e308, 1e-308, 5e-324];
    add(
      `${name}2`,
      fn,
      build(
        count,
        zeros.flatMap((a) => zeros.map((b) => [a, b])),
        () => [manyArgs(r2), manyArgs(r2)],
      ),
    );
  }
  return cases;
}

/** A double whose bits hold the integer v (for the conversion checks). */
function bitsAsDouble(v: bigint): number {
  return fromBits(BigInt.asUintN(64, v));
}

/** Double arithmetic itself (+ - * /) and the int and float to double conversions: software on
 * Cortex-M, where they must round exactly as Node's hardware does. Sums and differences get every
 * exponent difference from 0 to 60 with both signs (the carries, cancellations and guard bits). */
export function arithmeticCases(count: number): MathCase[] {
  let seed = 0x2545f4914f6cdd1dn;
  const rng = (): Random =>
    new Random((seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn));
  const corners = [
    0,
    -0,
    Infinity,
    -Infinity,
    NaN,
    5e-324,
    -5e-324,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    1,
    -1,
    2.2250738585072014e-308,
  ];
  const cornerPairs = corners.flatMap((a) => corners.map((b) => [a, b]));
  const cases: MathCase[] = [];
  const add = (a: number, b: number): number => a + b;
  const sub = (a: number, b: number): number => a - b;
  for (const [name, fn] of [
    ["add", add],
    ["sub", sub],
  ] as const) {
    const r = rng();
    cases.push({
      name,
      node: (a, b) => fn(a ?? NaN, b ?? NaN),
      inputs: build(count, cornerPairs, () => {
        const e = r.int(2040) - 1020;
        const a = r.sign() * (1 + r.unit()) * 2 ** e;
        switch (r.int(5)) {
          case 0:
            return [a, r.sign() * (1 + r.unit()) * 2 ** (e - r.int(61))];
          case 1:
            return [a, -a * (1 + r.pick([2 ** -52, -(2 ** -52), 2 ** -30]))]; // cancellation
          case 2:
            return [r.subnormal(), r.pick([r.subnormal(), r.magnitude(-1022, -1000)])];
          case 3: {
            // Exponents 32 to 34 apart, opposite effective signs, a just above a power of two (so the
            // result loses its leading bit): the case libgcc's Thumb-2 addition misrounds.
            const near = r.sign() * (1 + r.int(16) * 2 ** -52) * 2 ** e;
            const towards = (fn === add ? -1 : 1) * Math.sign(near);
            return [near, towards * (1 + r.unit()) * 2 ** (e - 32 - r.int(3))];
          }
          default:
            return [r.anyDouble(), r.anyDouble()];
        }
      }),
    });
  }
  for (const [name, fn] of [
    ["mul", (a: number, b: number) => a * b],
    ["div", (a: number, b: number) => a / b],
  ] as const) {
    const r = rng();
    cases.push({
      name,
      node: (a, b) => fn(a ?? NaN, b ?? NaN),
      inputs: build(count, cornerPairs, () =>
        r.pick([
          () => [r.magnitude(-600, 600), r.magnitude(-600, 600)],
          () => [r.magnitude(-1074, -900), r.magnitude(-100, 100)], // subnormal results
          () => [r.magnitude(900, 1023), r.magnitude(-100, 100)], // overflow
          () => [r.anyDouble(), r.anyDouble()],
          () => [r.uniform(-10, 10), r.uniform(-10, 10)],
        ])(),
      ),
    });
  }
  const r = rng();
  const int32 = (x: number): number => Number(BigInt.asIntN(32, toBits(x)));
  const uint32 = (x: number): number => Number(BigInt.asUintN(32, toBits(x)));
  const edges32 = [0n, 1n, -1n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 32n - 1n, 12345n].map((v) => [
    bitsAsDouble(v),
  ]);
  cases.push({
    name: "i2d",
    node: (x) => int32(x ?? 0),
    inputs: build(count, edges32, () => [bitsAsDouble(r.bits())]),
  });
  cases.push({
    name: "ui2d",
    node: (x) => uint32(x ?? 0),
    inputs: build(count, edges32, () => [bitsAsDouble(r.bits())]),
  });
  // 64-bit integers of every length, and ones with exactly 54 to 64 significant bits (they round).
  const wide = (): bigint => {
    const length = 1 + r.int(64);
    return (r.bits() >> BigInt(64 - length)) | (1n << BigInt(length - 1));
  };
  const edges64 = [
    0n,
    1n,
    -1n,
    2n ** 53n + 1n,
    2n ** 54n - 1n,
    2n ** 63n - 1n,
    -(2n ** 63n),
    2n ** 64n - 1n,
    2n ** 53n * 3n + 2n,
  ].map((v) => [bitsAsDouble(v)]);
  cases.push({
    name: "l2d",
    node: (x) => Number(BigInt.asIntN(64, toBits(x ?? 0))),
    inputs: build(count, edges64, () => [bitsAsDouble(r.sign() < 0 ? -wide() : wide())]),
  });
  cases.push({
    name: "ul2d",
    node: (x) => Number(toBits(x ?? 0)),
    inputs: build(count, edges64, () => [bitsAsDouble(wide())]),
  });
  const floatView = new DataView(new ArrayBuffer(4));
  cases.push({
    name: "f2d",
    node: (x) => {
      floatView.setUint32(0, Number(BigInt.asUintN(32, toBits(x ?? 0))));
      return floatView.getFloat32(0);
    },
    inputs: build(
      count,
      [0n, 0x80000000n, 1n, 0x7fffffn, 0x800000n, 0x7f800000n, 0xff800000n, 0x7fc00000n, 0x7f7fffffn].map(
        (v) => [bitsAsDouble(v)],
      ),
      () => [bitsAsDouble(r.bits() & 0xffffffffn)],
    ),
  });
  return cases;
}
