// @qemu
// Closures capturing and mutating outer variables, shared environments, independent instances
function makeAccount(initial: number): {
  deposit: (n: number) => number;
  withdraw: (n: number) => number;
  balance: () => number;
} {
  let balance = initial;
  let ops = 0;
  return {
    deposit: (n) => {
      ops++;
      balance += n;
      return balance;
    },
    withdraw: (n) => {
      ops++;
      if (n > balance) return -1;
      balance -= n;
      return balance;
    },
    balance: () => balance * 1000 + ops,
  };
}
const a = makeAccount(100);
const b = makeAccount(5);
console.log(a.deposit(50), a.withdraw(30), a.withdraw(500), b.deposit(1), a.balance(), b.balance());
let shared = 0;
const inc = (): number => ++shared;
const dec = (): number => --shared;
inc();
inc();
dec();
console.log(shared, inc(), shared);
function outer(): () => () => number {
  let x = 1;
  return () => {
    x *= 2;
    return () => (x += 1);
  };
}
const mid = outer();
const leaf = mid();
console.log(leaf(), leaf(), mid()(), leaf());
