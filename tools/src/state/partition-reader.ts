// Decodes a state partition image offline (docs/STATE-FORMAT.md, version 1): sectors, records, per-app slots.
//
// This is the host's read-only twin of the store's mount: it finds the sector geometry in the sector headers,
// follows the ring from the newest head backwards, lists every record of the live sectors and picks each app
// slot's newest record. It never throws on bad content: torn records (a power cut) and damage (anything no cut
// explains) are part of the result, so `regen state dump` can show a broken partition to the human who must
// decide what to do with it.
import { storedCrc32 } from "./crc32.ts";

const SECTOR_MAGIC = 0x31534752; // "RGS1"
const FORMAT_VERSION = 1;
const SECTOR_HEADER_BYTES = 20;
const RECORD_HEADER_BYTES = 20;
const MARKER_BYTES = 24;

export const RECORD_KIND = { state: 0xa5, release: 0x5a, retire: 0xc3 } as const;

/** One record as found in flash. */
export interface StateRecord {
  readonly sector: number;
  /** Offset inside the partition. */
  readonly offset: number;
  readonly kind: "state" | "release" | "retire" | "unknown";
  readonly app: number;
  readonly length: number;
  readonly seq: number;
  readonly nameHash: number;
  readonly schemaHash: number;
  readonly data: Uint8Array;
  /** `ok`: both CRCs match; `torn`: what a power cut leaves (ignored by the store); `damaged`: anything else. */
  readonly status: "ok" | "torn" | "damaged";
}

/** One sector's header and role. */
export interface SectorInfo {
  readonly index: number;
  /** Generation from a valid header, or undefined (blank, torn or foreign header). */
  readonly generation: number | undefined;
  readonly role: "head" | "live" | "free" | "dead" | "blank" | "damaged";
}

/** The newest record of one app slot. */
export interface SlotInfo {
  readonly app: number;
  readonly record: StateRecord;
}

/** Everything a dump shows. */
export interface PartitionImage {
  /** `blank`: never written; `ok`: readable; `damaged`: something no power cut explains (still decoded). */
  readonly status: "blank" | "ok" | "damaged";
  readonly sectorSize: number;
  readonly sectorCount: number;
  readonly sectors: readonly SectorInfo[];
  readonly records: readonly StateRecord[];
  readonly slots: readonly SlotInfo[];
  readonly torn: number;
  readonly problems: readonly string[];
}

const u32 = (bytes: Uint8Array, at: number): number =>
  ((bytes[at] ?? 0) |
    ((bytes[at + 1] ?? 0) << 8) |
    ((bytes[at + 2] ?? 0) << 16) |
    ((bytes[at + 3] ?? 0) << 24)) >>>
  0;
const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const allFF = (bytes: Uint8Array, from: number, to: number): boolean =>
  bytes.subarray(from, to).every((b) => b === 0xff);
const pad4 = (n: number): number => (n + 3) & ~3;
/** Serial-number comparison of sequence numbers and generations: a newer than b. */
const newer = (a: number, b: number): boolean => ((a - b) | 0) > 0;

interface Header {
  count: number;
  size: number;
  generation: number;
}

function readHeader(image: Uint8Array, at: number): Header | undefined {
  if (at + SECTOR_HEADER_BYTES > image.length || u32(image, at) !== SECTOR_MAGIC) return undefined;
  if (u32(image, at + 16) !== storedCrc32(image.subarray(at, at + 16))) return undefined;
  return { count: u16(image, at + 6), size: u32(image, at + 8), generation: u32(image, at + 12) };
}

/** Finds the geometry from the first valid sector header at a 128-byte-aligned offset (the smallest sector). */
function findGeometry(image: Uint8Array): { size: number; count: number } | undefined {
  for (let at = 0; at + SECTOR_HEADER_BYTES <= image.length; at += 128) {
    const header = readHeader(image, at);
    if (header !== undefined && u16(image, at + 4) === FORMAT_VERSION && header.size >= 128) {
      return { size: header.size, count: header.count };
    }
  }
  return undefined;
}

function readRecords(
  image: Uint8Array,
  sector: number,
  size: number,
): { records: StateRecord[]; end: number } {
  const base = sector * size;
  const records: StateRecord[] = [];
  let offset = SECTOR_HEADER_BYTES;
  while (offset + MARKER_BYTES <= size) {
    const at = base + offset;
    if (allFF(image, at, at + RECORD_HEADER_BYTES)) break;
    const head = image.subarray(at, at + 16);
    const kindByte = image[at] ?? 0;
    const length = u16(image, at + 2);
    const common = {
      sector,
      offset: at,
      kind:
        kindByte === RECORD_KIND.state
          ? ("state" as const)
          : kindByte === RECORD_KIND.release
            ? ("release" as const)
            : kindByte === RECORD_KIND.retire
              ? ("retire" as const)
              : ("unknown" as const),
      app: image[at + 1] ?? 0,
      length,
      seq: u32(image, at + 4),
      nameHash: u32(image, at + 8),
      schemaHash: u32(image, at + 12),
    };
    const headerOk = u32(image, at + 16) === storedCrc32(head);
    const end = offset + RECORD_HEADER_BYTES + pad4(length) + 4;
    if (!headerOk || end > size) {
      const torn = allFF(image, at + RECORD_HEADER_BYTES, base + size);
      records.push({ ...common, data: new Uint8Array(0), status: torn ? "torn" : "damaged" });
      return { records, end: size };
    }
    const data = image.slice(at + RECORD_HEADER_BYTES, at + RECORD_HEADER_BYTES + length);
    const commitAt = base + end - 4;
    if (u32(image, commitAt) !== storedCrc32(head, data)) {
      const torn = allFF(image, base + end, base + size);
      records.push({ ...common, data, status: torn ? "torn" : "damaged" });
      return { records, end: size };
    }
    records.push({ ...common, data, status: "ok" });
    offset = end;
  }
  return { records, end: offset };
}

