// strings-case-table.ts: prints the case-mapping tables of runtime-c/rt/rt_str_case.c, taken from Node.
//
// The string runtime maps case without ICU, from compact tables covering every code point. This script
// derives them from the running Node (whose ICU root-locale mappings are the oracle the tests compare
// with): single mappings compressed into runs with a constant delta and a stride of 1 or 2 (one table
// for the BMP, one for the supplementary planes), the BMP's one-to-many mappings, and the Cased /
// Case_Ignorable ranges (all planes) that decide Greek final sigma.
// Run `npx tsx tests/runtime/strings-case-table.ts` and paste its output over the tables in the C file;
// do so again when Node's Unicode version changes (the tables now come from Node 20.20: Unicode 17).

/** The BMP code points (surrogates excluded: they have no case). */
export const BMP: readonly (readonly [number, number])[] = [
  [0x0000, 0xd7ff],
  [0xe000, 0xffff],
];

/** Supplementary code points with case mappings all lie in these planes. */
export const SUPPLEMENTARY: readonly (readonly [number, number])[] = [[0x10000, 0x1ffff]];

interface Run {
  lo: number;
  hi: number;
  delta: number;
  stride: number;
}

function codePoints(ranges: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const [lo, hi] of ranges) for (let c = lo; c <= hi; c++) out.push(c);
  return out;
}

function runs(
  ranges: readonly (readonly [number, number])[],
  map: (s: string) => string,
): { single: Run[]; multi: [number, number[]][] } {
  const single: Run[] = [];
  const multi: [number, number[]][] = [];
  for (const c of codePoints(ranges)) {
    const s = String.fromCodePoint(c);
    const m = map(s);
    if (m === s) continue;
    const mapped = [...m];
    if (mapped.length !== 1) {
      if (c > 0xffff) throw new Error(`one-to-many mapping outside the BMP: ${c.toString(16)}`);
      multi.push([c, [...m].map((u) => u.charCodeAt(0))]);
      continue;
    }
    const delta = (m.codePointAt(0) ?? c) - c;
    const last = single[single.length - 1];
    if (last !== undefined && last.delta === delta) {
      if (last.lo === last.hi && (c - last.hi === 1 || c - last.hi === 2)) {
        last.stride = c - last.hi;
        last.hi = c;
        continue;
      }
      if (c - last.hi === last.stride) {
        last.hi = c;
        continue;
      }
    }
    single.push({ lo: c, hi: c, delta, stride: 1 });
  }
  return { single, multi };
}

/** Where supplementary characters are Cased or Case_Ignorable (final sigma looks through them too). */
export const ALL_SUPPLEMENTARY: readonly (readonly [number, number])[] = [[0x10000, 0x10ffff]];

function ranges(test: RegExp, where: readonly (readonly [number, number])[] = BMP): [number, number][] {
  const out: [number, number][] = [];
  for (const c of codePoints(where)) {
    if (!test.test(String.fromCodePoint(c))) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

const hex = (n: number, digits = 4): string => `0x${n.toString(16).toUpperCase().padStart(digits, "0")}`;

function printRuns(type: string, name: string, list: Run[], wide: boolean): void {
  console.log(`static const ${type} ${name}[] = {`);
  for (const r of list) {
    // BMP deltas are stored modulo 2^16 (results stay in the BMP); supplementary ones as signed ints.
    const delta = wide ? String(r.delta) : hex((r.delta + 0x10000) % 0x10000);
    console.log(`    {${hex(r.lo, wide ? 5 : 4)}, ${hex(r.hi, wide ? 5 : 4)}, ${delta}, ${r.stride}},`);
  }
  console.log("};");
}

function printMulti(name: string, list: [number, number[]][]): void {
  if (list.some(([, units]) => units.length > 3)) throw new Error("a mapping longer than 3 units");
  console.log(`static const case_multi_t ${name}[] = {`);
  for (const [c, units] of list)
    console.log(`    {${hex(c)}, ${units.length}, {${units.map((u) => hex(u)).join(", ")}}},`);
  console.log("};");
}

function printRanges(type: string, name: string, list: [number, number][]): void {
  const digits = type === "range_t" ? 4 : 5;
  console.log(`static const ${type} ${name}[] = {`);
  for (const [lo, hi] of list) console.log(`    {${hex(lo, digits)}, ${hex(hi, digits)}},`);
  console.log("};");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const upper = (s: string): string => s.toUpperCase();
  const lower = (s: string): string => s.toLowerCase();
  const bmpUpper = runs(BMP, upper);
  const bmpLower = runs(BMP, lower);
  printRuns("case_run_t", "upper_runs", bmpUpper.single, false);
  printMulti("upper_multi", bmpUpper.multi);
  printRuns("case_run_t", "lower_runs", bmpLower.single, false);
  printMulti("lower_multi", bmpLower.multi);
  printRuns("wide_run_t", "wide_upper_runs", runs(SUPPLEMENTARY, upper).single, true);
  printRuns("wide_run_t", "wide_lower_runs", runs(SUPPLEMENTARY, lower).single, true);
  printRanges("range_t", "cased_ranges", ranges(/\p{Cased}/u));
  printRanges("range_t", "ignorable_ranges", ranges(/\p{Case_Ignorable}/u));
  printRanges("wide_range_t", "wide_cased_ranges", ranges(/\p{Cased}/u, ALL_SUPPLEMENTARY));
  printRanges("wide_range_t", "wide_ignorable_ranges", ranges(/\p{Case_Ignorable}/u, ALL_SUPPLEMENTARY));
}
