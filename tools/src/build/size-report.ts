// Reads the linker map to say how much flash and RAM the kernel, the app runtime and each app take.
//
// The map lists every input section that survived --gc-sections with its size and object file, so the
// numbers are exact for the linked firmware. Output sections decide what counts as flash (code,
// read-only data, initialised data's load image) and what counts as RAM (data, bss, noinit).

/** Which part of the firmware an object file belongs to. */
export type SizeOwner =
  | { kind: "kernel" }
  | { kind: "runtime" }
  | { kind: "state" }
  | { kind: "app"; index: number };

export interface PartSizes {
  flash: number;
  ram: number;
}

const isFlash = (out: string): boolean => /^\.(text|rodata|ARM|vectors|init|fini|data)\b/.test(out);
const isRam = (out: string): boolean => /^\.(data|bss|noinit)\b/.test(out);

/**
 * Which object pulled each archive member (libgcc, newlib) into the link, from the map's "Archive member
 * included to satisfy reference by file (symbol)" section: member path -> the referencing file.
 */
function archiveReferrers(lines: readonly string[]): Map<string, string> {
  const referrers = new Map<string, string>();
  const start = lines.findIndex((line) => line.startsWith("Archive member included"));
  if (start < 0) return referrers;
  let member: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("Discarded input sections") || line.startsWith("Memory Configuration")) break;
    // "<member>   <referrer> (symbol)" on one line, or the member alone and the referrer indented below.
    const parts = /^(\S+\.a\([^)]*\))(?:\s+(\S+) \(.*\))?$/.exec(line);
    if (parts !== null) {
      member = parts[1];
      if (parts[2] !== undefined && member !== undefined) referrers.set(member, parts[2]);
      continue;
    }
    const referrer = /^\s+(\S+) \(.*\)$/.exec(line);
    if (referrer !== null && member !== undefined && referrer[1] !== undefined) referrers.set(member, referrer[1]);
    member = undefined;
  }
  return referrers;
}

/**
 * Sums section sizes per owner. `ownerOf` maps an object path from the map to its owner (or undefined
 * for the kernel's own code). Library code (libgcc, newlib) belongs to whoever first pulled it into the
 * link: a soft-float routine only the app runtime calls is runtime flash, not kernel flash.
 */
export function sizesFromMap(
  mapText: string,
  ownerOf: (objectPath: string) => SizeOwner | undefined,
  appCount: number,
): { kernel: PartSizes; runtime: PartSizes; state: PartSizes; apps: PartSizes[] } {
  const kernel = { flash: 0, ram: 0 };
  const runtime = { flash: 0, ram: 0 };
  const state = { flash: 0, ram: 0 };
  const apps = Array.from({ length: appCount }, () => ({ flash: 0, ram: 0 }));
  let output = "";
  let pendingName: string | undefined;
  const lines = mapText.split("\n");
  const referrers = archiveReferrers(lines);
  const ownerOfObject = (object: string): SizeOwner | undefined => {
    let current: string | undefined = object;
    // Follow member -> referrer links (a member may be pulled in by another member); bounded for safety.
    for (let hops = 0; current !== undefined && hops < 16; hops++) {
      const owner = ownerOf(current);
      if (owner !== undefined) return owner;
      current = referrers.get(current);
    }
    return undefined;
  };
  const start = lines.findIndex((line) => line.startsWith("Linker script and memory map"));
  for (const line of lines.slice(start < 0 ? 0 : start)) {
    const outputHeader = /^(\.[^\s]+)/.exec(line);
    if (outputHeader !== null) {
      output = outputHeader[1] ?? "";
      pendingName = undefined;
      continue;
    }
    let match: (string | undefined)[] | null = /^ (\.\S+|COMMON)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(
      line,
    );
    if (match === null && pendingName !== undefined) {
      const rest = /^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(line);
      if (rest !== null) match = [line, pendingName, rest[1] ?? "0", rest[2] ?? "0", rest[3] ?? ""];
    }
    pendingName = undefined;
    if (match === null) {
      const lone = /^ (\.\S+|COMMON)$/.exec(line);
      if (lone !== null) pendingName = lone[1];
      continue;
    }
    const size = Number.parseInt(match[3] ?? "0", 16);
    if (size === 0) continue;
    const owner = ownerOfObject((match[4] ?? "").trim());
    const target =
      owner?.kind === "app"
        ? apps[owner.index]
        : owner?.kind === "runtime"
          ? runtime
          : owner?.kind === "state"
            ? state
            : kernel;
    if (target === undefined) continue;
    if (isFlash(output)) target.flash += size;
    if (isRam(output)) target.ram += size;
  }
  return { kernel, runtime, state, apps };
}
