// optional-properties.ts: optional properties an object literal leaves out, added later (`c.port = 1`).
//
// A literal's shape lists only the keys it has, as JavaScript's object does (console.log and JSON show no
// absent key). So that a later `c.port = 1` can add the key, a literal whose type has optional properties
// it leaves out is allocated with one spare slot per such property, and the app gets the shapes the object
// can move to: its keys followed by the added ones, in each order they may be added (every order for up to
// three absent properties; beyond that, any two in either order and more in declaration order). The
// generated rgc_set (emit/emit-heap.ts) then finds the shape "current keys + key", rewrites the object's
// type id and fills the next spare slot: the key order is the order of assignment, as in JavaScript. A
// write it cannot place (a literal written without its type has no room; an order without a shape)
// throws a TypeError that says so.
import { ts } from "ts-morph";

import type { Lowerer } from "./lower.ts";

/** The spare slots a literal with keys `keys` needs; registers the shapes the object may move to. */
export function optionalRoom(lw: Lowerer, node: ts.ObjectLiteralExpression, keys: readonly string[]): number {
  const contextual = lw.checker.getContextualType(node);
  if (contextual === undefined) return 0;
  const type = lw.checker.getNonNullableType(contextual);
  // A union of object types (a discriminated union) has no single list of optional keys.
  if (type.isUnion()) return 0;
  const absent = lw.checker
    .getPropertiesOfType(type)
    .filter((p) => (p.flags & ts.SymbolFlags.Optional) !== 0 && !keys.includes(p.getName()))
    .map((p) => p.getName());
  if (absent.length === 0) return 0;
  for (const order of orders(absent)) {
    for (let n = 1; n <= order.length; n++) lw.shape([...keys, ...order.slice(0, n)], "Object");
  }
  return absent.length;
}

/** The orders in which the absent keys may be added (see the file comment); each shape the object can
 * reach is a prefix of one of them. */
function orders(absent: readonly string[]): string[][] {
  if (absent.length > 3) {
    // Every pair in either order, and every subset in declaration order (all subsets up to six
    // absent keys, only the whole list beyond).
    const lists: string[][] = [];
    for (const a of absent) for (const b of absent) if (a !== b) lists.push([a, b]);
    if (absent.length > 6) return [[...absent], ...lists];
    for (let mask = 1; mask < 1 << absent.length; mask++)
      lists.push(absent.filter((_, i) => mask & (1 << i)));
    return lists;
  }
  const all: string[][] = [];
  const permute = (prefix: string[], rest: readonly string[]): void => {
    if (rest.length === 0) {
      all.push(prefix);
      return;
    }
    rest.forEach((k, i) => permute([...prefix, k], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], absent);
  return all;
}
