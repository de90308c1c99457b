// Route planning on a small sensor-network graph: adjacency lists in a Map, breadth-first search for
// hop counts, Dijkstra with a simple priority scan for weighted shortest paths, path reconstruction,
// connected components, and a topological order of a dependency graph with cycle detection.
interface Edge {
  to: string;
  cost: number;
}

class Graph {
  private adj = new Map<string, Edge[]>();
  addEdge(a: string, b: string, cost: number, both: boolean): void {
    this.node(a).push({ to: b, cost: cost });
    if (both) this.node(b).push({ to: a, cost: cost });
    else this.node(b);
  }
  private node(n: string): Edge[] {
    let list = this.adj.get(n);
    if (list === undefined) {
      list = [];
      this.adj.set(n, list);
    }
    return list;
  }
  nodes(): string[] {
    return Array.from(this.adj.keys());
  }
  hops(from: string): Map<string, number> {
    const dist = new Map<string, number>([[from, 0]]);
    const queue = [from];
    while (queue.length > 0) {
      const n = queue.shift() ?? "";
      for (const e of this.adj.get(n) ?? []) {
        if (!dist.has(e.to)) {
          dist.set(e.to, (dist.get(n) ?? 0) + 1);
          queue.push(e.to);
        }
      }
    }
    return dist;
  }
  shortest(from: string, to: string): string {
    const dist = new Map<string, number>();
    const prev = new Map<string, string>();
    const done = new Set<string>();
    for (const n of this.nodes()) dist.set(n, Infinity);
    dist.set(from, 0);
    for (;;) {
      let best = "";
      let bestD = Infinity;
      for (const [n, d] of dist)
        if (!done.has(n) && d < bestD) {
          best = n;
          bestD = d;
        }
      if (best === "" || best === to) break;
      done.add(best);
      for (const e of this.adj.get(best) ?? []) {
        const nd = bestD + e.cost;
        if (nd < (dist.get(e.to) ?? Infinity)) {
          dist.set(e.to, nd);
          prev.set(e.to, best);
        }
      }
    }
    const total = dist.get(to) ?? Infinity;
    if (total === Infinity) return `${from} -> ${to}: unreachable`;
    const path = [to];
    for (let p = prev.get(to); p !== undefined; p = prev.get(p)) path.unshift(p);
    return `${from} -> ${to}: ${path.join(">")} (${total})`;
  }
  components(): string[][] {
    const seen = new Set<string>();
    const out: string[][] = [];
    for (const n of this.nodes()) {
      if (seen.has(n)) continue;
      const comp = Array.from(this.hops(n).keys());
      comp.forEach((c) => seen.add(c));
      out.push(comp.sort());
    }
    return out;
  }
  topo(): string[] | string {
    const state = new Map<string, number>();
    const order: string[] = [];
    let cycle = "";
    const visit = (n: string): void => {
      const s = state.get(n) ?? 0;
      if (s === 2 || cycle !== "") return;
      if (s === 1) {
        cycle = n;
        return;
      }
      state.set(n, 1);
      for (const e of this.adj.get(n) ?? []) visit(e.to);
      state.set(n, 2);
      order.unshift(n);
    };
    for (const n of this.nodes()) visit(n);
    return cycle === "" ? order : `cycle at ${cycle}`;
  }
}

const g = new Graph();
const links: [string, string, number][] = [
  ["gw", "n1", 4],
  ["gw", "n2", 1],
  ["n2", "n1", 2],
  ["n1", "n3", 5],
  ["n2", "n3", 8],
  ["n3", "n4", 3],
  ["x1", "x2", 1],
];
for (const [a, b, c] of links) g.addEdge(a, b, c, true);
console.log(g.nodes(), g.hops("gw"));
for (const t of ["n1", "n3", "n4", "x2", "gw"]) console.log(g.shortest("gw", t));
console.log(g.components());
const deps = new Graph();
for (const [a, b] of [
  ["app", "net"],
  ["app", "log"],
  ["net", "hal"],
  ["log", "hal"],
  ["hal", "boot"],
])
  deps.addEdge(a ?? "", b ?? "", 1, false);
console.log(deps.topo());
deps.addEdge("boot", "app", 1, false);
console.log(deps.topo());
