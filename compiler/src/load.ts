// load.ts: builds the TypeScript program for one app: the app file plus regen's own library, nothing else.
//
// The ts-morph project lives in an in-memory file system filled through the CompilerHost. `noLib` keeps the
// default libraries out, so an app can only name what compiler/lib/*.d.ts declares (and type-checking is
// fast). The library sits at a fixed virtual path, so diagnostics and emitted C never show machine paths.
import { Project, ts } from "ts-morph";

import type { CompilerHost } from "./host.ts";
import { libDirectory } from "./host.ts";

export interface LoadedApp {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly sourceFile: ts.SourceFile;
}

/** Virtual locations inside the in-memory project. */
const appPath = "/app/main.ts";
const libPath = "/regen-lib";

export const compilerOptions: ts.CompilerOptions = {
  noLib: true,
  strict: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: false,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
  noEmit: true,
};

/** Loads the app whose text is `text`; returns undefined for the library files it could not read. */
export function loadApp(host: CompilerHost, text: string): LoadedApp {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions });
  for (const name of host.listDirectory(libDirectory)) {
    if (!name.endsWith(".d.ts")) continue;
    const libText = host.readFile(`${libDirectory}/${name}`);
    if (libText !== undefined) project.createSourceFile(`${libPath}/${name}`, libText);
  }
  project.createSourceFile(appPath, text);
  const program = project.getProgram().compilerObject;
  const sourceFile = program.getSourceFile(appPath);
  if (sourceFile === undefined) throw new Error("the app file vanished from its own project");
  return { program, checker: program.getTypeChecker(), sourceFile };
}
