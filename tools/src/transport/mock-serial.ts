// The mock serial binding (@serialport/binding-mock), typed, for tests and recorded-trace replays.
//
// The package's ESM entry ships without type declarations, so it is loaded through its CommonJS entry,
// whose declarations TypeScript can see. A mock port is driven with `emitData(bytes)`; the serial-port
// transport and the monitor accept it anywhere they accept the real binding.
import { createRequire } from "node:module";

import type { MockBindingInterface, MockPortBinding as MockPort } from "@serialport/binding-mock" with {
  "resolution-mode": "require",
};

const mock = createRequire(import.meta.url)("@serialport/binding-mock") as {
  MockBinding: MockBindingInterface;
};

/** The mock binding: `createPort(path)` makes a port appear, `reset()` makes every port disappear. */
export const MockBinding: MockBindingInterface = mock.MockBinding;

/** An open mock port. */
export type MockPortBinding = MockPort;
