// Generates the C header and the TypeScript module for the kernel boundary from runtime-c/abi.json.
//
// The boundary (syscall numbers, error codes, event ids and field layouts, fault classes, reasons) is
// written once in abi.json so that the kernel and the host tools can never disagree about it.
// `npm run gen:abi` writes both files; `generateAbi()` is also used by a test that checks the
// committed files are up to date.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

interface AbiSpec {
  version: number;
  syscalls: Record<string, { id: number; args: string; doc: string }>;
  errors: Record<string, number>;
  events: Record<string, { id: number; fields: string[] }>;
  faultClasses: Record<string, number>;
  bootReasons: Record<string, number>;
  startReasons: Record<string, number>;
  measureKeys: Record<string, number>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const abiJsonPath = path.join(repoRoot, "runtime-c/abi.json");
export const abiHeaderPath = path.join(repoRoot, "runtime-c/include/rg_abi.h");
export const abiTsPath = path.join(repoRoot, "tools/src/abi/abi.generated.ts");

function cName(name: string): string {
  return name.replace(/-/g, "_").toUpperCase();
}

function renderHeader(spec: AbiSpec): string {
  const lines: string[] = [
    "/* rg_abi.h: the kernel boundary (syscalls, errors, events, fault classes, reasons).",
    " *",
    " * GENERATED from runtime-c/abi.json by `npm run gen:abi`; do not edit by hand.",
    " * Events travel to the host in frames described in docs/PROTOCOL.md; multi-byte fields are",
    " * little-endian, `str` fields run to the end of the frame and are not NUL-terminated.",
    " */",
    "#ifndef RG_ABI_H",
    "#define RG_ABI_H",
    "",
    `#define RG_ABI_VERSION ${spec.version}`,
    "",
    "/* Syscall numbers (first argument of rg_syscall). */",
  ];
  for (const [name, sc] of Object.entries(spec.syscalls)) {
    lines.push(`/* ${sc.doc} Args: ${sc.args || "none"}. */`);
    lines.push(`#define RG_SYS_${cName(name)} ${sc.id}`);
  }
  lines.push("", "/* Error codes: 0 for success, negative for failure. */", "enum rg_err {");
  for (const [name, value] of Object.entries(spec.errors)) lines.push(`  ${name} = ${value},`);
  lines.push("};", "", "/* Event frame types. Field layout in order: */");
  for (const [name, ev] of Object.entries(spec.events)) {
    lines.push(`#define RG_EV_${cName(name)} ${ev.id} /* ${ev.fields.join(", ") || "no fields"} */`);
  }
  const enumBlock = (title: string, prefix: string, values: Record<string, number>): void => {
    lines.push("", `/* ${title} */`);
    for (const [name, value] of Object.entries(values))
      lines.push(`#define ${prefix}${cName(name)} ${value}`);
  };
  enumBlock("Fault classes (app-fault `class`).", "RG_FAULT_", spec.faultClasses);
  enumBlock("Why the chip booted (boot `reason`).", "RG_BOOT_", spec.bootReasons);
  enumBlock("Why an app is starting (app-start `reason`).", "RG_START_", spec.startReasons);
  enumBlock("Measurement keys (measure `key`).", "RG_MEASURE_", spec.measureKeys);
  lines.push("", "#endif /* RG_ABI_H */", "");
  return lines.join("\n");
}

function renderTs(spec: AbiSpec): string {
  const body = JSON.stringify(
    {
      version: spec.version,
      syscalls: Object.fromEntries(Object.entries(spec.syscalls).map(([k, v]) => [k, v.id])),
      errors: spec.errors,
      events: spec.events,
      faultClasses: spec.faultClasses,
      bootReasons: spec.bootReasons,
      startReasons: spec.startReasons,
      measureKeys: spec.measureKeys,
    },
    null,
    2,
  );
  return [
    "// The kernel boundary, for the host tools.",
    "// GENERATED from runtime-c/abi.json by `npm run gen:abi`; do not edit by hand.",
    `export const ABI = ${body} as const;`,
    "",
  ].join("\n");
}

/** Returns the generated files' contents, keyed by absolute path. */
export function generateAbi(): Map<string, string> {
  const spec = JSON.parse(readFileSync(abiJsonPath, "utf8")) as AbiSpec;
  return new Map([
    [abiHeaderPath, renderHeader(spec)],
    [abiTsPath, renderTs(spec)],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const [file, text] of generateAbi()) writeFileSync(file, text);
  console.log("wrote runtime-c/include/rg_abi.h and tools/src/abi/abi.generated.ts");
}
