// Storage: builds a 4-ary tree of depth 6 whose leaves hold arrays of random length, then weighs it.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

/** The suite's own generator, so that every language draws the same numbers: a 16-bit linear congruence. */
class Random {
  constructor(private seed: number) {}

  next(): number {
    this.seed = (this.seed * 2053 + 13849) % 65536;
    return this.seed;
  }
}

class TreeNode {
  readonly children: TreeNode[] = [];
  readonly data: number[] = [];
}

function build(depth: number, random: Random): TreeNode {
  const node = new TreeNode();
  if (depth === 1) {
    const n = (random.next() % 10) + 1;
    for (let i = 0; i < n; i++) node.data.push(i);
  } else {
    for (let c = 0; c < 4; c++) node.children.push(build(depth - 1, random));
  }
  return node;
}

/** Nodes plus the data slots below `node`. */
function weigh(node: TreeNode): number {
  let total = 1 + node.data.length;
  for (const child of node.children) total += weigh(child);
  return total;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = weigh(build(6, new Random(1234)));
  if (result !== 6821) {
    console.log(`FAIL Storage: ${result}`);
    exit(1);
  }
}
console.log(`Storage: ${result}`);
