// `regen state dump` as a library: read a flash file, find the partition, decode it, describe it per app.
//
// The partition's place in the file comes from the board (board.json `statePartition`, relative to where the
// file is mapped: mps2's PSRAM at 0x21000000, native's file from offset 0). Apps named with --app are matched
// to slots by table order and checked by the hash of their name, so the dump shows each slot's size against
// the app's quota. When the app's state layout is known (the compiler's, for its current source) and the record's
// schema hash matches it, the record's fields are decoded; a record saved by an incompatible version of the state
// type is flagged and shown as hex only.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

import type { StateLayout } from "../../../compiler/src/index.ts";
import { appNameHash } from "../build/index.ts";
import { MissingPathError, RegenError } from "../errors.ts";
import { readPartition, type PartitionImage, type StateRecord } from "./partition-reader.ts";
import { decodeFields, fieldJson, fieldText, type DecodedField } from "./state-fields.ts";

/** Where a board's file holds its partition. */
export interface PartitionPlace {
  /** Byte offset of the partition in the flash file. */
  readonly offset: number;
  /** Partition bytes, or undefined to decode to the end of the file (geometry comes from sector headers). */
  readonly bytes: number | undefined;
}

/** An app the user named, for matching slots. */
export interface DumpApp {
  readonly name: string;
  readonly stateBytes: number;
  /** The app's state type as its current source compiles, or undefined (no state, or not known). */
  readonly layout?: StateLayout | undefined;
  /** Why the layout is not known although the app keeps state (e.g. its source does not compile). */
  readonly layoutProblem?: string | undefined;
}

/** One app slot in the dump. */
export interface DumpSlot {
  readonly slot: number;
  /** The app's name when an app given with --app owns this slot, else undefined. */
  readonly app: string | undefined;
  readonly kind: "state" | "released";
  readonly seq: number;
  readonly bytes: number;
  readonly quota: number | undefined;
  readonly nameHash: string;
  readonly schemaHash: string;
  /** Data bytes as hex. */
  readonly data: string;
  /** `another-app`: the record's name hash is not the named app's (a leftover the kernel will not hand over). */
  readonly note: "another-app" | "over-quota" | undefined;
  /** The owning app's current schema hash, when its state layout is known. */
  readonly appSchemaHash: string | undefined;
  /** `current`: saved with the app's current schema hash; `incompatible`: by another version of its state type. */
  readonly schema: "current" | "incompatible" | undefined;
  /** The record's fields, when it was saved with the app's current layout. */
  readonly fields: readonly DecodedField[] | undefined;
  /** Why a record of a named app is not decoded, when that is not the schema hash. */
  readonly fieldsNote: string | undefined;
}

export interface StateDump {
  readonly file: string;
  readonly offset: number;
  readonly image: PartitionImage;
  readonly slots: readonly DumpSlot[];
}

const hex32 = (value: number): string => `0x${(value >>> 0).toString(16).padStart(8, "0")}`;
const hexBytes = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** Reads `file` and decodes the partition at `place`. */
export function dumpState(file: string, place: PartitionPlace, apps: readonly DumpApp[]): StateDump {
  const full = path.resolve(file);
  let content: Buffer;
  try {
    if (statSync(full).isDirectory()) throw new RegenError(`flash file ${full} is a folder`, "pass a file");
    content = readFileSync(full);
  } catch (error) {
    if (error instanceof RegenError) throw error;
    throw new MissingPathError(full, "flash file", "pass the file given to `regen run --flash-file`");
  }
  const end = place.bytes === undefined ? content.length : place.offset + place.bytes;
  if (content.length < end || place.offset >= content.length) {
    throw new RegenError(
      `flash file ${full} is ${content.length} bytes: too short for a partition at offset ${place.offset}` +
        (place.bytes === undefined ? "" : ` of ${place.bytes} bytes`),
      "check --board: the file must be the one that board's runs wrote",
    );
  }
  const image = readPartition(
    new Uint8Array(content.buffer, content.byteOffset + place.offset, end - place.offset),
  );
  return {
    file: full,
    offset: place.offset,
    image,
    slots: image.slots.map(({ app, record }) => describe(app, record, apps)),
  };
}

function describe(slot: number, record: StateRecord, apps: readonly DumpApp[]): DumpSlot {
  const owner = apps[slot];
  const ours = owner !== undefined && appNameHash(owner.name) === record.nameHash;
  const quota = ours ? owner.stateBytes : undefined;
  const layout = ours && record.kind === "state" ? owner.layout : undefined;
  const decoding = layout === undefined ? undefined : decodeFields(record.data, record.schemaHash, layout);
  return {
    slot,
    app: ours ? owner.name : undefined,
    kind: record.kind === "state" ? "state" : "released",
    seq: record.seq,
    bytes: record.length,
    quota,
    nameHash: hex32(record.nameHash),
    schemaHash: hex32(record.schemaHash),
    data: hexBytes(record.data),
    note:
      owner !== undefined && !ours
        ? "another-app"
        : quota !== undefined && record.length > quota
          ? "over-quota"
          : undefined,
    appSchemaHash: layout === undefined ? undefined : hex32(layout.schemaHash),
    schema:
      decoding === undefined ? undefined : decoding.status === "incompatible" ? "incompatible" : "current",
    fields: decoding?.status === "decoded" ? decoding.fields : undefined,
    fieldsNote: !ours || record.kind !== "state" ? undefined : whyNotDecoded(owner, record, layout),
  };
}

