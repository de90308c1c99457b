// minimise.ts: shrinks a program that makes the compiler fail to a small one that fails the same way.
//
// Delta debugging over lines (drop halves, quarters, … single lines while the failure keeps its
// signature), then one more pass dropping single statements found by TypeScript's parser, so the
// program in the report is short enough to read. Bounded by a number of compiles, since each costs tens
// of milliseconds.
import { ts } from "ts-morph";

/** Returns true while `text` still fails the way the original did. */
export type StillFails = (text: string) => Promise<boolean>;

export async function minimise(text: string, stillFails: StillFails, maxCompiles = 250): Promise<string> {
  let budget = maxCompiles;
  const attempt = async (candidate: string): Promise<boolean> => {
    if (budget <= 0) return false;
    budget--;
    return stillFails(candidate);
  };

  let lines = text.split("\n");
  for (let chunk = Math.max(1, Math.floor(lines.length / 2)); chunk >= 1 && budget > 0;) {
    let removed = false;
    for (let start = 0; start < lines.length && budget > 0;) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      if (candidate.length < lines.length && (await attempt(candidate.join("\n")))) {
        lines = candidate;
        removed = true;
      } else {
        start += chunk;
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2);
  }

  let current = lines.join("\n");
  for (let changed = true; changed && budget > 0;) {
    changed = false;
    // Largest first: a whole function or loop goes in one compile when it is not needed.
    const ranges = statementRanges(current).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
    for (const [start, end] of ranges) {
      const candidate = current.slice(0, start) + current.slice(end);
      if (await attempt(candidate)) {
        current = candidate;
        changed = true;
        break;
      }
    }
  }
  // Comments (corpus markers such as `//! RG1003`) and blank lines only distract in a report.
  const tidy = `${current
    .replace(/\/\/.*$/gm, "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .join("\n")}\n`;
  if (tidy !== current && (await stillFails(tidy))) current = tidy;
  return current;
}

function statementRanges(text: string): [number, number][] {
  const file = ts.createSourceFile("min.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const ranges: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStatement(node)) ranges.push([node.getStart(file), node.getEnd()]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}
