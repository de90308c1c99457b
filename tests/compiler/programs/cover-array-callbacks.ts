// Array callback methods with their index/array arguments: map/filter/reduce/reduceRight with initial
// values, forEach, find/findIndex/findLast/findLastIndex on hits and misses, some/every on empty arrays,
// flatMap/flat, indexOf/lastIndexOf/includes with NaN and fromIndex, join with separators, and chaining.
interface Job {
  id: number;
  owner: string;
  minutes: number;
  done: boolean;
}

const jobs: Job[] = [
  { id: 1, owner: "ana", minutes: 30, done: true },
  { id: 2, owner: "bo", minutes: 45, done: false },
  { id: 3, owner: "ana", minutes: 15, done: false },
  { id: 4, owner: "cy", minutes: 60, done: true },
  { id: 5, owner: "bo", minutes: 5, done: true },
];

const none: number[] = [];

function queries(): void {
  console.log(jobs.map((j, i) => `${i}:${j.id}`).join(" "));
  console.log(
    jobs.filter((j) => !j.done).map((j) => j.id),
    jobs.filter((j, i, arr) => i === arr.length - 1).length,
  );
  console.log(
    jobs.reduce((s, j) => s + j.minutes, 0),
    jobs.reduceRight((s, j) => s + j.owner.charAt(0), ">"),
  );
  const byOwner = jobs.reduce(
    (m, j) => m.set(j.owner, (m.get(j.owner) ?? 0) + j.minutes),
    new Map<string, number>(),
  );
  console.log(byOwner);
  console.log(
    jobs.find((j) => j.minutes > 40)?.id,
    jobs.find((j) => j.minutes > 100),
    jobs.findIndex((j) => j.owner === "cy"),
    jobs.findIndex((j) => j.owner === "zed"),
  );
  console.log(
    jobs.findLast((j) => j.owner === "ana")?.id,
    jobs.findLastIndex((j) => j.done),
    jobs.findLastIndex((j) => j.minutes < 0),
  );
  console.log(
    jobs.some((j) => j.done),
    jobs.every((j) => j.done),
    jobs.every((j) => j.minutes > 0),
    none.some((x) => x > 0),
    none.every((x) => x > 0),
  );
}

function plain(): void {
  const xs = [3, NaN, 7, 3, -0, 0, 11];
  console.log(
    xs.indexOf(3),
    xs.lastIndexOf(3),
    xs.indexOf(NaN),
    xs.includes(NaN),
    xs.indexOf(0),
    xs.includes(-0),
    xs.indexOf(3, 1),
    xs.lastIndexOf(3, 2),
    xs.indexOf(7, -5),
  );
  const nested = [[1, 2], [3], [], [4, [5, 6]]];
  console.log(
    nested.flat(),
    [1, 2, 3].flatMap((x) => [x, x * 10]),
    ["a b", "c"].flatMap((s) => s.split(" ")),
  );
  const seen: string[] = [];
  ["x", "y", "z"].forEach((v, i, arr) => seen.push(`${v}${i}/${arr.length}`));
  console.log(
    seen,
    [1, 2, 3].join(" + "),
    [null, undefined, 1].join("-"),
    [[1, 2], [3]].join(";"),
    [].join(),
    [5].join("xyz"),
  );
  const chained = [5, 1, 4, 2, 3]
    .map((x) => x * x)
    .filter((x) => x % 2 === 1)
    .sort((a, b) => b - a)
    .reduce((acc, x, i) => acc + x * (i + 1), 0);
  console.log(
    chained,
    Array.from([1, 2, 3], (x, i) => x * i),
    Array.from({ length: 4 }, (_, i) => i * i),
    Array.of(7, 8),
  );
  console.log(
    [10, 1, 5].at(-1),
    [10, 1, 5].at(5),
    [1, 2, 3, 4].slice(-2),
    [1, 2, 3].concat([4], [5, 6]),
    [1, 2, 3].reverse(),
  );
}

queries();
plain();

function folds(): void {
  const xs = [4, 8, 15, 16, 23, 42];
  console.log(xs.reduce((a, b) => a + b), xs.reduceRight((a, b) => a - b), ["x", "y", "z"].reduceRight((a, b) => a + b));
  console.log([7].reduce((a, b) => a * b), [[1], [2, 3]].reduce((a, b) => a.concat(b)), xs.reduce((a, b) => Math.max(a, b)));
  const none: number[] = [];
  try {
    none.reduce((a, b) => a + b);
  } catch (e) {
    console.log(e instanceof TypeError, e instanceof Error ? e.message : "");
  }
  console.log(none.reduce((a, b) => a + b, 0), none.reduceRight((a, b) => a + b, -1));
}

folds();
