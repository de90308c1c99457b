// catalogue.ts: every diagnostic the compiler can report, with its stable RG code.
//
// Codes never change meaning once published: RG0xxx come from TypeScript itself (syntax and type errors),
// RG1xxx are constructs outside regen's subset, RG9xxx are the compiler's own failures. Each entry has a
// default hint telling the user what to write instead; a report may give a more specific one.

export interface CatalogueEntry {
  readonly code: string;
  readonly title: string;
  readonly hint: string;
}

function entry(code: string, title: string, hint: string): CatalogueEntry {
  return { code, title, hint };
}

export const catalogue = {
  typeError: entry("RG0001", "type error", "fix the type error; regen apps must type-check"),
  syntaxError: entry("RG0002", "syntax error", "fix the syntax; regen apps are TypeScript"),
  fileNotFound: entry("RG0003", "cannot read the app file", "check the path of the .ts file"),
  notAvailable: entry(
    "RG0004",
    "not available in regen apps",
    "apps see only console.log, the timer functions and the `regen` module (see docs/SUBSET.md)",
  ),
  unsupportedSyntax: entry(
    "RG1001",
    "construct not in regen's subset",
    "see docs/SUBSET.md for what is in the subset",
  ),
  classes: entry(
    "RG1002",
    "classes are not supported yet",
    "use module-level variables and functions instead of a class",
  ),
  capture: entry(
    "RG1003",
    "a callback may not capture local variables",
    "move the variable to module level (outside any function and block) so the callback can use it",
  ),
  arrays: entry(
    "RG1004",
    "arrays are not supported yet",
    "use separate variables, or a switch over an index",
  ),
  unsupportedType: entry(
    "RG1005",
    "type not in regen's subset",
    "use number, boolean, i32, u32 or u8 (from `regen`)",
  ),
  stringValue: entry(
    "RG1007",
    "strings are only supported as console.log and panic arguments",
    "pass the text straight to console.log (a template literal can include values)",
  ),
  loopForm: entry("RG1008", "for-in and for-of loops are not supported", "use a counting for loop"),
  condition: entry(
    "RG1009",
    "this value cannot be tested for truthiness",
    'compare explicitly: a timer id or a startInfo() / saveState() value with `!==` (e.g. `reason !== "power-up"`)',
  ),
  looseEquality: entry("RG1010", "== and != are not supported", "use === or !=="),
  integerUpdate: entry(
    "RG1011",
    "++, -- and compound assignment would leave the integer range",
    "write the conversion explicitly, e.g. `i = i32(i + 1)`",
  ),
  nestedFunction: entry(
    "RG1012",
    "functions may only be declared at module level",
    "move the function declaration to the top level of the file",
  ),
  labels: entry("RG1013", "labelled statements are not supported", "use a flag variable or a function"),
  imports: entry(
    "RG1014",
    'only named imports from "regen" are supported',
    'write `import { i32, exit } from "regen";`',
  ),
  exceptions: entry(
    "RG1015",
    "exceptions are not supported",
    "use panic(message) to end the app with an error; the kernel restarts it",
  ),
  formatSpecifier: entry(
    "RG1016",
    "console.log format specifiers (%) are not supported",
    "use a template literal, e.g. console.log(`${n}%`)",
  ),
  startInfo: entry(
    "RG1017",
    "startInfo() must be used as startInfo().reason, .fault, .restarts or .stateRefused",
    "write `startInfo().restarts` (or `.reason`, `.fault`, `.stateRefused`) where you need the value",
  ),
  callback: entry(
    "RG1018",
    "a timer callback must be a function name or an arrow function",
    "write `setTimeout(() => { ... }, 100)` or `setTimeout(tick, 100)`",
  ),
  parameters: entry(
    "RG1019",
    "this form of parameter is not supported",
    "declare the parameter with a plain name and a type",
  ),
  objects: entry(
    "RG1020",
    "this use of objects is not supported",
    "declare the shape with `interface`, annotate the variable (`const p: Point = { x: 0, y: 0 }`) and use its fields",
  ),
  logicalOperands: entry(
    "RG1022",
    "this operand of &&, || or ! cannot be tested for truthiness",
    'compare it explicitly (a timer id or a startInfo() / saveState() value: `reason !== "power-up"`)',
  ),
  operator: entry(
    "RG1023",
    "operator not in regen's subset",
    "see docs/SUBSET.md for the supported operators",
  ),
  varDeclaration: entry("RG1026", "var is not supported", "use let or const"),
  functionValue: entry(
    "RG1027",
    "functions may only be called, or passed to setTimeout/setInterval",
    "call the function, or pass it straight to a timer function",
  ),
  voidValue: entry("RG1028", "this call has no value", "call it as a statement of its own"),
  assertion: entry(
    "RG1029",
    "type assertions are not supported",
    "convert with i32(x), u32(x) or u8(x) from `regen`",
  ),
  stateOverQuota: entry(
    "RG1030",
    "the state type is larger than the app's stateBytes quota",
    "raise `stateBytes` in app.json, or make the state smaller (u8/i32 fields instead of number)",
  ),
  stateType: entry(
    "RG1031",
    "the state must be one declared object type",
    "declare `interface State { ... }` and use loadState<State>() and saveState<State>(...) everywhere",
  ),
  // RG11xx: constructs outside the language for good (check/forbidden.ts), each with what to write instead.
  anyType: entry(
    "RG1101",
    "`any` and `unknown` are not in regen's language",
    "give the value its real type; for values of several types use a union (`number | string`) and narrow it with typeof",
  ),
  evalCall: entry(
    "RG1102",
    "eval is not in regen's language: apps are compiled ahead of time",
    "write the code itself instead of a string of code",
  ),
  functionConstructor: entry(
    "RG1103",
    "the Function constructor is not in regen's language: apps are compiled ahead of time",
    "write an arrow function, e.g. `const add = (a: number, b: number) => a + b`",
  ),
  withStatement: entry(
    "RG1104",
    "`with` is not in regen's language",
    "name the object: `o.x` instead of `with (o) { x }`, or copy the fields into local constants",
  ),
  reflection: entry(
    "RG1105",
    "Proxy, Reflect and new.target are not in regen's language",
    "call the object's methods directly; for interception write a class that wraps the object",
  ),
  prototypeMutation: entry(
    "RG1106",
    "prototypes cannot be read or changed",
    "declare a class (with `extends` for inheritance) and add methods to it",
  ),
  dynamicPropertyAccess: entry(
    "RG1107",
    "dynamic property access on objects is not in regen's language",
    "name the field (`o.x`); for data looked up by key use a Map (`m.get(key)`), for numbered data an array",
  ),
  deleteOperator: entry(
    "RG1108",
    "delete is not in regen's language: an object keeps the fields of its type",
    "make the field optional and set it to undefined, or keep the data in a Map and call `m.delete(key)`",
  ),
  argumentsObject: entry(
    "RG1109",
    "`arguments` is not in regen's language",
    "declare a rest parameter, e.g. `function f(...args: number[])`",
  ),
  generators: entry(
    "RG1110",
    "generators (`function*`, `yield`) are not in regen's language",
    "return an array, take a callback, or keep the position in an object and step it with a method",
  ),
  forIn: entry(
    "RG1111",
    "for-in is not in regen's language",
    "use for...of over an array, or over a Map's entries (`for (const [k, v] of m)`)",
  ),
  regularExpressions: entry(
    "RG1112",
    "regular expressions are not in regen's language",
    "use string methods: indexOf, includes, startsWith, endsWith, split, slice, trim",
  ),
  bigInt: entry(
    "RG1113",
    "BigInt is not in regen's language",
    "use number (exact integers up to 2^53), or i32/u32 from `regen` for 32-bit integers",
  ),
  symbols: entry(
    "RG1114",
    "Symbol is not in regen's language",
    "use a string or number key, a string enum, or a unique object as a marker",
  ),
  defineProperty: entry(
    "RG1115",
    "property descriptors (Object.defineProperty, __defineGetter__) are not in regen's language",
    "declare the property in a class, with `get`/`set` accessors where it computes its value",
  ),
  namespaces: entry(
    "RG1116",
    "namespaces and module declarations are not in regen's language",
    "declare the functions and constants at module level; an app is one file",
  ),
  decorators: entry(
    "RG1117",
    "decorators are not in regen's language",
    "call the function that the decorator would apply, explicitly",
  ),
  debuggerStatement: entry(
    "RG1118",
    "debugger statements are not in regen's language",
    "remove it; print what you need with console.log (a fault report names the TypeScript line)",
  ),
  globalObject: entry(
    "RG1119",
    "globalThis is not in regen's language",
    "use the global's name directly (console, Math, setTimeout, …)",
  ),
  ambientDeclarations: entry(
    "RG1120",
    "`declare` is not supported in an app: nothing outside the app and compiler/lib exists",
    'define the value or function in the app, or import it from "regen"',
  ),
  jsx: entry(
    "RG1121",
    "JSX is not in regen's language",
    "an app has no DOM: build text with template literals, e.g. `<b>${name}</b>` as a string",
  ),
  internal: entry(
    "RG9999",
    "internal compiler error",
    "this is a bug in regen: please report it with the app file",
  ),
} as const;

export type CatalogueKey = keyof typeof catalogue;
