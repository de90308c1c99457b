// @qemu
// `x!` on a value that is null or undefined at run time: a string, or an object whose property is read
// through it, throws a TypeError (as JavaScript's property read does) instead of dereferencing a null
// pointer; an object value not dereferenced stays undefined; numbers and valid assertions are unchanged
// (review of issue 4, session 3).
interface Item {
  name: string;
  qty: number;
}

function attempt(label: string, f: () => string | number): string {
  try {
    return `${label}=${f()}`;
  } catch (e) {
    return `${label}:${e instanceof TypeError ? "TypeError" : "other"}`;
  }
}

function strings(): void {
  const names: string[] = ["ann", "bo"];
  const m = new Map<string, string>([["k", "value"]]);
  const out: string[] = [];
  out.push(attempt("first", () => names[0]!.length));
  out.push(attempt("third", () => names[2]!.length));
  out.push(attempt("get", () => m.get("k")!.toUpperCase()));
  out.push(attempt("missing", () => m.get("q")!.toUpperCase()));
  out.push(attempt("pop", () => names.pop()!.charAt(0)));
  out.push(attempt("pop2", () => names.pop()!.charAt(0)));
  out.push(attempt("pop3", () => names.pop()!.charAt(0)));
  out.push(attempt("find", () => ["x", "yy"].find((s) => s.length > 5)!.length));
  console.log(out.join(" "));
}

function objects(): void {
  const items: Item[] = [{ name: "bolt", qty: 3 }];
  const byName = new Map<string, Item>();
  for (const it of items) byName.set(it.name, it);
  const out: string[] = [];
  out.push(attempt("item0", () => items[0]!.qty));
  out.push(attempt("item1", () => items[1]!.qty));
  out.push(attempt("mapped", () => byName.get("bolt")!.name));
  out.push(attempt("absent", () => byName.get("nut")!.name));
  // Not dereferenced: the object value stays undefined, as in JavaScript.
  const missing = items[3]!;
  out.push(`missing=${missing === undefined} ${JSON.stringify([items[0]!, byName.get("nut")!])}`);
  let total = 0;
  for (let i = 0; i < 3; i++) {
    try {
      total += items[i]!.qty * 10;
    } catch (e) {
      total += e instanceof TypeError ? 1 : 100;
    }
  }
  items[0]!.qty += 4;
  out.push(`total=${total} qty=${items[0]!.qty}`);
  const counts = new Map<string, number>([["a", 2]]);
  out.push(`n=${counts.get("a")! + 1} nan=${Number.isNaN(counts.get("z")! + 1)}`);
  console.log(out.join(" "));
}

strings();
objects();
