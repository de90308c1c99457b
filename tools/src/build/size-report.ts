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
 * Sums section sizes per owner. `ownerOf` maps an object path from the map to its owner (or undefined
 * for library code, which is counted with the kernel).
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
    const owner = ownerOf((match[4] ?? "").trim());
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
