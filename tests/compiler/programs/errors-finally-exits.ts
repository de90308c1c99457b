// @qemu
// finally runs on every way out of a try: normal end, return, break, continue and throw; a return in a
// finally replaces the pending one.
function early(n: number): number {
  try {
    if (n > 1) return n * 2;
    console.log("no early return for", n);
  } finally {
    console.log("finally of early", n);
  }
  return -1;
}

function overridden(): number {
  try {
    return 1;
  } finally {
    console.log("finally replaces the return");
    // eslint-disable-next-line no-unsafe-finally
    return 2;
  }
}

function returnsFromCatch(n: number): string {
  try {
    if (n === 0) throw new Error("zero");
    return "fine " + n;
  } catch (e) {
    if (e instanceof Error) return "caught " + e.message;
    return "other";
  } finally {
    console.log("finally after", n);
  }
}

function nestedFinally(): number {
  let steps = 0;
  try {
    try {
      steps = steps + 1;
      return steps;
    } finally {
      steps = steps + 10;
      console.log("inner finally", steps);
    }
  } finally {
    steps = steps + 100;
    console.log("outer finally", steps);
  }
}

console.log(early(1), early(5));
console.log(overridden());
console.log(returnsFromCatch(0), returnsFromCatch(3));
console.log(nestedFinally());

for (let i = 0; i < 6; i++) {
  try {
    if (i === 1) continue;
    if (i === 4) break;
    console.log("body", i);
  } finally {
    console.log("finally", i);
  }
}

let rounds = 0;
while (true) {
  rounds++;
  try {
    try {
      if (rounds === 3) break;
    } finally {
      console.log("inner", rounds);
    }
  } finally {
    console.log("outer", rounds);
  }
}
console.log("rounds", rounds);

for (let i = 0; i < 3; i++) {
  switch (i) {
    case 1:
      try {
        console.log("switch try", i);
        break;
      } finally {
        console.log("switch finally", i);
      }
    default:
      console.log("default", i);
  }
}

let k = 0;
do {
  k++;
  try {
    if (k % 2 === 0) continue;
    console.log("odd", k);
  } catch {
    console.log("never");
  } finally {
    console.log("done", k);
  }
} while (k < 5);
