// @qemu
// `??=`, `||=` and `&&=` on locals, object properties, array elements, typed-array elements and
// accessor properties: the place is read once, the right side runs only when the test asks for it.
interface Settings {
  name: string | undefined;
  retries: number;
  verbose: boolean;
  tags: string[] | null;
}

let sideEffects = 0;
function next(v: number): number {
  sideEffects++;
  return v;
}

function locals(): void {
  let a: number | undefined = undefined;
  const first = (a ??= next(1));
  const second = (a ??= next(2));
  let s = "";
  s ||= "fallback";
  s ||= "unused";
  let n = 4;
  n &&= n * 3;
  let z = 0;
  z &&= next(99);
  z ||= next(5);
  console.log(first, second, a, s, n, z, "side effects", sideEffects);
}

function properties(): void {
  const cfg: Settings = { name: undefined, retries: 0, verbose: false, tags: null };
  cfg.name ??= "device";
  cfg.retries ||= 3;
  cfg.verbose ||= cfg.retries > 2;
  cfg.tags ??= [];
  cfg.tags.push("a");
  cfg.tags ??= ["never"];
  cfg.name &&= cfg.name.toUpperCase();
  console.log(cfg);
  const configs: Settings[] = [cfg, { name: "x", retries: 7, verbose: true, tags: ["t"] }];
  let picks = 0;
  const pick = (i: number): Settings => {
    picks++;
    return configs[i]!;
  };
  pick(1).retries ||= 100;
  pick(1).name ??= "unused";
  console.log(configs[1], "picks", picks);
}

function elements(): void {
  const cache: (string | undefined)[] = ["a", undefined, ""];
  cache[1] ??= "b";
  cache[2] ||= "c";
  cache[0] &&= cache[0] + "!";
  cache[3] ??= "e";
  console.log(cache, cache.length);
  const counts = new Uint8Array(4);
  counts[0] ||= 250;
  counts[1] ||= 300;
  counts[0] &&= counts[0]! + 10;
  counts[3] ??= 7;
  console.log(counts);
  const groups = new Map<string, number[]>();
  for (const w of ["x", "y", "x", "z", "x"]) {
    let list = groups.get(w);
    list ??= [];
    list.push(list.length);
    groups.set(w, list);
  }
  console.log(groups);
}

class Meter {
  private level = 0;
  trace: string[] = [];
  get value(): number {
    this.trace.push("get");
    return this.level;
  }
  set value(v: number) {
    this.trace.push(`set ${v}`);
    this.level = v;
  }
}

function accessors(): void {
  const m = new Meter();
  m.value ||= 10;
  m.value ||= 20;
  m.value &&= m.value / 2;
  console.log(m.value, m.trace.join(", "));
}

locals();
properties();
elements();
accessors();
