// console.log formatting of nested values as Node's util.inspect prints them: strings quoted inside
// containers (with ' or " chosen by content), nesting beyond depth 2, long arrays grouped in columns,
// more than 100 items, Maps and Sets inside objects, class instances, empty containers, -0 and
// multi-line breaking past 80 columns.
class Pt {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}
interface Node3 {
  name: string;
  child?: Node3;
}

function nesting(): void {
  const deep: Node3 = { name: "a", child: { name: "b", child: { name: "c", child: { name: "d" } } } };
  console.log(deep);
  console.log([[1, [2, [3, [4, [5]]]]]], {
    m: new Map<string, number[]>([["k", [1, 2]]]),
    s: new Set<string>(["x"]),
  });
  const empty: number[] = [];
  console.log([new Pt(1, 2), new Pt(-0, 0.5)], { p: new Pt(3, 4), list: empty, o: {} });
}

function strings(): void {
  console.log(["plain", "it's", 'say "hi"', `both ' and "`, "new\nline", "tab\t", "", "back\\slash"]);
  console.log("top level 'quotes' are raw", ["é", "😀", "\u0001"], {
    "key with space": 1,
    valid_id: 2,
    "3d": 3,
  });
}

function sizes(): void {
  const nums: number[] = [];
  for (let i = 0; i < 30; i++) nums.push(i * i * 37);
  console.log(nums);
  const many: number[] = [];
  for (let i = 0; i < 105; i++) many.push(i);
  console.log(many);
  const words: string[] = [];
  for (let i = 0; i < 12; i++) words.push("w".repeat(i % 5) + i);
  console.log(words);
  console.log({
    alpha: "a fairly long string value",
    beta: [1, 2, 3],
    gamma: { nested: true, more: "text that makes this line long" },
  });
  console.log([true, false, null, undefined, NaN, -0, 0, Infinity], [[], {}, [[]], [{}]]);
  console.log(new Map<number, string>(), new Set<number>(), new Map<number, Pt>([[1, new Pt(0, 0)]]), [
    undefined,
    null,
  ]);
}

nesting();
strings();
sizes();
