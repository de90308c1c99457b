// @qemu
// switch over strings, string enums, string literal unions and union values: case order, fall-through,
// default in the middle, break inside loops, and a command interpreter built on them.
enum Unit {
  Celsius = "C",
  Fahrenheit = "F",
  Kelvin = "K",
}

type Command = "push" | "pop" | "add" | "mul" | "dup" | "print" | "clear";

function toKelvin(value: number, unit: Unit): number {
  switch (unit) {
    case Unit.Celsius:
      return value + 273.15;
    case Unit.Fahrenheit:
      return ((value - 32) * 5) / 9 + 273.15;
    case Unit.Kelvin:
      return value;
  }
}

function classify(word: string): string {
  let tags = "";
  switch (word.toLowerCase()) {
    case "":
      tags += "empty";
      break;
    case "a":
    case "an":
    case "the":
      tags += "article";
      break;
    default:
      tags += "word";
    case "and":
      tags += "+conj";
      break;
    case "or":
      tags += "or";
  }
  return tags;
}

function run(program: string): number[] {
  const stack: number[] = [];
  for (const token of program.split(" ")) {
    const op: Command | string = token;
    switch (op) {
      case "push":
        continue;
      case "pop":
        stack.pop();
        break;
      case "add":
      case "mul": {
        const b = stack.pop() ?? 0;
        const a = stack.pop() ?? 0;
        stack.push(op === "add" ? a + b : a * b);
        break;
      }
      case "dup":
        stack.push(stack[stack.length - 1] ?? 0);
        break;
      case "print":
        console.log("stack", stack.join(","));
        break;
      case "clear":
        stack.length = 0;
        break;
      default:
        stack.push(parseFloat(op));
    }
  }
  return stack;
}

function arity(c: Command): number {
  switch (c) {
    case "push":
    case "dup":
    case "print":
    case "clear":
      return 0;
    case "pop":
      return 1;
    default:
      return 2;
  }
}

function mixed(v: number | string | null): string {
  switch (v) {
    case 1:
      return "number one";
    case "1":
      return "string one";
    case null:
      return "null";
    default:
      return `other ${v}`;
  }
}

console.log(toKelvin(0, Unit.Celsius), toKelvin(212, Unit.Fahrenheit), toKelvin(5, Unit.Kelvin));
console.log(["", "The", "an", "cat", "AND", "or", "Or!"].map(classify));
console.log(run("push 2 push 3 add dup mul print 4 pop 10 mul"), run("1 2 clear 5 dup add"));
console.log(mixed(1), mixed("1"), mixed(null), mixed(2), mixed("x"));
const commands: Command[] = ["push", "pop", "add", "mul", "clear", "dup"];
console.log(commands.map(arity), commands.filter((c) => arity(c) === 2).join("+"));
