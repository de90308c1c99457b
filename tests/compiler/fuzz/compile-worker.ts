// compile-worker.ts: a child process that compiles programs sent by the fuzz test and answers with outcomes.
//
// The compiler runs here, not in mocha's process, so a program that makes it loop forever or overflow the
// stack can be stopped (the parent kills this process) and the run goes on. One message in, one out:
// { id, file, text, keepC } → { id, outcome } (see compiler-process.ts for the outcome kinds).
import { compileApp, memoryHost } from "../../../compiler/src/index.ts";
import type { Outcome, Request } from "./compiler-process.ts";

function compile(request: Request): Outcome {
  const started = performance.now();
  try {
    const result = compileApp({
      file: request.file,
      moduleId: "fuzz",
      host: memoryHost({ [request.file]: request.text }),
      stateBytes: 256,
    });
    const ms = performance.now() - started;
    if (result.ok) return { kind: "c", ms, ...(request.keepC ? { c: result.c } : {}) };
    const internal = result.diagnostics.find((d) => d.code === "RG9999");
    if (internal !== undefined)
      return { kind: "internal", ms, message: `${internal.line}: ${internal.message}` };
    return { kind: "diagnostics", ms, codes: result.diagnostics.map((d) => d.code) };
  } catch (error) {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
    return { kind: "thrown", ms: performance.now() - started, message };
  }
}

process.on("message", (request: Request) => {
  process.send?.({ id: request.id, outcome: compile(request) });
});
