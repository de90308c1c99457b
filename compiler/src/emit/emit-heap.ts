// emit-heap.ts: C for an app's heap: the type table the collector reads, the precise roots, the setup call.
//
// Only apps that allocate get any of this (an app without an allocation site pays nothing). The type
// table lists the runtime's types first, at their fixed ids (rg_val.h), then one entry per shape of the
// app from RG_TYPE_FIRST_APP (rg_val slots, which the runtime traces without a table). The roots are
// the offsets of the rg_val fields of the globals struct (the runtime adds the context's own). Generated
// `main` calls rg_rt_heap_setup (rg_alloc.h) before anything else.
import type { Module } from "../ir.ts";

/** The app's description for the runtime (rg_rt_app_info_t), its roots, key table and shapes. */
export function runtimeTypeTable(m: Module): string[] {
  const lines: string[] = [];
  const roots = m.globals.filter((g) => g.ty === "str" || g.ty === "val").map((g) => g.name);
  if (roots.length > 0) {
    lines.push(
      "static const uint16_t rgc_roots[] = {",
      ...roots.map((r) => `  (uint16_t)offsetof(rg_globals_t, ${r}),`),
      "};",
    );
  }
  lines.push("static const rg_str_t *const rgc_keys[] = {");
  for (const k of m.keyStrings) lines.push(`  (const rg_str_t *)(const void *)&rgc_s${k}.length,`);
  lines.push("};");
  if (m.usesTimerDispatch) {
    lines.push(
      "static void rgc_timer_dispatch(uint32_t id) {",
      "  rg_rt_timer_fire(&rg_globals.cx, id);",
      "}",
    );
  }
  lines.push(
    "static const rg_rt_app_info_t rgc_info = {",
    m.shapes.length > 0 ? `  rgc_shapes, ${m.shapes.length}u,` : "  NULL, 0u,",
    `  rgc_keys, ${m.keyStrings.length}u,`,
    roots.length > 0 ? `  rgc_roots, ${roots.length}u,` : "  NULL, 0u,",
    m.usesTimerDispatch ? "  rgc_timer_dispatch," : "  NULL,",
    "};",
    "",
  );
  return lines;
}

/** The first statement of main: sets up the context and the heap. */
export function heapSetup(): string[] {
  return [
    "rg_rt_heap_setup(&rg_globals.cx, &rg_globals, rg_globals.heap, (uint32_t)sizeof rg_globals.heap, &rgc_info);",
  ];
}