/** Decodes `image`, a partition starting at offset 0 (the rest of a bigger file is ignored). */
export function readPartition(image: Uint8Array): PartitionImage {
  const geometry = findGeometry(image);
  if (geometry === undefined) {
    const blank = image.every((b) => b === 0 || b === 0xff);
    return {
      status: blank ? "blank" : "damaged",
      sectorSize: 0,
      sectorCount: 0,
      sectors: [],
      records: [],
      slots: [],
      torn: 0,
      problems: blank ? [] : ["no valid sector header, but the partition is not blank"],
    };
  }
  const { size, count } = geometry;
  const problems: string[] = [];
  const headers = Array.from({ length: count }, (_, index) => readHeader(image, index * size));
  let head = -1;
  headers.forEach((header, index) => {
    if (header === undefined) return;
    if (header.size !== size || header.count !== count)
      problems.push(`sector ${index}: header of another geometry`);
    const current = head < 0 ? undefined : headers[head];
    if (current === undefined || newer(header.generation, current.generation)) head = index;
  });
  // The run: the head and the sectors before it whose generations count down by one.
  const run: number[] = [];
  for (let k = 0; k < count && head >= 0; k++) {
    const index = (head - k + count) % count;
    const expected = ((headers[head]?.generation ?? 0) - k) >>> 0;
    if (headers[index]?.generation !== expected) break;
    run.push(index);
  }
  const scanned = new Map<number, StateRecord[]>();
  for (const index of run) scanned.set(index, readRecords(image, index, size).records);
  // Retire markers in the run make older sectors dead.
  let retiredUpTo: number | undefined;
  for (const index of run) {
    for (const record of scanned.get(index) ?? []) {
      if (record.kind === "retire" && record.status === "ok") {
        if (retiredUpTo === undefined || newer(record.seq, retiredUpTo)) retiredUpTo = record.seq;
      }
    }
  }
  let live = run.filter((index) => {
    const generation = headers[index]?.generation ?? 0;
    return retiredUpTo === undefined || newer(generation, retiredUpTo);
  });
  // A full run whose head has not retired the sector after it is an open cut before its marker: dropped.
  const next = (head + 1) % count;
  const headRetiresNext = (scanned.get(head) ?? []).some(
    (r) => r.kind === "retire" && r.status === "ok" && r.nameHash === next,
  );
  if (run.length === count && !headRetiresNext) live = live.filter((index) => index !== head);
  const liveSet = new Set(live);
  const newestLive = live[0];
  const free = newestLive === undefined ? -1 : (newestLive + 1) % count;

  const sectors: SectorInfo[] = headers.map((header, index) => {
    const base = index * size;
    const role: SectorInfo["role"] = liveSet.has(index)
      ? index === newestLive
        ? "head"
        : "live"
      : index === free
        ? "free"
        : header !== undefined
          ? "dead"
          : allFF(image, base, base + size) || image.subarray(base, base + size).every((b) => b === 0)
            ? "blank"
            : "damaged";
    if (role === "damaged") problems.push(`sector ${index}: neither blank nor a valid sector`);
    return { index, generation: header?.generation, role };
  });

  const records = live
    .slice()
    .reverse()
    .flatMap((index) => scanned.get(index) ?? []);
  let torn = 0;
  for (const record of records) {
    if (record.status === "torn") torn++;
    if (record.status === "damaged")
      problems.push(`record at 0x${record.offset.toString(16)}: bad CRC not explained by a power cut`);
  }
  // Newest record per app; with equal seq the copy in the newer sector (later in `records`) wins.
  const newest = new Map<number, StateRecord>();
  for (const record of records) {
    if (record.status !== "ok" || (record.kind !== "state" && record.kind !== "release")) continue;
    const current = newest.get(record.app);
    if (current === undefined || !newer(current.seq, record.seq)) newest.set(record.app, record);
  }
  const slots = [...newest.entries()].sort(([a], [b]) => a - b).map(([app, record]) => ({ app, record }));
  return {
    status: problems.length === 0 ? "ok" : "damaged",
    sectorSize: size,
    sectorCount: count,
    sectors,
    records,
    slots,
    torn,
    problems,
  };
}
