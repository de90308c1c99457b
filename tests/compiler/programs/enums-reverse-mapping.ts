// @qemu
// Numeric enums map values back to member names (`E[E.A]`, `E[1]`), undefined for other numbers;
// members sharing a value give the last one's name; `E["Name"]` is the member; string members have no
// reverse entry.
enum Level {
  Debug,
  Info,
  Warn = 10,
  Error,
}

enum Code {
  Ok = 200,
  Created = 201,
  Moved = 301,
  NotFound = 404,
  Missing = 404,
}

enum Mixed {
  Zero = 0,
  Name = "name",
  Two = 2,
}

function names(): void {
  console.log(Level[Level.Debug], Level[Level.Info], Level[Level.Warn], Level[Level.Error]);
  console.log(Level[0], Level[1], Level[2], Level[10], Level[11], Level[-1], Level[0.5]);
  console.log(Code[200], Code[404], Code[Code.NotFound], Code[Code.Moved], Mixed[0], Mixed[2]);
  console.log(Level["Warn"], Code["Created"], Mixed["Name"]);
}

function label(level: number): string {
  return Level[level] ?? `level ${level}`;
}

function logLine(level: number, text: string): string {
  const name = Level[level];
  return `[${name === undefined ? "?" : name.toUpperCase()}] ${text}`;
}

function scan(): void {
  const seen: string[] = [];
  for (let v = -1; v <= 12; v++) {
    const n = Level[v];
    if (n !== undefined) seen.push(`${v}=${n}`);
  }
  console.log(seen.join(" "));
  console.log(label(Level.Warn), label(3), label(Level.Info + 1));
  console.log(logLine(Level.Error, "disk full"), logLine(4, "odd"));
  const statuses = [200, 201, 302, 404, 500];
  console.log(statuses.map((s) => Code[s] ?? "unknown"));
  const counts = new Map<string, number>();
  for (const s of [404, 200, 404, 201, 404]) {
    const key = Code[s] ?? "?";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(counts);
  let zero = 0;
  console.log(Level[zero], Level[-zero], Level[zero + 10]);
  zero = NaN;
  console.log(Level[zero]);
}

names();
scan();
