// An MQTT-style topic router: subscriptions with `+` (one level) and `#` (rest) wildcards stored in a
// trie of Maps, publishing dispatches to every matching handler closure in subscription order,
// unsubscribe, retained messages delivered to new subscribers, and topic validation errors.
type Handler = (topic: string, payload: string) => void;

interface Sub {
  id: number;
  filter: string;
  fn: Handler;
}

class TrieNode {
  children = new Map<string, TrieNode>();
  subs: Sub[] = [];
}

class Router {
  private root = new TrieNode();
  private nextId = 1;
  private retained = new Map<string, string>();
  delivered = 0;
  subscribe(filter: string, fn: Handler): number {
    const levels = filter.split("/");
    levels.forEach((l, i) => {
      if (l === "#" && i !== levels.length - 1) throw new SyntaxError(`'#' must be last in ${filter}`);
      if (l !== "+" && l !== "#" && (l.includes("+") || l.includes("#")))
        throw new SyntaxError(`bad level '${l}'`);
    });
    let node = this.root;
    for (const l of levels) {
      let next = node.children.get(l);
      if (next === undefined) {
        next = new TrieNode();
        node.children.set(l, next);
      }
      node = next;
    }
    const sub: Sub = { id: this.nextId++, filter: filter, fn: fn };
    node.subs.push(sub);
    for (const [topic, payload] of this.retained) if (matches(filter, topic)) fn(topic, payload);
    return sub.id;
  }
  unsubscribe(id: number): boolean {
    const walk = (n: TrieNode): boolean => {
      const i = n.subs.findIndex((s) => s.id === id);
      if (i >= 0) {
        n.subs.splice(i, 1);
        return true;
      }
      for (const c of n.children.values()) if (walk(c)) return true;
      return false;
    };
    return walk(this.root);
  }
  publish(topic: string, payload: string, retain: boolean): number {
    if (topic.includes("+") || topic.includes("#")) throw new SyntaxError(`wildcards in topic ${topic}`);
    if (retain) this.retained.set(topic, payload);
    const found: Sub[] = [];
    const levels = topic.split("/");
    const visit = (n: TrieNode, i: number): void => {
      const hash = n.children.get("#");
      if (hash !== undefined) found.push(...hash.subs);
      if (i === levels.length) {
        found.push(...n.subs);
        return;
      }
      const exact = n.children.get(levels[i] ?? "");
      if (exact !== undefined) visit(exact, i + 1);
      const plus = n.children.get("+");
      if (plus !== undefined) visit(plus, i + 1);
    };
    visit(this.root, 0);
    found.sort((a, b) => a.id - b.id);
    for (const s of found) s.fn(topic, payload);
    this.delivered += found.length;
    return found.length;
  }
}

function matches(filter: string, topic: string): boolean {
  const f = filter.split("/");
  const t = topic.split("/");
  for (let i = 0; i < f.length; i++) {
    if (f[i] === "#") return true;
    if (i >= t.length || (f[i] !== "+" && f[i] !== t[i])) return false;
  }
  return f.length === t.length;
}

const log: string[] = [];
const r = new Router();
const tag =
  (name: string): Handler =>
  (topic, payload) =>
    log.push(`${name}<${topic}=${payload}>`);
r.publish("home/kitchen/temp", "21.5", true);
const a = r.subscribe("home/+/temp", tag("A"));
r.subscribe("home/#", tag("B"));
const c = r.subscribe("home/kitchen/temp", tag("C"));
r.subscribe("#", tag("ALL"));
console.log(log.splice(0));
console.log(
  r.publish("home/garage/temp", "12", false),
  r.publish("home/kitchen/hum", "40", false),
  r.publish("office/temp", "20", false),
);
console.log(log.splice(0));
console.log(
  r.unsubscribe(a),
  r.unsubscribe(c),
  r.unsubscribe(99),
  r.publish("home/kitchen/temp", "22", false),
  log.splice(0),
);
for (const bad of ["home/#/x", "home/te+mp", "a/+/b"]) {
  try {
    r.subscribe(bad, tag("X"));
    console.log("ok", bad);
  } catch (e) {
    console.log(e instanceof SyntaxError ? e.message : "?");
  }
}
try {
  r.publish("a/+/b", "x", false);
} catch (e) {
  console.log(e instanceof Error ? e.message : "?");
}
console.log(
  ["a/b", "a/+", "a/#", "#", "+/+", "a/b/c"].map((f) => `${f}:${matches(f, "a/b")}`).join(" "),
  r.delivered,
);
