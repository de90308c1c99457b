// `arr.length = n` truncates an array (and `length -= k`); an invalid length throws RangeError as in
// JavaScript. (Growing an array by its length would need holes, which regen arrays do not have.)
function truncate(): void {
  const xs: number[] = [1, 2, 3, 4, 5, 6];
  xs.length = 4;
  console.log(xs, xs.length);
  const value = (xs.length = 2);
  console.log(value, xs);
  xs.length = 2;
  console.log(xs);
  xs.push(9);
  console.log(xs, xs[2], xs[3]);
  const words = "the quick brown fox jumps".split(" ");
  words.length -= 2;
  console.log(words.join(" "));
  words.length--;
  const before = words.length--;
  console.log(words, before, --words.length, words);
  words.length = 0;
  console.log(words, words.length, words.join("-") === "");
}

function keepLast(log: string[], n: number): void {
  if (log.length > n) {
    const tail = log.slice(log.length - n);
    log.length = 0;
    for (const line of tail) log.push(line);
  }
}

function bounded(): void {
  const log: string[] = [];
  for (let i = 0; i < 10; i++) {
    log.push(`event ${i}`);
    keepLast(log, 3);
  }
  console.log(log);
  const stack: number[] = [];
  for (let i = 0; i < 6; i++) stack.push(i * i);
  const depth = 3;
  stack.length = Math.min(stack.length, depth);
  console.log(stack, stack.length);
  const nested: number[][] = [[1, 2, 3], [4]];
  nested[0]!.length = 1;
  nested.length = 1;
  console.log(nested);
}

function invalid(): void {
  const ys: number[] = [1, 2, 3];
  const attempts = [-1, 1.5, NaN, 4294967296];
  for (const n of attempts) {
    try {
      ys.length = n;
      console.log("no error for", n);
    } catch (e) {
      if (e instanceof RangeError) console.log("RangeError for", n, e.message);
    }
  }
  try {
    const empty: number[] = [];
    empty.length--;
  } catch (e) {
    if (e instanceof RangeError) console.log("RangeError for length-- of []:", e.message);
  }
  console.log(ys);
}

truncate();
bounded();
invalid();
