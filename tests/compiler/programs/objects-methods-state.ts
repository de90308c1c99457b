// Object literal methods as small state machines and services: methods calling other methods via
// `this`, methods returning closures that keep `this` (arrows inside methods), objects of methods in
// arrays and maps, methods with rest and destructured parameters, and methods called through
// interface-typed values.
interface Light {
  state: string;
  changes: number;
  next(): string;
  run(steps: number): string[];
}

interface Account {
  balance: number;
  log: string[];
  deposit(amount: number, note?: string): Account;
  withdraw(amount: number): boolean;
  history(...filter: string[]): string[];
}

interface Op {
  name: string;
  apply(a: number, b: number): number;
}

function makeLight(): Light {
  return {
    state: "red",
    changes: 0,
    next() {
      this.state = this.state === "red" ? "green" : this.state === "green" ? "yellow" : "red";
      this.changes++;
      return this.state;
    },
    run(steps) {
      const seen: string[] = [];
      for (let i = 0; i < steps; i++) seen.push(this.next());
      return seen;
    },
  };
}

function makeAccount(opening: number): Account {
  const acct: Account = {
    balance: opening,
    log: [],
    deposit(amount, note = "deposit") {
      this.balance += amount;
      this.log.push(`${note}:${amount}`);
      return this;
    },
    withdraw(amount) {
      if (amount > this.balance) {
        this.log.push(`refused:${amount}`);
        return false;
      }
      this.balance -= amount;
      this.log.push(`withdraw:${amount}`);
      return true;
    },
    history(...filter) {
      return filter.length === 0 ? this.log : this.log.filter((e) => filter.some((f) => e.startsWith(f)));
    },
  };
  return acct;
}

function ops(): void {
  const table: Op[] = [
    { name: "add", apply: (a, b) => a + b },
    {
      name: "pow",
      apply(a, b) {
        return a ** b;
      },
    },
    {
      name: "hyp",
      apply(a, b) {
        return Math.round(Math.hypot(a, b) * 100) / 100;
      },
    },
  ];
  console.log(table.map((op) => `${op.name}:${op.apply(3, 4)}`).join(" "));
  const byName = new Map<string, Op>(table.map((op): [string, Op] => [op.name, op]));
  const pow = byName.get("pow");
  if (pow !== undefined) console.log(pow.apply(2, 10), byName.size);
}

function timers(): void {
  const clock = {
    ticks: 0,
    every(n: number): () => number {
      return () => {
        this.ticks += n;
        return this.ticks;
      };
    },
    reset({ to = 0 }: { to?: number }): number {
      this.ticks = to;
      return this.ticks;
    },
  };
  const by2 = clock.every(2);
  const by5 = clock.every(5);
  console.log(by2(), by5(), by2(), clock.ticks, clock.reset({}), by5(), clock.reset({ to: 100 }), by2());
}

function main(): void {
  const light = makeLight();
  console.log(light.run(4), light.changes, light.state);
  const acct = makeAccount(10);
  acct.deposit(5).deposit(20, "salary");
  console.log(acct.withdraw(100), acct.withdraw(30), acct.balance);
  console.log(acct.history(), acct.history("withdraw", "refused"));
  ops();
  timers();
}
main();
