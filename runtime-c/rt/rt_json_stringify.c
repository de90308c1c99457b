/* rt_json_stringify.c: JSON.stringify(value, undefined, space) for plain data.
 *
 * Follows ECMAScript's SerializeJSONProperty with no replacer and no toJSON (the subset has neither
 * Date nor user toJSON): the text is produced in two identical passes (count, then write into a string
 * of exactly that length). Objects list their slots in shape order with the names from cx->keys;
 * Error objects hide their message and name slots (non-enumerable in JavaScript); Map and Set have no
 * own enumerable properties and give {}; typed arrays give {"0":...} as in JavaScript. Nesting deeper
 * than RG_JSON_MAX_DEPTH (12) throws RangeError "Maximum call stack size exceeded" (app stacks are
 * small; V8 throws the same error, only much deeper).
 */
#include <stdbool.h>
#include <stdint.h>

#include "rt_coll_internal.h"

/* Deepest nesting serialized. Each level costs about 100 bytes of the app's stack on Cortex-M3 (measured
 * with -fstack-usage), and app stacks are 2 KiB by default: 12 levels stay well inside. */
#define RG_JSON_MAX_DEPTH 12u

typedef struct {
  rg_ctx_t *cx;
  rg_coll_text_t text;
  uint16_t gap[10];
  uint32_t gap_len;
} json_t;

static const char hex_digits[] = "0123456789abcdef";

static void put_ascii(json_t *j, const char *s) {
  while (*s != '\0') {
    rg_coll_text_unit(&j->text, (uint8_t)*s++);
  }
}

/* QuoteJSONString, as V8 writes it (lower-case hex, lone surrogates escaped). */
static void put_quoted(json_t *j, const rg_str_t *s) {
  rg_coll_text_unit(&j->text, '"');
  for (uint32_t i = 0; i < s->length; i++) {
    uint16_t u = s->units[i];
    const char *esc = (const char *)0;
    switch (u) {
      case '"': esc = "\\\""; break;
      case '\\': esc = "\\\\"; break;
      case '\b': esc = "\\b"; break;
      case '\f': esc = "\\f"; break;
      case '\n': esc = "\\n"; break;
      case '\r': esc = "\\r"; break;
      case '\t': esc = "\\t"; break;
      default: break;
    }
    if (esc != (const char *)0) {
      put_ascii(j, esc);
      continue;
    }
    bool lone = false;
    if (u >= 0xD800u && u <= 0xDBFFu) {
      lone = !(i + 1u < s->length && s->units[i + 1u] >= 0xDC00u && s->units[i + 1u] <= 0xDFFFu);
      if (!lone) {
        rg_coll_text_unit(&j->text, u);
        rg_coll_text_unit(&j->text, s->units[++i]);
        continue;
      }
    } else if (u >= 0xDC00u && u <= 0xDFFFu) {
      lone = true;
    }
    if (u < 0x20u || lone) {
      char e[7] = {'\\', 'u', hex_digits[(u >> 12) & 15u], hex_digits[(u >> 8) & 15u],
                   hex_digits[(u >> 4) & 15u], hex_digits[u & 15u], '\0'};
      put_ascii(j, e);
    } else {
      rg_coll_text_unit(&j->text, u);
    }
  }
  rg_coll_text_unit(&j->text, '"');
}

static void newline(json_t *j, uint32_t depth) {
  if (j->gap_len == 0u) return;
  rg_coll_text_unit(&j->text, '\n');
  for (uint32_t d = 0; d < depth; d++) {
    for (uint32_t k = 0; k < j->gap_len; k++) {
      rg_coll_text_unit(&j->text, j->gap[k]);
    }
  }
}

/* Values JSON skips in objects and writes as null in arrays. */
static bool skipped(rg_val v) {
  return rg_is_undefined(v) || rg_coll_is(v, RG_TYPE_CLOSURE);
}

static void value(json_t *j, rg_val v, const rg_coll_chain_t *chain, uint32_t depth);

static void member(json_t *j, bool *first, const rg_str_t *key, rg_val v, const rg_coll_chain_t *chain,
                   uint32_t depth) {
  if (skipped(v)) return;
  if (!*first) rg_coll_text_unit(&j->text, ',');
  *first = false;
  newline(j, depth + 1u);
  put_quoted(j, key);
  rg_coll_text_unit(&j->text, ':');
  if (j->gap_len != 0u) rg_coll_text_unit(&j->text, ' ');
  value(j, v, chain, depth + 1u);
}

