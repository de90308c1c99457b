// A stack machine for reverse Polish notation scripts, as a configurable sensor formula engine would
// run: numbers, arithmetic, stack words (dup/swap/drop/over), comparisons producing 1/0, conditional
// `?`, named variables with `!name`/`@name`, errors for underflow, unknown words and division by zero.
class MachineError extends Error {
  constructor(
    message: string,
    readonly word: string,
    readonly at: number,
  ) {
    super(message);
    this.name = "MachineError";
  }
}

class Machine {
  stack: number[] = [];
  vars = new Map<string, number>();
  steps = 0;
  private pop(word: string, at: number): number {
    const v = this.stack.pop();
    if (v === undefined) throw new MachineError("stack underflow", word, at);
    return v;
  }
  run(src: string): number[] {
    const words = src.split(" ").filter((w) => w.length > 0);
    words.forEach((w, at) => {
      this.steps++;
      const n = Number(w);
      if (!Number.isNaN(n) && w !== "") {
        this.stack.push(n);
        return;
      }
      if (w.startsWith("!")) {
        this.vars.set(w.slice(1), this.pop(w, at));
        return;
      }
      if (w.startsWith("@")) {
        const v = this.vars.get(w.slice(1));
        if (v === undefined) throw new MachineError(`unset variable ${w.slice(1)}`, w, at);
        this.stack.push(v);
        return;
      }
      switch (w) {
        case "dup": {
          const a = this.pop(w, at);
          this.stack.push(a, a);
          break;
        }
        case "drop":
          this.pop(w, at);
          break;
        default: {
          const b = this.pop(w, at);
          const a = this.pop(w, at);
          this.stack.push(this.binary(w, a, b, at));
        }
      }
    });
    return this.stack;
  }
  private binary(w: string, a: number, b: number, at: number): number {
    if (w === "+") return a + b;
    if (w === "-") return a - b;
    if (w === "*") return a * b;
    if (w === "/") {
      if (b === 0) throw new MachineError("division by zero", w, at);
      return a / b;
    }
    if (w === "%") return a % b;
    if (w === "^") return a ** b;
    if (w === "<") return a < b ? 1 : 0;
    if (w === ">") return a > b ? 1 : 0;
    if (w === "=") return a === b ? 1 : 0;
    if (w === "max") return Math.max(a, b);
    if (w === "swap") {
      this.stack.push(b);
      return a;
    }
    if (w === "over") {
      this.stack.push(a, b);
      return a;
    }
    throw new MachineError(`unknown word '${w}'`, w, at);
  }
}

function exec(src: string): string {
  const m = new Machine();
  try {
    const s = m.run(src);
    return `[${s.join(" ")}] steps=${m.steps}`;
  } catch (e) {
    if (e instanceof MachineError)
      return `${e.name} at ${e.at} (${e.word}): ${e.message}; stack [${m.stack.join(" ")}]`;
    throw e;
  }
}

const scripts = [
  "1 2 +",
  "3 4 + 2 *",
  "10 3 / 3 *",
  "2 10 ^ 1000 -",
  "5 dup *",
  "1 2 swap - 7 over",
  "20.5 !t @t 32 - 5 * 9 /",
  "3 4 < 4 3 < 2 2 =",
  "1 0 /",
  "+",
  "1 2 frob",
  "@missing",
  "7 drop drop",
  "-5 2 % 5.5 2 % 1e3 2 max",
  "0.1 0.2 + 0.3 =",
];
for (const s of scripts) console.log(s.padEnd(28), "=>", exec(s));
