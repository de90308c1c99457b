// diagnostic.ts: the Diagnostic record and the collector every phase reports into.
//
// Phases never throw for a user's mistake: they add a Diagnostic (code from the catalogue, file, 1-based
// line and column, length of the offending range, message, hint, and the source line for rendering) to a
// DiagnosticSink and carry on, so one compile reports every problem it can find.
import { ts } from "ts-morph";

import { catalogue, type CatalogueKey } from "./catalogue.ts";

export interface Diagnostic {
  readonly code: string;
  readonly file: string;
  /** 1-based; 0 when the problem has no location in the file (a global TypeScript error) */
  readonly line: number;
  /** 1-based, in UTF-16 code units like editors count; 0 without a location */
  readonly column: number;
  /** length of the offending range on its first line (at least 1) */
  readonly length: number;
  readonly message: string;
  readonly hint: string;
  /** the text of the source line, without its line break */
  readonly sourceLine: string;
}

export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly fileName: string) {}

  /** Reports a problem at a node (its range without leading trivia). */
  atNode(key: CatalogueKey, node: ts.Node, message?: string, hint?: string): void {
    const sourceFile = node.getSourceFile();
    this.atRange(key, sourceFile, node.getStart(sourceFile), node.getEnd(), message, hint);
  }

  atRange(
    key: CatalogueKey,
    sourceFile: ts.SourceFile | undefined,
    start: number,
    end: number,
    message?: string,
    hint?: string,
  ): void {
    const entry = catalogue[key];
    let line = 0;
    let column = 0;
    let sourceLine = "";
    let length = 1;
    if (sourceFile !== undefined) {
      const position = sourceFile.getLineAndCharacterOfPosition(start);
      line = position.line + 1;
      column = position.character + 1;
      const lineStarts = sourceFile.getLineStarts();
      const lineStart = lineStarts[position.line] ?? 0;
      const nextLine = lineStarts[position.line + 1] ?? sourceFile.text.length;
      sourceLine = sourceFile.text.slice(lineStart, nextLine).replace(/\r?\n$/, "");
      length = Math.max(1, Math.min(end, lineStart + sourceLine.length) - start);
    }
    // One report per mistake: a second diagnostic with the same code on the same line adds nothing.
    if (this.diagnostics.some((d) => d.code === entry.code && d.line === line)) return;
    this.diagnostics.push({
      code: entry.code,
      file: this.fileName,
      line,
      column,
      length,
      message: message ?? entry.title,
      hint: hint ?? entry.hint,
      sourceLine,
    });
  }

  get hasErrors(): boolean {
    return this.diagnostics.length > 0;
  }
}
