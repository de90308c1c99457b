// A bank ledger with classes, Error subclasses and Maps: accounts with overdraft limits, transfers that
// roll back on failure, a transaction journal, interest with toFixed rounding to cents, and statements.
class LedgerError extends Error {
  constructor(
    message: string,
    readonly account: string,
  ) {
    super(message);
    this.name = "LedgerError";
  }
}
class InsufficientFunds extends LedgerError {
  constructor(
    account: string,
    readonly shortBy: number,
  ) {
    super(`insufficient funds in ${account}: short by ${shortBy.toFixed(2)}`, account);
    this.name = "InsufficientFunds";
  }
}

interface Entry {
  seq: number;
  account: string;
  amount: number;
  memo: string;
}

class Account {
  private cents = 0;
  constructor(
    readonly id: string,
    readonly overdraftCents: number,
  ) {}
  get balance(): number {
    return this.cents / 100;
  }
  apply(cents: number): void {
    if (this.cents + cents < -this.overdraftCents)
      throw new InsufficientFunds(this.id, -(this.cents + cents + this.overdraftCents) / 100);
    this.cents += cents;
  }
}

class Ledger {
  private accounts = new Map<string, Account>();
  journal: Entry[] = [];
  private seq = 0;
  open(id: string, overdraft: number): Account {
    if (this.accounts.has(id)) throw new LedgerError(`account ${id} exists`, id);
    const a = new Account(id, Math.round(overdraft * 100));
    this.accounts.set(id, a);
    return a;
  }
  get(id: string): Account {
    const a = this.accounts.get(id);
    if (a === undefined) throw new LedgerError(`no account ${id}`, id);
    return a;
  }
  post(id: string, amount: number, memo: string): void {
    const cents = Math.round(amount * 100);
    this.get(id).apply(cents);
    this.journal.push({ seq: ++this.seq, account: id, amount: cents / 100, memo: memo });
  }
  transfer(from: string, to: string, amount: number): string {
    const mark = this.journal.length;
    try {
      this.post(from, -amount, `to ${to}`);
      this.post(to, amount, `from ${from}`);
      return "ok";
    } catch (e) {
      // roll back whatever was posted
      while (this.journal.length > mark) {
        const undo = this.journal.pop();
        if (undo !== undefined) this.get(undo.account).apply(-Math.round(undo.amount * 100));
      }
      if (e instanceof InsufficientFunds) return `refused (${e.shortBy})`;
      if (e instanceof LedgerError) return `error: ${e.message}`;
      throw e;
    }
  }
  interest(rate: number): void {
    for (const [id, a] of this.accounts) {
      if (a.balance > 0) this.post(id, Number((a.balance * rate).toFixed(2)), `interest ${rate * 100}%`);
    }
  }
  statement(id: string): string[] {
    return this.journal
      .filter((e) => e.account === id)
      .map(
        (e) =>
          `#${String(e.seq).padStart(3, "0")} ${(e.amount >= 0 ? "+" : "") + e.amount.toFixed(2)} ${e.memo}`,
      );
  }
}

const l = new Ledger();
l.open("alice", 0);
l.open("bob", 50);
l.open("ops", 1000);
try {
  l.open("bob", 0);
} catch (e) {
  console.log(e instanceof LedgerError ? `${e.name}: ${e.message} [${e.account}]` : "?");
}
l.post("alice", 120.1, "salary");
l.post("bob", 10, "gift");
console.log(
  l.transfer("alice", "bob", 20.05),
  l.transfer("bob", "alice", 100),
  l.transfer("bob", "alice", 80.05),
);
console.log(
  l.transfer("alice", "carol", 5),
  l.transfer("ops", "alice", 999.99),
  l.transfer("ops", "bob", 0.02),
);
l.interest(0.015);
for (const id of ["alice", "bob", "ops"]) console.log(id, l.get(id).balance.toFixed(2), l.statement(id));
console.log(l.journal.length, l.journal.reduce((s, e) => s + Math.round(e.amount * 100), 0) / 100);
