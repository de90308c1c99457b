// `||` and `&&` as values: one of the operands, with the right side evaluated only when needed; `!`
// and conditions over mixed operands; a boolean operand the checker narrows to `never` (`b || b`).
interface User {
  name: string;
  nick?: string;
  age: number;
}

let evaluated = 0;
function mark(v: number): number {
  evaluated++;
  return v;
}

function maybeList(give: boolean): number[] | null {
  return give ? [7, 8] : null;
}

function displayName(u: User): string {
  return u.nick || u.name || "anonymous";
}

function defaults(): void {
  const users: User[] = [
    { name: "ada", nick: "countess", age: 36 },
    { name: "bob", nick: "", age: 0 },
    { name: "", age: 41 },
  ];
  for (const u of users) console.log(displayName(u), u.age || "unknown age", u.age && u.age * 2);
  const port = 0;
  const host = "";
  console.log(port || 8080, host || "localhost", port && "never", host && "never");
  const list = maybeList(false);
  const fallback = list || [1, 2, 3];
  console.log(fallback, (list && list.length) ?? "no list", maybeList(true) && maybeList(true)?.length);
}

function shortCircuit(): void {
  evaluated = 0;
  const zero = 0;
  const one = 1;
  const a = zero && mark(10);
  const b = one && mark(20);
  const c = zero || mark(30);
  const d = one || mark(40);
  console.log(a, b, c, d, "evaluated", evaluated);
  const nan = NaN;
  console.log(nan || "nan is falsy", nan && "unused", -0 || "negative zero is falsy");
  const mixed: (number | string | null)[] = [0, "", null, 5, "x"];
  const firstTruthy = mixed.find((v) => !!v);
  console.log(firstTruthy, mixed.filter((v) => v).length, mixed.map((v) => v || "-"));
}

function booleans(flag: boolean): void {
  const t = true;
  const f = false;
  console.log(t || t, t && t, f || f, f && f, flag || flag, flag && !flag);
  let seen = "";
  const record = (s: string): boolean => {
    seen += s;
    return s.length > 1;
  };
  if (record("a") || record("bb") || record("ccc")) seen += "!";
  if (record("dd") && record("e") && record("fff")) seen += "?";
  console.log(seen);
  const n = 3;
  const s = "ok";
  if (n && s) console.log("both truthy");
  if (!(n - 3) && !s.slice(2)) console.log("both falsy after change");
  console.log(!n, !s, !!(n && s), !!(n - 3 || ""));
}

defaults();
shortCircuit();
booleans(true);
booleans(false);
