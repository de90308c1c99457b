// The kernel boundary, for the host tools.
// GENERATED from runtime-c/abi.json by `npm run gen:abi`; do not edit by hand.
export const ABI = {
  "version": 1,
  "syscalls": {
    "exit": 1,
    "panic": 2,
    "log": 3,
    "timer_start": 4,
    "timer_cancel": 5,
    "now_ms": 6,
    "debug_kernel_hang": 7,
    "start_info": 8,
    "state_save": 9,
    "state_load": 10,
    "last_fault": 11,
    "fault": 12,
    "app_stack": 13
  },
  "errors": {
    "RG_OK": 0,
    "RG_ERR_INVALID": -1,
    "RG_ERR_NO_SPACE": -2,
    "RG_ERR_NOT_FOUND": -3,
    "RG_ERR_TOO_BIG": -4,
    "RG_ERR_CORRUPT": -5,
    "RG_ERR_IO": -6,
    "RG_ERR_WORN": -7,
    "RG_ERR_SCHEMA": -8
  },
  "events": {
    "boot": {
      "id": 1,
      "fields": [
        "reason:u8",
        "abi:u8",
        "apps:u8"
      ]
    },
    "app-info": {
      "id": 2,
      "fields": [
        "app:u8",
        "name:str"
      ]
    },
    "app-start": {
      "id": 3,
      "fields": [
        "app:u8",
        "reason:u8"
      ]
    },
    "log": {
      "id": 4,
      "fields": [
        "app:u8",
        "flags:u8",
        "text:str"
      ]
    },
    "app-fault": {
      "id": 5,
      "fields": [
        "app:u8",
        "class:u8",
        "pc:u32",
        "addr:u32",
        "lr:u32",
        "text:str"
      ]
    },
    "app-restart": {
      "id": 6,
      "fields": [
        "app:u8",
        "count:u16",
        "delay:u32"
      ]
    },
    "app-exit": {
      "id": 7,
      "fields": [
        "app:u8",
        "code:i32"
      ]
    },
    "app-stopped": {
      "id": 8,
      "fields": [
        "app:u8"
      ]
    },
    "watchdog-reset": {
      "id": 9,
      "fields": []
    },
    "state-save": {
      "id": 10,
      "fields": [
        "app:u8",
        "bytes:u16"
      ]
    },
    "state-restore": {
      "id": 11,
      "fields": [
        "app:u8",
        "bytes:u16"
      ]
    },
    "kernel-panic": {
      "id": 12,
      "fields": [
        "pc:u32",
        "code:u32",
        "text:str"
      ]
    },
    "all-done": {
      "id": 13,
      "fields": []
    },
    "measure": {
      "id": 14,
      "fields": [
        "key:u8",
        "value:u32"
      ]
    },
    "state-damage": {
      "id": 15,
      "fields": [
        "records:u16",
        "sectors:u8"
      ]
    },
    "state-schema": {
      "id": 16,
      "fields": [
        "app:u8",
        "saved:u32",
        "expected:u32"
      ]
    }
  },
  "faultClasses": {
    "mem-manage": 1,
    "bus-fault": 2,
    "undefined-instruction": 3,
    "divide-by-zero": 4,
    "usage-fault": 5,
    "hard-fault": 6,
    "stack-overflow": 7,
    "panic": 8,
    "timeout": 9,
    "out-of-memory": 10,
    "exception": 11
  },
  "bootReasons": {
    "power-on": 0,
    "watchdog": 1,
    "software": 2,
    "kernel-panic": 3
  },
  "startReasons": {
    "power-up": 0,
    "watchdog-reset": 1,
    "software-reset": 2,
    "fault-restart": 3,
    "first-boot": 4
  },
  "measureKeys": {
    "restart-ticks": 1,
    "tick-hz": 2,
    "save-ticks": 3,
    "mount-ticks": 4
  }
} as const;
