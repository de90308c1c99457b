// coverage.test.ts: every language item of the subset is exercised by the differential corpus, on both boards.
//
// Issue 4 asks that each language item be covered by differential programs that pass on the native board
// and on mps2-an385. The differential and QEMU suites prove that the programs pass; this file proves that
// the programs exist: each item below is recognised in the source text of at least one corpus program and
// of at least one program marked `// @qemu`. Removing the last program of an item, or unmarking the last
// QEMU one, fails here and names the item.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { listPrograms } from "./support/programs.ts";

/** A language item and how to recognise it in a program's source. */
interface Item {
  readonly name: string;
  readonly pattern: RegExp;
}

const items: readonly Item[] = [
  // Functions as values
  { name: "arrow function", pattern: /=>\s*[{(\w]/ },
  { name: "function expression", pattern: /=\s*function\b/ },
  { name: "closure mutating an outer variable", pattern: /=>\s*(\{\s*)?\w+\s*(\+\+|\+=|-=)/ },
  {
    name: "per-iteration let captured in a loop",
    pattern: /for\s*\(\s*let\s+(\w+)[^)]*\)\s*\{[^}]*=>[^}]*\b\1\b/,
  },
  {
    name: "default parameter",
    pattern: /\((?:[^()]*,\s*)?\w+\s*:\s*[\w[\]]+\s*=\s*[^=>][^()]*\)\s*(?::\s*[^={]+)?(=>|\{)/,
  },
  { name: "rest parameter", pattern: /\(\s*[^)]*\.\.\.\w+\s*:/ },
  { name: "timer callback", pattern: /setTimeout\(|setInterval\(/ },
  // Classes
  { name: "class with constructor", pattern: /constructor\s*\(/ },
  { name: "static member", pattern: /\bstatic\s+\w+/ },
  { name: "inheritance with super", pattern: /extends\s+\w+[^]*\bsuper\(/ },
  { name: "instanceof", pattern: /\binstanceof\b/ },
  { name: "getter", pattern: /\bget\s+\w+\s*\(\s*\)/ },
  { name: "setter", pattern: /\bset\s+\w+\s*\(\s*\w+/ },
  { name: "class implementing an interface", pattern: /class\s+\w+[^{]*\bimplements\b/ },
  { name: "abstract class", pattern: /\babstract\s+class\b/ },
  // Objects and data
  { name: "object literal", pattern: /=\s*\{\s*\w+\s*:/ },
  { name: "optional property", pattern: /\w+\?\s*:\s*\w+/ },
  { name: "object destructuring", pattern: /(const|let)\s*\{\s*\w+/ },
  { name: "array destructuring", pattern: /(const|let)\s*\[\s*\w*\s*,/ },
  { name: "spread", pattern: /\.\.\.\w+[\]),]/ },
  { name: "spread in a call", pattern: /\w\((?:[^()]*,\s*)?\.\.\.\w+/ },
  { name: "object spread", pattern: /\{\s*\.\.\.\w+\s*,/ },
  { name: "destructured parameter", pattern: /\(\s*\{\s*\w+[^}]*\}\s*:\s*\w+/ },
  { name: "destructuring assignment", pattern: /^\s*\[\s*\w+\s*,\s*\w+\s*\]\s*=\s*\[/m },
  { name: "rest element in destructuring", pattern: /(const|let)\s*\[[^\]=]*\.\.\.\w+\s*\]\s*=/ },
  { name: "optional parameter of a declared function", pattern: /function\s+\w+\([^)]*\w\?\s*:/ },
  { name: "tuple type", pattern: /:\s*\[\s*\w+\s*,\s*\w+\s*\]/ },
  { name: "object literal method", pattern: /,\s*\n\s+\w+\([^)]*\)\s*\{/ },
  { name: "optional chaining", pattern: /\?\.\w/ },
  { name: "nullish coalescing", pattern: /\?\?\s*[^=]/ },
  // Arrays
  ...[
    "push",
    "pop",
    "shift",
    "unshift",
    "slice",
    "splice",
    "indexOf",
    "includes",
    "join",
    "reverse",
    "sort",
    "map",
    "filter",
    "reduce",
    "forEach",
    "find",
    "findIndex",
    "some",
    "every",
  ].map((method) => ({ name: `array .${method}`, pattern: new RegExp(`\\.${method}\\(`) })),
  { name: "sort with a comparator", pattern: /\.sort\(\s*\(\s*\w+\s*,\s*\w+\s*\)\s*=>/ },
  { name: "for...of", pattern: /for\s*\(\s*const\s+[^)]*\bof\b/ },
  { name: "Uint8Array", pattern: /\bUint8Array\b/ },
  { name: "Int32Array", pattern: /\bInt32Array\b/ },
  { name: "Float64Array", pattern: /\bFloat64Array\b/ },
  // Strings
  { name: "template literal", pattern: /`[^`]*\$\{/ },
  ...[
    "charCodeAt",
    "indexOf",
    "slice",
    "substring",
    "split",
    "trim",
    "startsWith",
    "endsWith",
    "toUpperCase",
    "toLowerCase",
    "padStart",
    "toFixed",
  ].map((method) => ({ name: `string .${method}`, pattern: new RegExp(`\\.${method}\\(`) })),
  { name: "String.fromCharCode", pattern: /String\.fromCharCode\(/ },
  { name: "String(x)", pattern: /\bString\(/ },
  { name: "parseInt", pattern: /\bparseInt\(/ },
  { name: "parseFloat", pattern: /\bparseFloat\(/ },
  // Generics, enums, unions
  { name: "generic function", pattern: /function\s+\w+\s*<\w+/ },
  { name: "generic class", pattern: /class\s+\w+\s*<\w+/ },
  { name: "numeric enum", pattern: /enum\s+\w+\s*\{\s*\w+\s*[,}=]\s*(\d|\w)/ },
  { name: "string enum", pattern: /enum\s+\w+\s*\{\s*\w+\s*=\s*"/ },
  { name: "T | null", pattern: /\|\s*null\b/ },
  { name: "T | undefined", pattern: /\|\s*undefined\b/ },
  { name: "discriminated union on kind", pattern: /\bkind\s*:\s*"/ },
  { name: "typeof narrowing", pattern: /typeof\s+\w+\s*===\s*"/ },
  { name: "type alias", pattern: /\btype\s+\w+\s*=/ },
  // Map, Set, JSON, Math, bitwise
  { name: "Map", pattern: /new Map\b/ },
  { name: "Set", pattern: /new Set\b/ },
  { name: "JSON.stringify", pattern: /JSON\.stringify\(/ },
  { name: "Math", pattern: /Math\.\w+\(/ },
  {
    name: "Number constants",
    pattern: /Number\.(MAX_SAFE_INTEGER|MIN_SAFE_INTEGER|EPSILON|MAX_VALUE|MIN_VALUE)/,
  },
  { name: "bitwise operators", pattern: /\w\s*(&|\^|<<|>>>|>>)\s*\w|\|\s*0\b/ },
  // Errors
  { name: "throw", pattern: /\bthrow\s+new\b/ },
  { name: "try/catch", pattern: /\bcatch\s*\(/ },
  { name: "finally", pattern: /\bfinally\s*\{/ },
  { name: "Error subclass", pattern: /extends\s+Error\b/ },
  // async/await
  { name: "async function", pattern: /\basync\s+function\b/ },
  { name: "await", pattern: /\bawait\s/ },
  {
    name: "default parameter of an async function",
    pattern: /\basync\s+(?:function\s+)?\w*\s*\([^)]*\w\s*(?::\s*[\w[\]]+\s*)?=\s*[^=>\s]/,
  },
  {
    name: "rest parameter of an async function",
    pattern: /\basync\s+(?:function\s+)?\w*\s*\([^)]*\.\.\.\w+\s*:/,
  },
  {
    name: "destructured parameter of an async function",
    pattern: /\basync\s+(?:function\s+)?\w*\s*\(\s*[{[]/,
  },
  { name: "sleep(ms)", pattern: /\bsleep\(/ },
  { name: "Promise.all", pattern: /Promise\.all\(/ },
];

describe("compiler: the corpus covers every language item on both boards", () => {
  const programs = listPrograms().map((program) => ({
    ...program,
    text: readFileSync(program.file, "utf8"),
  }));

  for (const item of items) {
    it(item.name, () => {
      const hits = programs.filter((program) => item.pattern.test(program.text));
      assert.ok(hits.length > 0, `no corpus program uses ${item.name}: add one to tests/compiler/programs`);
      assert.ok(
        hits.some((program) => program.qemu),
        `no @qemu program uses ${item.name} (programs: ${hits.map((p) => p.name).join(", ")}): mark one // @qemu`,
      );
    });
  }
});
