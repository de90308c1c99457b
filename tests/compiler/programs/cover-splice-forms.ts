// @qemu
// Every form of splice (and the neighbouring mutators): insert, delete, replace, negative and
// out-of-range starts, omitted deleteCount, zero count, returned arrays, plus slice/concat/fill/
// reverse/unshift/shift on the results, as an editor's line buffer would use them.
function show(label: string, a: string[], removed: string[]): void {
  console.log(label.padEnd(22), JSON.stringify(a), "removed", JSON.stringify(removed));
}

const base = ["a", "b", "c", "d", "e", "f"];
function fresh(): string[] {
  return base.slice();
}

let a = fresh();
show("splice(2)", a, a.splice(2));
a = fresh();
show("splice(2, 2)", a, a.splice(2, 2));
a = fresh();
show("splice(1, 0, x, y)", a, a.splice(1, 0, "x", "y"));
a = fresh();
show("splice(-2, 1)", a, a.splice(-2, 1));
a = fresh();
show("splice(-10, 2)", a, a.splice(-10, 2));
a = fresh();
show("splice(10, 1, z)", a, a.splice(10, 1, "z"));
a = fresh();
show("splice(3, 100)", a, a.splice(3, 100));
a = fresh();
show("splice(0, -1, q)", a, a.splice(0, -1, "q"));
a = fresh();
show("splice(2, 3, R)", a, a.splice(2, 3, "R"));
a = fresh();
show("splice(1.7, 1.9)", a, a.splice(1.7, 1.9));
a = fresh();
show("splice(0)", a, a.splice(0));
a = fresh();
show("splice(-1)", a, a.splice(-1));

class LineBuffer {
  lines: string[] = [];
  insert(at: number, text: string[]): void {
    text.forEach((t, i) => this.lines.splice(at + i, 0, t));
  }
  remove(at: number, n: number): string[] {
    return this.lines.splice(at, n);
  }
  replace(at: number, text: string): string | undefined {
    return this.lines.splice(at, 1, text)[0];
  }
  move(from: number, to: number): void {
    const [l] = this.lines.splice(from, 1);
    if (l !== undefined) this.lines.splice(to, 0, l);
  }
}

const buf = new LineBuffer();
buf.insert(0, ["one", "two", "three"]);
buf.insert(1, ["1.5"]);
buf.insert(99, ["end"]);
console.log(buf.lines);
console.log(buf.replace(0, "ONE"), buf.replace(50, "x"), buf.lines);
buf.move(0, 3);
buf.move(4, 0);
console.log(buf.lines, buf.remove(1, 2), buf.lines);
const nums = [1, 2, 3, 4, 5];
const removed = nums.splice(1, 3, 9, 9);
console.log(nums, removed, removed.concat(nums, [0]), nums.reverse(), nums.fill(7, 1, 2));
nums.unshift(-1, -2);
console.log(nums, nums.shift(), nums.pop(), nums.length, [].splice(0, 1));
