// A binary-heap priority queue as a generic class with a comparator closure, used for a task list by
// priority (ties broken by insertion order), a k-smallest selection and a heap sort.
class PriorityQueue<T> {
  private heap: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.heap.length;
  }
  push(x: T): void {
    const h = this.heap;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const hi = h[i];
      const hp = h[p];
      if (hi === undefined || hp === undefined || !this.less(hi, hp)) break;
      h[i] = hp;
      h[p] = hi;
      i = p;
    }
  }
  peek(): T | undefined {
    return this.heap[0];
  }
  pop(): T | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || last === undefined) return top;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      const hm0 = h[m];
      const hl = h[l];
      if (hl !== undefined && hm0 !== undefined && this.less(hl, hm0)) m = l;
      const hm1 = h[m];
      const hr = h[r];
      if (hr !== undefined && hm1 !== undefined && this.less(hr, hm1)) m = r;
      if (m === i) break;
      const a = h[i];
      const b = h[m];
      if (a === undefined || b === undefined) break;
      h[i] = b;
      h[m] = a;
      i = m;
    }
    return top;
  }
}

interface Task {
  name: string;
  prio: number;
  seq: number;
}

let seq = 0;
const tasks = new PriorityQueue<Task>((a, b) => a.prio > b.prio || (a.prio === b.prio && a.seq < b.seq));
const add = (name: string, prio: number): void => tasks.push({ name: name, prio: prio, seq: seq++ });
add("flush-log", 1);
add("read-sensor", 5);
add("blink", 0);
add("send-report", 3);
add("watchdog", 9);
add("read-sensor-2", 5);
add("gc", 1);
console.log(tasks.size, tasks.peek()?.name);
const order: string[] = [];
while (tasks.size > 0) {
  const t = tasks.pop();
  if (t !== undefined) order.push(`${t.name}(${t.prio})`);
}
console.log(order.join(" > "), tasks.pop(), tasks.peek());

function heapSort(xs: number[]): number[] {
  const q = new PriorityQueue<number>((a, b) => a < b);
  xs.forEach((x) => q.push(x));
  const out: number[] = [];
  for (let v = q.pop(); v !== undefined; v = q.pop()) out.push(v);
  return out;
}
const data = [5, -1, 3.5, 9, 0, -0, 12, 3.5, -7, 100, 2];
console.log(heapSort(data));
console.log(JSON.stringify(heapSort(data)) === JSON.stringify(data.slice().sort((a, b) => a - b)));

function kSmallest(xs: number[], k: number): number[] {
  const q = new PriorityQueue<number>((a, b) => a > b); // max-heap of the k best
  for (const x of xs) {
    q.push(x);
    if (q.size > k) q.pop();
  }
  const out: number[] = [];
  while (q.size > 0) out.unshift(q.pop() ?? NaN);
  return out;
}
const big: number[] = [];
for (let i = 0; i < 200; i++) big.push((i * 7919) % 211);
console.log(kSmallest(big, 5), kSmallest([3, 1, 2], 10), kSmallest([], 2));
const words = new PriorityQueue<string>((a, b) => a.length < b.length || (a.length === b.length && a < b));
for (const w of "the quick brown fox jumps over a lazy dog".split(" ")) words.push(w);
const ws: string[] = [];
while (words.size > 0) ws.push(words.pop() ?? "");
console.log(ws.join(","));