/** C helpers the generated file defines for itself, by name (see lower/closures.ts). */
const helpers: Readonly<Record<string, readonly string[]>> = {
  box: [
    "/* A captured variable's box: one rg_val shared by a function and its closures. */",
    "static rg_val rgc_box_new(rg_ctx_t *cx, rg_val v) {",
    "  rg_val *b = (rg_val *)rg_alloc(cx, RG_TYPE_BOX, (uint32_t)sizeof(rg_val));",
    "  *b = v;",
    "  return rg_ptr(b);",
    "}",
  ],
  objects: [
    "/* The slot of property `key` in object o: slot `slot` when o has shape `type` (one compare), else",
    " * found by property id through o's shape. NULL when o's shape has no such property. */",
    "static inline rg_val *rgc_ref(rg_ctx_t *cx, rg_val o, uint32_t type, uint32_t slot, uint32_t key) {",
    "  rg_val *s = (rg_val *)rg_to_ptr(o);",
    "  uint32_t t = rg_type_of(o);",
    "  if (t == type) return &s[slot];",
    "  const rg_shape_t *sh = rg_shape_of_type(cx, t);",
    "  if (sh != NULL) {",
    "    for (uint32_t i = 0; i < sh->slot_count; i++) {",
    "      if (sh->slot_keys[i] == key) return &s[i];",
    "    }",
    "  }",
    "  return NULL;",
    "}",
    "static inline rg_val rgc_get(rg_ctx_t *cx, rg_val o, uint32_t type, uint32_t slot, uint32_t key) {",
    "  const rg_val *r = rgc_ref(cx, o, type, slot, key);",
    "  return r != NULL ? *r : RG_UNDEFINED;",
    "}",
    "/* Whether o has property `key` (an optional property its literal left out has none). */",
    "static inline bool rgc_has(rg_ctx_t *cx, rg_val o, uint32_t type, uint32_t slot, uint32_t key) {",
    "  return rgc_ref(cx, o, type, slot, key) != NULL;",
    "}",
    "/* Calls method `key` of o through an interface: a class instance's method (its shape's table), else",
    " * the function value in the property's slot (an object literal's function property). */",
    "static inline rg_val rgc_call_method(rg_ctx_t *cx, rg_val o, uint32_t type, uint32_t slot,",
    "                                     uint32_t key, uint32_t argc, const rg_val *argv) {",
    "  const rg_shape_t *sh = rg_shape_of_type(cx, rg_type_of(o));",
    "  if (sh != NULL) {",
    "    for (uint32_t i = 0; i < sh->method_count; i++) {",
    "      if (sh->method_keys[i] == key) return sh->methods[i](cx, o, argc, argv);",
    "    }",
    "  }",
    "  return rg_call(cx, rgc_get(cx, o, type, slot, key), argc, argv);",
    "}",
    "/* Adds property `key` to object literal o (an optional property it left out): o moves to the shape",
    " * of its keys plus key, when the app has one and o's allocation has a spare slot (lower/",
    " * optional-properties.ts); otherwise a TypeError says what to write instead of a silent no-op. */",
    "static void rgc_add(rg_ctx_t *cx, rg_val o, uint32_t key, rg_val v) {",
    "  const rg_shape_t *sh = rg_shape_of_type(cx, rg_type_of(o));",
    "  uint32_t n = sh == NULL ? 0u : sh->slot_count;",
    "  bool room = sh != NULL && sh->parent == NULL && sh->method_count == 0u &&",
    "              rg_alloc_capacity(rg_to_ptr(o)) >= (n + 1u) * (uint32_t)sizeof(rg_val);",
    "  for (uint32_t i = 0; room && i < cx->shape_count; i++) {",
    "    const rg_shape_t *c = cx->shapes[i];",
    "    if (c->slot_count != n + 1u || c->parent != NULL || c->method_count != 0u) continue;",
    "    if (c->slot_keys[n] != key || strcmp(c->name, sh->name) != 0) continue;",
    "    uint32_t k = 0;",
    "    while (k < n && c->slot_keys[k] == sh->slot_keys[k]) k++;",
    "    if (k < n) continue;",
    "    uint32_t *header = (uint32_t *)rg_to_ptr(o) - 1;",
    "    *header = (*header & ~(0x7FFu << 1)) | ((uint32_t)(RG_TYPE_FIRST_APP + i) << 1);",
    "    ((rg_val *)rg_to_ptr(o))[n] = v;",
    "    return;",
    "  }",
    "  rg_throw_error(cx, RG_ERROR_TYPE,",
    '                 "Cannot add an optional property to an object literal written without its type: "',
    '                 "declare the type where the literal is written (const c: Config = { ... })");',
    "}",
    "static inline rg_val rgc_set(rg_ctx_t *cx, rg_val o, uint32_t type, uint32_t slot, uint32_t key, rg_val v) {",
    "  rg_val *r = rgc_ref(cx, o, type, slot, key);",
    "  if (r != NULL) *r = v;",
    "  else rgc_add(cx, o, key, v);",
    "  return v;",
    "}",
  ],
  closure: [
    "/* A closure holding the boxes it captures (its environment, an RG_TYPE_VALS object). */",
    "static rg_val rgc_closure_new(rg_ctx_t *cx, rg_code_t code, uint32_t arity, rg_val this_val,",
    "                              uint32_t n, const rg_val *boxes) {",
    "  rg_val *env = (rg_val *)rg_alloc(cx, RG_TYPE_VALS, n * (uint32_t)sizeof(rg_val));",
    "  for (uint32_t i = 0; i < n; i++) env[i] = boxes[i];",
    "  /* Kept in memory while the closure itself is allocated: the stack scan finds it there. */",
    "  volatile rg_val keep = rg_ptr(env);",
    "  rg_closure_t *c = (rg_closure_t *)rg_alloc(cx, RG_TYPE_CLOSURE, (uint32_t)sizeof(rg_closure_t));",
    "  c->env = keep;",
    "  c->this_val = this_val;",
    "  c->code = code;",
    "  c->arity = arity;",
    "  return rg_ptr(c);",
    "}",
  ],
  spread: [
    "/* `...src` into the new array dst: an array's items, or what iterating src gives (Array.from). */",
    "static inline void rgc_spread(rg_ctx_t *cx, rg_val dst, rg_val src) {",
    "  rg_val items = rg_type_of(src) == RG_TYPE_ARRAY ? src : rg_array_from(cx, src, RG_UNDEFINED);",
    "  uint32_t n = rg_arr_count(items);",
    "  for (uint32_t i = 0; i < n; i++) (void)rg_arr_push1(cx, dst, rg_arr_item(items, i));",
    "}",
    "/* The items of an array as a call's argv (NULL when empty: its store may not exist yet). */",
    "static inline const rg_val *rgc_items(rg_val a) {",
    "  const rg_array_t *arr = (const rg_array_t *)rg_to_ptr(a);",
    "  return arr->length > 0u ? (const rg_val *)rg_to_ptr(arr->items) : NULL;",
    "}",
  ],
};

export function helperDefinitions(names: readonly string[]): string[] {
  const lines: string[] = [];
  for (const n of names) lines.push(...(helpers[n] ?? []), "");
  return lines;
}

/** The app's shapes (rg_shape_t) and the table of them by type id - RG_TYPE_FIRST_APP. */
export function shapeTable(m: Module): string[] {
  const lines: string[] = [];
  m.shapes.forEach((shape, i) => {
    const keys = shape.slotKeys.length > 0 ? `rgc_slot_keys_${i}` : "NULL";
    if (shape.slotKeys.length > 0)
      lines.push(
        `static const uint16_t rgc_slot_keys_${i}[] = {${shape.slotKeys.map((k) => `${k}u`).join(", ")}};`,
      );
    const methods = shape.methods.length > 0;
    if (methods) {
      lines.push(
        `static const uint16_t rgc_method_keys_${i}[] = {${shape.methods.map((mt) => `${mt.key}u`).join(", ")}};`,
      );
      lines.push(
        `static const rg_code_t rgc_methods_${i}[] = {${shape.methods.map((mt) => mt.fn).join(", ")}};`,
      );
    }
    const parent = shape.parent === undefined ? "NULL" : `&${shape.parent}`;
    lines.push(
      `static const rg_shape_t ${shape.cName} = {${JSON.stringify(shape.name)}, ${parent}, ${shape.slotKeys.length}u, ${shape.methods.length}u, ${keys},`,
      methods ? `  rgc_method_keys_${i}, rgc_methods_${i}, 0u};` : "  NULL, NULL, 0u};",
    );
  });
  if (m.shapes.length > 0) {
    lines.push(
      `static const rg_shape_t *const rgc_shapes[] = {${m.shapes.map((s) => `&${s.cName}`).join(", ")}};`,
    );
  }
  return lines;
}