static void object(json_t *j, rg_val v, const rg_coll_chain_t *chain, uint32_t depth) {
  bool first = true;
  rg_coll_text_unit(&j->text, '{');
  uint32_t type = rg_type_of(v);
  if (type == RG_TYPE_TYPED) {
    const rg_typed_t *t = rg_coll_typed(v);
    for (uint32_t i = 0; i < t->length; i++) {
      if (i > 0u) rg_coll_text_unit(&j->text, ',');
      first = false;
      newline(j, depth + 1u);
      rg_coll_text_unit(&j->text, '"');
      rg_coll_text_number(&j->text, (double)i);
      put_ascii(j, j->gap_len != 0u ? "\": " : "\":");
      value(j, rg_num_raw(rg_coll_typed_load(t, i)), chain, depth + 1u);
    }
  } else if (type >= RG_TYPE_FIRST_APP) {
    const rg_shape_t *shape = rg_coll_shape(j->cx, v);
    if (shape != (const rg_shape_t *)0) {
      const rg_val *slots = (const rg_val *)rg_to_ptr(v);
      uint16_t from = rg_coll_is_error(j->cx, v) ? 2u : 0u;
      for (uint16_t i = from; i < shape->slot_count; i++) {
        const rg_str_t *key = rg_coll_key(j->cx, shape->slot_keys[i]);
        if (key != (const rg_str_t *)0) member(j, &first, key, slots[i], chain, depth);
      }
    }
  }
  if (!first) newline(j, depth);
  rg_coll_text_unit(&j->text, '}');
}

static void array(json_t *j, rg_val v, const rg_coll_chain_t *chain, uint32_t depth) {
  const rg_array_t *a = rg_coll_arr(v);
  rg_coll_text_unit(&j->text, '[');
  for (uint32_t i = 0; i < a->length; i++) {
    if (i > 0u) rg_coll_text_unit(&j->text, ',');
    newline(j, depth + 1u);
    rg_val item = rg_coll_items(a)[i];
    if (skipped(item)) {
      put_ascii(j, "null");
    } else {
      value(j, item, chain, depth + 1u);
    }
  }
  if (a->length > 0u) newline(j, depth);
  rg_coll_text_unit(&j->text, ']');
}

static void value(json_t *j, rg_val v, const rg_coll_chain_t *chain, uint32_t depth) {
  if (rg_is_num(v)) {
    double d = rg_to_f64(v);
    if (d - d == 0.0) {
      rg_coll_text_number(&j->text, d);
    } else {
      put_ascii(j, "null"); /* NaN and infinities */
    }
    return;
  }
  if (!rg_is_ptr(v)) {
    put_ascii(j, v == RG_TRUE ? "true" : v == RG_FALSE ? "false" : "null");
    return;
  }
  if (rg_type_of(v) == RG_TYPE_STRING) {
    put_quoted(j, rg_coll_str(v));
    return;
  }
  if (rg_coll_chain_has(chain, v)) rg_coll_throw(j->cx, RG_COLL_TYPE_ERROR, "Converting circular structure to JSON");
  if (depth >= RG_JSON_MAX_DEPTH) rg_coll_throw(j->cx, RG_COLL_RANGE_ERROR, "Maximum call stack size exceeded");
  rg_coll_chain_t here = {chain, v};
  if (rg_type_of(v) == RG_TYPE_ARRAY) {
    array(j, v, &here, depth);
  } else {
    object(j, v, &here, depth);
  }
}

rg_val rg_json_stringify(rg_ctx_t *cx, rg_val v, rg_val replacer, rg_val space) {
  (void)replacer; /* the declaration only admits undefined and null */
  json_t j = {cx, {(uint16_t *)0, 0u}, {0}, 0u};
  if (rg_is_num(space)) {
    double d = rg_to_f64(space);
    uint32_t n = d >= 10.0 ? 10u : d >= 1.0 ? (uint32_t)d : 0u;
    for (uint32_t i = 0; i < n; i++) {
      j.gap[i] = ' ';
    }
    j.gap_len = n;
  } else if (rg_coll_is(space, RG_TYPE_STRING)) {
    const rg_str_t *s = rg_coll_str(space);
    j.gap_len = s->length < 10u ? s->length : 10u;
    for (uint32_t i = 0; i < j.gap_len; i++) {
      j.gap[i] = s->units[i];
    }
  }
  if (skipped(v)) return RG_UNDEFINED;
  value(&j, v, (const rg_coll_chain_t *)0, 0u);
  uint16_t *units;
  rg_val out = rg_coll_str_new(cx, j.text.len, &units);
  j.text.units = units;
  j.text.len = 0;
  value(&j, v, (const rg_coll_chain_t *)0, 0u);
  return out;
}
