// The firmware build library: boards, app manifests, and building firmware from compiled apps.
//
// The CLI (`regen build`, `regen run`) and the tests call only what this file exports. See
// docs/KERNEL.md for the memory map, the app-context mechanism and how to call buildFirmware.
export { appNameHash } from "./app-table.ts";
export { listBoards, loadBoard, type Board, type BoardArch, type MemoryRegion } from "./board.ts";
export { BoardError, BuildError, CompileError, ManifestError, ToolchainError } from "./errors.ts";
export {
  buildFirmware,
  type AppSizes,
  type BuildOptions,
  type BuildResult,
  type FirmwareApp,
} from "./firmware.ts";
export {
  defaultManifest,
  defaultRestart,
  loadAppManifest,
  parseAppManifest,
  type AppManifest,
  type OnLimit,
  type RestartPolicy,
} from "./manifest.ts";
