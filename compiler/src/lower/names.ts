// names.ts: C names for the app's variables, functions, callbacks and temporaries.
//
// Every TypeScript declaration gets one C name, prefixed by its kind (`v_` global, `l_` local, `p_`
// parameter, `f_` function, `cb_` callback, `t_` temporary) so user names can never
// collide with C keywords, the runtime or each other; shadowed names in one C function get a numeric suffix, because C forbids
// nothing here but -Wshadow would warn. Characters C does not allow in identifiers are spelled out.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";

export interface VariableName {
  readonly name: string;
  readonly global: boolean;
  readonly ty: ValueType;
  /** the C local holds the variable's box (captured by a closure): read and write its slot 0 */
  readonly box?: boolean;
}

export function cIdentifier(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, (c) => `_u${c.codePointAt(0)?.toString(16) ?? "0"}_`);
}

/** Names used inside one C function. */
export class FunctionScope {
  private readonly used = new Set<string>();
  private temps = 0;

  unique(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    return name;
  }

  temp(): string {
    this.temps++;
    return this.unique(`t_${this.temps}`);
  }
}

export class NameTable {
  private readonly variables = new Map<ts.Node, VariableName>();
  private readonly functions = new Map<ts.Node, string>();
  private callbacks = 0;

  defineVariable(decl: ts.Node, name: VariableName): void {
    this.variables.set(decl, name);
  }

  variable(decl: ts.Node): VariableName | undefined {
    return this.variables.get(decl);
  }

  defineFunction(decl: ts.FunctionDeclaration): string {
    const name = `f_${cIdentifier(decl.name?.text ?? "anonymous")}`;
    this.functions.set(decl, name);
    return name;
  }

  function(decl: ts.Node): string | undefined {
    return this.functions.get(decl);
  }

  private closures = 0;

  nextClosure(): string {
    this.closures++;
    return `fn_${this.closures}`;
  }

  nextCallback(): string {
    this.callbacks++;
    return `cb_${this.callbacks}`;
  }
}
