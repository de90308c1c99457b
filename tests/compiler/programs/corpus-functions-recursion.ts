// @qemu
// Recursive algorithms over arrays and strings: permutations, power set, hanoi, flatten, palindromes
function permutations(xs: string[]): string[] {
  if (xs.length <= 1) return [xs.join("")];
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    const rest = xs.slice(0, i).concat(xs.slice(i + 1));
    for (const p of permutations(rest)) out.push((xs[i] ?? "") + p);
  }
  return out;
}
console.log(permutations(["a", "b", "c"]), permutations(["x", "y", "z", "w"]).length);
function powerSet(xs: number[]): number[][] {
  if (xs.length === 0) return [[]];
  const rest = powerSet(xs.slice(1));
  return rest.concat(rest.map((s) => [xs[0] ?? 0].concat(s)));
}
console.log(powerSet([1, 2, 3]));
const moves: string[] = [];
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(4, "A", "C", "B");
console.log(moves.length, moves.slice(0, 7).join(" "));
function isPal(s: string): boolean {
  return s.length < 2 || (s[0] === s[s.length - 1] && isPal(s.slice(1, -1)));
}
console.log(["racecar", "abba", "abc", "", "a"].map(isPal));
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9));
