// Typed device events, derived from the generated kernel boundary (abi.generated.ts).
//
// Every event's payload layout is written once in runtime-c/abi.json as "name:type" strings. This file turns
// those strings into TypeScript types (so `event.fields.pc` is a number and `event.fields.text` a string) and
// into a runtime table the codec walks, so a new event in abi.json needs no change here.
import { ABI } from "../abi/abi.generated.ts";

type Events = (typeof ABI)["events"];

/** An event name from abi.json (`boot`, `app-fault`, …). */
export type EventName = keyof Events;

/** The wire types a payload field can have. */
export type WireType = "u8" | "u16" | "u32" | "i32" | "str";

type FieldSpecOf<E extends EventName> = Events[E]["fields"][number];
type ValueOf<T extends string> = T extends "str" ? string : number;

/** The decoded payload of event `E`: one property per abi.json field. */
export type EventFields<E extends EventName> = {
  [S in FieldSpecOf<E> as S extends `${infer N}:${string}` ? N : never]: S extends `${string}:${infer T}`
    ? ValueOf<T>
    : never;
};

/** One decoded frame: the event name, the device time in ms, and the typed fields. */
export type DeviceEvent = {
  [E in EventName]: { readonly type: E; readonly t: number; readonly fields: EventFields<E> };
}[EventName];

/** The device event of a given name. */
export type DeviceEventOf<E extends EventName> = Extract<DeviceEvent, { type: E }>;

/** One payload field as the codec sees it. */
export interface FieldLayout {
  readonly name: string;
  readonly type: WireType;
}

/** The layout of one event type. */
export interface EventLayout {
  readonly name: EventName;
  readonly id: number;
  readonly fields: readonly FieldLayout[];
}

const wireTypes: readonly string[] = ["u8", "u16", "u32", "i32", "str"];

function parseLayout(name: EventName): EventLayout {
  const spec = ABI.events[name];
  const fields = spec.fields.map((field: string): FieldLayout => {
    const [fieldName, type] = field.split(":");
    if (fieldName === undefined || type === undefined || !wireTypes.includes(type)) {
      throw new Error(`abi.json: event ${name} has a malformed field "${field}"`);
    }
    return { name: fieldName, type: type as WireType };
  });
  return { name, id: spec.id, fields };
}

/** Every event layout, by frame type id. */
export const layoutsById: ReadonlyMap<number, EventLayout> = new Map(
  (Object.keys(ABI.events) as EventName[]).map((name) => {
    const layout = parseLayout(name);
    return [layout.id, layout] as const;
  }),
);

/** Every event layout, by event name. */
export const layoutsByName: ReadonlyMap<EventName, EventLayout> = new Map(
  [...layoutsById.values()].map((layout) => [layout.name, layout] as const),
);

/** Bytes a fixed-size wire type takes (str: 0, it runs to the end of the payload). */
export function wireSize(type: WireType): number {
  switch (type) {
    case "u8":
      return 1;
    case "u16":
      return 2;
    case "u32":
    case "i32":
      return 4;
    case "str":
      return 0;
  }
}

/** The name for a numeric code in one of abi.json's name→code tables, or `unknown(<code>)`. */
export function nameOf(table: Readonly<Record<string, number>>, code: number): string {
  for (const [name, value] of Object.entries(table)) {
    if (value === code) return name;
  }
  return `unknown(${code})`;
}
