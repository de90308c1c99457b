// @qemu
// Object spread with statically known result shapes: overriding before and after, several sources,
// nested objects (shallow copy: inner objects are shared), class instances (fields copied, methods
// not), spreads in functions building updated records, and optional properties.
interface Settings {
  volume: number;
  muted: boolean;
  name: string;
}
interface Profile {
  user: string;
  settings: Settings;
  tags: string[];
}

class Vec {
  constructor(
    public x: number,
    public y: number,
  ) {}
  len(): number {
    return Math.hypot(this.x, this.y);
  }
}

const base: Settings = { volume: 5, muted: false, name: "default" };

function louder(s: Settings, by = 1): Settings {
  return { ...s, volume: s.volume + by };
}

interface Labelled extends Settings {
  label: string;
}

function withName(s: Settings, label: string): Labelled {
  return { label, ...s, muted: !s.muted };
}

function records(): void {
  const a = louder(base);
  const b = louder(louder(a, 3));
  const c = withName(b, "ignored");
  console.log(base, a, b, c, base.volume);
  const p: Profile = { user: "ann", settings: base, tags: ["x"] };
  const copy = { ...p };
  copy.tags.push("shared");
  const deep = { ...p, settings: { ...p.settings }, tags: [...p.tags] };
  deep.settings.volume = 0;
  deep.tags.push("own");
  console.log(p.tags, copy.settings === p.settings, deep.settings === p.settings, p.settings.volume, deep);
  const both = { ...base, ...{ volume: 11, extra: true } };
  console.log(both, both.extra);
}

function instances(): void {
  const v = new Vec(3, 4);
  const plain = { ...v, z: 1 };
  console.log(plain, plain.x + plain.y + plain.z, v.len());
  const moved = [new Vec(1, 1), new Vec(2, 0)].map((q) => ({ ...q, x: q.x * 10 }));
  console.log(moved);
}

interface Opt {
  a: number;
  b?: string;
}

function optional(): void {
  const full: Opt = { a: 1, b: "bee" };
  const upd = { ...full, a: 2 };
  console.log(upd, { ...upd, b: "new" });
  const history: Settings[] = [base];
  for (let i = 1; i <= 3; i++) {
    const last = history[history.length - 1]!;
    history.push({ ...last, volume: last.volume * 2, name: `v${i}` });
  }
  console.log(history.map((h) => `${h.name}=${h.volume}`).join(" "));
}

records();
instances();
optional();
