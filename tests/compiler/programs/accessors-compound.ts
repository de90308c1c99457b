// Compound assignment and ++/-- on getter/setter properties call the getter, then the setter, once
// each, in JavaScript's order; through subclasses that override the accessors and with an object
// expression evaluated once.
class Temperature {
  private celsius = 0;
  readonly trace: string[] = [];
  get c(): number {
    this.trace.push("get c");
    return this.celsius;
  }
  set c(v: number) {
    this.trace.push(`set c=${v}`);
    this.celsius = v;
  }
  get f(): number {
    return (this.celsius * 9) / 5 + 32;
  }
  set f(v: number) {
    this.trace.push(`set f=${v}`);
    this.celsius = ((v - 32) * 5) / 9;
  }
  get label(): string {
    return `${this.celsius.toFixed(1)}C`;
  }
  set label(s: string) {
    this.trace.push(`label ${s}`);
  }
}

class Clamped extends Temperature {
  get c(): number {
    this.trace.push("clamped get");
    return super.c;
  }
  set c(v: number) {
    this.trace.push(`clamped set ${v}`);
    super.c = Math.max(-10, Math.min(40, v));
  }
}

function basics(): void {
  const t = new Temperature();
  t.c += 5;
  t.c++;
  ++t.c;
  const old = t.c--;
  t.c *= 3;
  const r = (t.c -= 1);
  console.log(t.c, old, r);
  t.f += 18;
  t.label += "!";
  console.log(t.c.toFixed(3), t.f.toFixed(3), t.label);
  console.log(t.trace.join("; "));
}

function overridden(): void {
  const k: Temperature = new Clamped();
  k.c += 100;
  k.c--;
  k.c -= 100;
  console.log(k.c, k.trace.length, k.trace.slice(0, 5).join("; "));
}

function evaluatedOnce(): void {
  const temps = [new Temperature(), new Temperature()];
  let picks = 0;
  const pick = (i: number): Temperature => {
    picks++;
    return temps[i]!;
  };
  pick(0).c += 2;
  pick(1).c++;
  pick(1).f -= 9;
  console.log(picks, temps[0]!.c, temps[1]!.c.toFixed(2), temps[1]!.trace.length);
  let total = 0;
  for (const t of temps) {
    t.c **= 2;
    total += t.c;
  }
  console.log(total.toFixed(4));
}

basics();
overridden();
evaluatedOnce();
