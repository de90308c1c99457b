// App names from a firmware ELF: reads the build's app table (`rg_apps[]`, `rg_app_count`) without tools.
//
// A monitor that joins a running device has missed its `app-info` frames, so with `--elf` the names come
// from the firmware instead: each `rg_app_desc_t` row starts with `const char *name`. The row size is the
// symbol's size divided by the count, so the rest of the struct's layout does not matter here. Works for
// 32- and 64-bit, little- and big-endian ELFs whose table holds link-time addresses (the Arm firmware and
// the non-PIE native build); anything it cannot read yields no names, and the monitor falls back to `app#N`.
import { readFileSync } from "node:fs";

const SHT_SYMTAB = 2;
const SHT_NOBITS = 8;
const SHF_ALLOC = 0x2;
/** Longest app name read (app.json names are short identifiers); guards against a runaway string. */
const MAX_NAME = 64;

interface Section {
  readonly type: number;
  readonly flags: number;
  readonly addr: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly entsize: number;
}

interface ElfSymbol {
  readonly value: number;
  readonly size: number;
}

/** Reads fixed-width fields of one ELF file in its class and byte order. */
class ElfReader {
  readonly is64: boolean;
  private readonly little: boolean;

  constructor(readonly data: Buffer) {
    if (data.length < 64 || data.readUInt32BE(0) !== 0x7f454c46) throw new Error("not an ELF file");
    this.is64 = data[4] === 2;
    this.little = data[5] !== 2;
  }

  u16(at: number): number {
    return this.little ? this.data.readUInt16LE(at) : this.data.readUInt16BE(at);
  }

  u32(at: number): number {
    return this.little ? this.data.readUInt32LE(at) : this.data.readUInt32BE(at);
  }

  /** A pointer-sized field (addresses fit in a JS number on every board regen supports). */
  word(at: number): number {
    if (!this.is64) return this.u32(at);
    const value = this.little ? this.data.readBigUInt64LE(at) : this.data.readBigUInt64BE(at);
    return Number(value);
  }

  sections(): Section[] {
    const shoff = this.word(this.is64 ? 0x28 : 0x20);
    const entsize = this.u16(this.is64 ? 0x3a : 0x2e);
    const count = this.u16(this.is64 ? 0x3c : 0x30);
    const result: Section[] = [];
    for (let i = 0; i < count; i++) {
      const at = shoff + i * entsize;
      const w = this.is64 ? 8 : 4;
      result.push({
        type: this.u32(at + 4),
        flags: this.word(at + 8),
        addr: this.word(at + 8 + w),
        offset: this.word(at + 8 + 2 * w),
        size: this.word(at + 8 + 3 * w),
        link: this.u32(at + 8 + 4 * w),
        entsize: this.word(at + 16 + 5 * w),
      });
    }
    return result;
  }
}

/** Finds the named symbols in the ELF's symbol table. */
function findSymbols(elf: ElfReader, sections: Section[], names: readonly string[]): Map<string, ElfSymbol> {
  const found = new Map<string, ElfSymbol>();
  for (const symtab of sections.filter((s) => s.type === SHT_SYMTAB)) {
    const strtab = sections[symtab.link];
    if (strtab === undefined || symtab.entsize === 0) continue;
    for (let at = symtab.offset; at + symtab.entsize <= symtab.offset + symtab.size; at += symtab.entsize) {
      const name = cString(elf.data, strtab.offset + elf.u32(at), 256);
      if (name === null || !names.includes(name)) continue;
      found.set(
        name,
        elf.is64
          ? { value: elf.word(at + 8), size: elf.word(at + 16) }
          : { value: elf.u32(at + 4), size: elf.u32(at + 8) },
      );
    }
  }
  return found;
}

/** The file offset holding `bytes` bytes at virtual address `addr`, or null when no loaded section has it. */
function fileOffset(sections: Section[], addr: number, bytes: number): number | null {
  for (const s of sections) {
    if ((s.flags & SHF_ALLOC) === 0 || s.type === SHT_NOBITS) continue;
    if (addr >= s.addr && addr + bytes <= s.addr + s.size) return s.offset + (addr - s.addr);
  }
  return null;
}

/** The NUL-terminated ASCII string at `at`, or null when it is unterminated, too long, or not printable. */
function cString(data: Buffer, at: number, max: number): string | null {
  const end = data.indexOf(0, at);
  if (at >= data.length || end < 0 || end - at > max) return null;
  const text = data.toString("latin1", at, end);
  return /^[\x20-\x7e]*$/.test(text) ? text : null;
}

/**
 * The app names of a firmware ELF in table order, e.g. ["blink", "crashy"]; an empty list when the file
 * cannot be read or has no readable app table (the caller then shows `app#N` until `app-info` arrives).
 */
export function appNamesFromElf(file: string): string[] {
  try {
    const elf = new ElfReader(readFileSync(file));
    const sections = elf.sections();
    const symbols = findSymbols(elf, sections, ["rg_apps", "rg_app_count"]);
    const table = symbols.get("rg_apps");
    const countSymbol = symbols.get("rg_app_count");
    if (table === undefined || countSymbol === undefined) return [];
    const countAt = fileOffset(sections, countSymbol.value, 4);
    if (countAt === null) return [];
    const count = elf.u32(countAt);
    const pointer = elf.is64 ? 8 : 4;
    if (count === 0 || table.size % count !== 0 || table.size / count < pointer) return [];
    const stride = table.size / count;
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const rowAt = fileOffset(sections, table.value + i * stride, pointer);
      const nameAt = rowAt === null ? null : fileOffset(sections, elf.word(rowAt), 1);
      const name = nameAt === null ? null : cString(elf.data, nameAt, MAX_NAME);
      if (name === null || name === "") return [];
      names.push(name);
    }
    return names;
  } catch {
    return [];
  }
}
