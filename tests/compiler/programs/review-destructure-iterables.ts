// @qemu
// Array destructuring of values that are iterable but not arrays: strings (by code point), Sets, Maps
// (entries) and typed arrays, in declarations, parameters, for-of heads and assignments; each is
// iterated as JavaScript does (review of issue 4, session 3).
function initials([first, second = "-"]: string): string {
  return (first ?? "?") + second;
}

function headTail([head, ...tail]: Set<number>): string {
  return `${head ?? "none"}:${tail.join(",")}`;
}

function strings(): void {
  const [h, ...rest] = "héllo";
  const [a, b, c = "z"] = "xy";
  const [e0, e1] = "";
  console.log(h, rest.join("|"), a, b, c, e0 ?? "u", e1 ?? "u");
  console.log(initials("ab"), initials("a"), initials(""), initials("日本語"));
  let out = "";
  for (const [x, y] of ["ab", "cd", "e"]) out += `${x}${y ?? "."} `;
  let p: string | undefined = "";
  let q: string | undefined = "";
  [p, q] = "pq";
  [q, p] = [p, q];
  console.log(out, p, q);
}

function collections(): void {
  const set = new Set([4, 5, 6, 7]);
  const [s1, s2 = 99, ...sr] = set;
  console.log(s1, s2, sr.join(","), headTail(set), headTail(new Set<number>()));
  const m = new Map<string, number>([
    ["ab", 1],
    ["cd", 2],
  ]);
  const [firstEntry, ...others] = m;
  console.log(firstEntry?.at(0), firstEntry?.at(1), others.length);
  let keys = "";
  for (const [[k0, k1], v] of m) keys += `${k1}${k0}${v}`;
  const u = new Uint8Array([9, 8, 7]);
  const [u0, ...ur] = u;
  const f = new Float64Array([0.5, -1]);
  const [f0, f1, f2 = 3] = f;
  console.log(keys, u0, ur.join(","), f0, f1, f2);
  let total = 0;
  let n1: number | undefined = 0;
  let n2: number | undefined = 0;
  for (const pair of [new Set([1, 2]), new Set([10])]) {
    [n1, n2 = 100] = pair;
    total += (n1 ?? 0) + n2;
  }
  console.log(total);
}

strings();
collections();