function whyNotDecoded(
  app: DumpApp,
  record: StateRecord,
  layout: StateLayout | undefined,
): string | undefined {
  if (layout === undefined) {
    if (app.layoutProblem !== undefined) return `fields not decoded: ${app.layoutProblem}`;
    return app.stateBytes === 0
      ? undefined
      : "fields not decoded: the app's source declares no state type (no loadState/saveState)";
  }
  if (record.schemaHash >>> 0 === layout.schemaHash >>> 0 && record.length !== layout.bytes)
    return `fields not decoded: ${record.length} bytes saved, but the state type ${layout.typeName} is ${layout.bytes}`;
  return undefined;
}

/** The dump as NDJSON objects: one `partition` line, one `slot` per app slot, one `record` per damaged/torn record. */
export function dumpToJson(dump: StateDump): object[] {
  const { image } = dump;
  return [
    {
      kind: "partition",
      file: dump.file,
      offset: dump.offset,
      status: image.status,
      sectorSize: image.sectorSize,
      sectorCount: image.sectorCount,
      torn: image.torn,
      sectors: image.sectors.map((s) => ({ index: s.index, role: s.role, generation: s.generation ?? null })),
      problems: image.problems,
    },
    ...dump.slots.map(({ kind, ...slot }) => ({
      kind: "slot",
      state: kind,
      ...slot,
      app: slot.app ?? null,
      quota: slot.quota ?? null,
      note: slot.note ?? null,
      appSchemaHash: slot.appSchemaHash ?? null,
      schema: slot.schema ?? null,
      fields:
        slot.fields?.map((field) => ({
          path: field.path,
          kind: field.kind,
          offset: field.offset,
          value: fieldJson(field),
        })) ?? null,
      fieldsNote: slot.fieldsNote ?? null,
    })),
    ...image.records
      .filter((r) => r.status !== "ok")
      .map((r) => ({
        kind: "record",
        status: r.status,
        sector: r.sector,
        offset: r.offset,
        app: r.app,
        seq: r.seq,
      })),
  ];
}

/** The dump for people. */
export function dumpToText(dump: StateDump): string {
  const { image } = dump;
  const lines = [`state partition in ${dump.file} at offset 0x${dump.offset.toString(16)}: ${image.status}`];
  if (image.status === "blank") return [...lines, "  nothing was ever saved"].join("\n");
  lines.push(
    `  ${image.sectorCount} sectors of ${image.sectorSize} bytes: ` +
      image.sectors
        .map((s) => `${s.index}:${s.role}${s.generation === undefined ? "" : `(gen ${s.generation})`}`)
        .join(" "),
  );
  if (image.torn > 0)
    lines.push(`  ${image.torn} torn record(s): a save cut by a power loss; the previous state is in force`);
  for (const problem of image.problems) lines.push(`  DAMAGE: ${problem}`);
  if (dump.slots.length === 0) lines.push("  no app has state");
  for (const slot of dump.slots) {
    const who = slot.app ?? `slot ${slot.slot}`;
    const size = slot.quota === undefined ? `${slot.bytes} B` : `${slot.bytes}/${slot.quota} B`;
    const note =
      slot.note === "another-app"
        ? " (saved by another app: not handed over)"
        : slot.note === "over-quota"
          ? " (over the app's quota)"
          : "";
    const schema =
      slot.schema === "current"
        ? " (the app's current schema)"
        : slot.schema === "incompatible"
          ? ` (saved by an incompatible version: the app's schema is now ${slot.appSchemaHash ?? "?"}; not decoded)`
          : "";
    lines.push(
      slot.kind === "released"
        ? `  ${who}: released (seq ${slot.seq})${note}`
        : `  ${who}: seq ${slot.seq}, ${size}, schema ${slot.schemaHash}${schema}${note}`,
    );
    if (slot.fieldsNote !== undefined) lines.push(`    ${slot.fieldsNote}`);
    if (slot.fields !== undefined) {
      const width = Math.max(...slot.fields.map((field) => field.path.length));
      for (const field of slot.fields) lines.push(`    ${field.path.padEnd(width)} = ${fieldText(field)}`);
    } else if (slot.kind === "state" && slot.data !== "") {
      lines.push(`    ${slot.data.replace(/(.{64})/g, "$1\n    ").trimEnd()}`);
    }
  }
  return lines.join("\n");
}
