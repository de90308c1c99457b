/* rt_str_search.c: the String methods that search, cut, pad, repeat and replace.
 *
 * Each follows its ECMAScript algorithm step by step (argument clamping, empty-search rules), so edge
 * cases agree with Node: negative and fractional indexes, NaN positions, empty separators and patterns.
 * Results are built by measuring first and then filling one allocation.
 */
#include <stdint.h>

#include "rg_alloc.h"
#include "rg_str.h"
#include "rg_throw.h"
#include "rt_str_internal.h"

int64_t rg_str_find(const rg_str_t *hay, const rg_str_t *needle, uint32_t from) {
  uint32_t n = needle->length;
  if (from > hay->length || n > hay->length - from) return -1;
  for (uint32_t i = from; i + n <= hay->length; i++) {
    uint32_t k = 0;
    while (k < n && hay->units[i + k] == needle->units[k]) k++;
    if (k == n) return i;
  }
  return -1;
}

static bool matches_at(const rg_str_t *hay, const rg_str_t *needle, uint32_t at) {
  if (at > hay->length || needle->length > hay->length - at) return false;
  for (uint32_t k = 0; k < needle->length; k++) {
    if (hay->units[at + k] != needle->units[k]) return false;
  }
  return true;
}

double rg_str_index_of(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position) {
  (void)cx;
  const rg_str_t *s = rg_str_of(self);
  uint32_t start = rg_str_clamp(rg_str_arg_integer(position, 0), 0, s->length);
  return (double)rg_str_find(s, rg_str_of(search), start);
}

double rg_str_last_index_of(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position) {
  (void)cx;
  const rg_str_t *s = rg_str_of(self), *needle = rg_str_of(search);
  /* An undefined or NaN position means "from the end". */
  double pos = rg_is_undefined(position) || rg_to_f64(position) != rg_to_f64(position)
                   ? (double)s->length
                   : rg_str_to_integer(rg_to_f64(position));
  uint32_t start = rg_str_clamp(pos, 0, s->length);
  if (needle->length > s->length) return -1;
  if (start > s->length - needle->length) start = s->length - needle->length;
  for (uint32_t i = start + 1; i-- > 0;) {
    if (matches_at(s, needle, i)) return (double)i;
  }
  return -1;
}

bool rg_str_includes(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position) {
  return rg_str_index_of(cx, self, search, position) >= 0;
}

bool rg_str_starts_with(rg_ctx_t *cx, rg_val self, rg_val search, rg_val position) {
  (void)cx;
  const rg_str_t *s = rg_str_of(self);
  uint32_t start = rg_str_clamp(rg_str_arg_integer(position, 0), 0, s->length);
  return matches_at(s, rg_str_of(search), start);
}

bool rg_str_ends_with(rg_ctx_t *cx, rg_val self, rg_val search, rg_val end_position) {
  (void)cx;
  const rg_str_t *s = rg_str_of(self), *needle = rg_str_of(search);
  uint32_t end = rg_str_clamp(rg_str_arg_integer(end_position, (double)s->length), 0, s->length);
  if (needle->length > end) return false;
  return matches_at(s, needle, end - needle->length);
}

/* A relative index as slice and substr take it: negative counts from the end, clamped to [0, len]. */
static uint32_t relative(double v, uint32_t len) {
  if (v < 0) {
    v += (double)len;
    return v <= 0 ? 0 : (uint32_t)v;
  }
  return v >= (double)len ? len : (uint32_t)v;
}

rg_val rg_str_slice(rg_ctx_t *cx, rg_val self, rg_val start, rg_val end) {
  uint32_t len = rg_str_of(self)->length;
  uint32_t from = relative(rg_str_arg_integer(start, 0), len);
  uint32_t to = relative(rg_str_arg_integer(end, (double)len), len);
  return rg_str_sub(cx, self, from, to > from ? to - from : 0);
}

rg_val rg_str_substring(rg_ctx_t *cx, rg_val self, double start, rg_val end) {
  uint32_t len = rg_str_of(self)->length;
  uint32_t a = rg_str_clamp(rg_str_to_integer(start), 0, len);
  uint32_t b = rg_str_clamp(rg_str_arg_integer(end, (double)len), 0, len);
  return a < b ? rg_str_sub(cx, self, a, b - a) : rg_str_sub(cx, self, b, a - b);
}

rg_val rg_str_substr(rg_ctx_t *cx, rg_val self, double from, rg_val length) {
  uint32_t len = rg_str_of(self)->length;
  uint32_t start = relative(rg_str_to_integer(from), len);
  uint32_t count = rg_str_clamp(rg_str_arg_integer(length, (double)len), 0, len);
  uint32_t end = count > len - start ? len : start + count;
  return rg_str_sub(cx, self, start, end - start);
}

/* --- split ---------------------------------------------------------------------------------------- */

/* A new string[] of n undefined items; *items receives its store to fill. */
static rg_val new_array(rg_ctx_t *cx, uint32_t n, rg_val **items) {
  rg_array_t *arr = (rg_array_t *)rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
  arr->items = RG_UNDEFINED;
  *items = NULL;
  if (n > 0) {
    rg_val *store = (rg_val *)rg_alloc(cx, RG_TYPE_VALS, 8u * n);
    for (uint32_t i = 0; i < n; i++) store[i] = RG_UNDEFINED;
    arr->items = rg_ptr(store);
    *items = store;
  }
  arr->length = n;
  arr->capacity = n;
  return rg_ptr(arr);
}

rg_val rg_str_split(rg_ctx_t *cx, rg_val self, rg_val separator, rg_val limit) {
  uint32_t lim = rg_is_undefined(limit) ? 0xFFFFFFFFu : rg_rt_to_uint32(rg_to_f64(limit));
  rg_val *items;
  if (lim == 0) return new_array(cx, 0, &items);
  if (rg_is_undefined(separator)) {
    rg_val arr = new_array(cx, 1, &items);
    items[0] = self;
    return arr;
  }
  const rg_str_t *s = rg_str_of(self), *sep = rg_str_of(separator);
  uint32_t len = s->length;
  if (sep->length == 0) {
    uint32_t n = len < lim ? len : lim;
    rg_val arr = new_array(cx, n, &items);
    for (uint32_t i = 0; i < n; i++) items[i] = rg_str_unit(cx, rg_str_of(self)->units[i]);
    return arr;
  }
  if (len == 0) {
    rg_val arr = new_array(cx, 1, &items);
    items[0] = self;
    return arr;
  }
  /* Count the pieces, then cut them. */
  uint32_t n = 1;
  for (int64_t at = rg_str_find(s, sep, 0); at >= 0 && n < lim;) {
    n++;
    at = rg_str_find(s, sep, (uint32_t)at + sep->length);
  }
  rg_val arr = new_array(cx, n, &items);
  uint32_t p = 0;
  for (uint32_t i = 0; i < n; i++) {
    /* Each piece ends at the next separator, or at the end: when the limit cut the list short, the
     * last piece still stops at its separator. */
    int64_t at = rg_str_find(rg_str_of(self), sep, p);
    uint32_t end = at >= 0 ? (uint32_t)at : len;
    items[i] = rg_str_sub(cx, self, p, end - p);
    sep = rg_str_of(separator);
    p = end + sep->length;
  }
  return arr;
}

/* --- trim ------------------------------------------------------------------------------------------ */

bool rg_str_is_space(uint16_t u) {
  if (u <= 0x20) return u == 0x20 || (u >= 0x09 && u <= 0x0D);
  if (u < 0xA0) return false;
  return u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 ||
         u == 0x202F || u == 0x205F || u == 0x3000 || u == 0xFEFF;
}

static rg_val trim(rg_ctx_t *cx, rg_val self, bool start, bool end) {
  const rg_str_t *s = rg_str_of(self);
  uint32_t from = 0, to = s->length;
  if (start) {
    while (from < to && rg_str_is_space(s->units[from])) from++;
  }
  if (end) {
    while (to > from && rg_str_is_space(s->units[to - 1])) to--;
  }
  return rg_str_sub(cx, self, from, to - from);
}

rg_val rg_str_trim(rg_ctx_t *cx, rg_val self) { return trim(cx, self, true, true); }
rg_val rg_str_trim_start(rg_ctx_t *cx, rg_val self) { return trim(cx, self, true, false); }
rg_val rg_str_trim_end(rg_ctx_t *cx, rg_val self) { return trim(cx, self, false, true); }

/* --- pad and repeat -------------------------------------------------------------------------------- */

static rg_val pad(rg_ctx_t *cx, rg_val self, double max_length, rg_val fill, bool at_start) {
  uint32_t len = rg_str_of(self)->length;
  double target = rg_str_to_integer(max_length);
  if (target <= (double)len) return self;
  static const uint16_t space = ' ';
  uint32_t fill_len = rg_is_undefined(fill) ? 1 : rg_str_of(fill)->length;
  if (fill_len == 0) return self;
  if (target > (double)RG_STR_MAX_LENGTH) rg_throw_error(cx, RG_ERROR_RANGE, "Invalid string length");
  uint32_t total = (uint32_t)target, extra = total - len;
  rg_str_t *out = rg_str_new(cx, total);
  const uint16_t *f = rg_is_undefined(fill) ? &space : rg_str_of(fill)->units;
  const rg_str_t *s = rg_str_of(self);
  uint32_t pad_at = at_start ? 0 : len, text_at = at_start ? extra : 0;
  for (uint32_t i = 0; i < extra; i++) out->units[pad_at + i] = f[i % fill_len];
  for (uint32_t i = 0; i < len; i++) out->units[text_at + i] = s->units[i];
  return rg_ptr(out);
}

rg_val rg_str_pad_start(rg_ctx_t *cx, rg_val self, double max_length, rg_val fill) {
  return pad(cx, self, max_length, fill, true);
}

rg_val rg_str_pad_end(rg_ctx_t *cx, rg_val self, double max_length, rg_val fill) {
  return pad(cx, self, max_length, fill, false);
}

rg_val rg_str_repeat(rg_ctx_t *cx, rg_val self, double count) {
  double n = rg_str_to_integer(count);
  if (n < 0 || n == RG_NUMBER_POSITIVE_INFINITY) rg_str_range_error_num(cx, "Invalid count value: ", count);
  uint32_t len = rg_str_of(self)->length;
  if (n == 0 || len == 0) return rg_str_empty();
  if (n * (double)len > (double)RG_STR_MAX_LENGTH) {
    rg_throw_error(cx, RG_ERROR_RANGE, "Invalid string length");
  }
  uint32_t times = (uint32_t)n;
  if (times == 1) return self;
  rg_str_t *out = rg_str_new(cx, times * len);
  const rg_str_t *s = rg_str_of(self);
  for (uint32_t t = 0, at = 0; t < times; t++) {
    for (uint32_t i = 0; i < len; i++) out->units[at++] = s->units[i];
  }
  return rg_ptr(out);
}

/* --- replace ---------------------------------------------------------------------------------------- */

/* Appends units to out (or only counts them when out->units is NULL). */
typedef struct {
  uint16_t *units;
  uint64_t at;
} builder_t;

static void put(builder_t *b, const uint16_t *units, uint32_t n) {
  if (b->units != NULL) {
    for (uint32_t i = 0; i < n; i++) b->units[b->at + i] = units[i];
  }
  b->at += n;
}

/* GetSubstitution for a string pattern (no captures): $$ $& $` $' expand, everything else is literal. */
static void substitute(builder_t *b, const rg_str_t *s, uint32_t position, uint32_t match_len,
                       const rg_str_t *replacement) {
  const uint16_t *r = replacement->units;
  uint32_t n = replacement->length;
  for (uint32_t i = 0; i < n; i++) {
    if (r[i] == '$' && i + 1 < n) {
      uint16_t c = r[i + 1];
      if (c == '$') {
        put(b, r + i, 1);
        i++;
        continue;
      }
      if (c == '&') {
        put(b, s->units + position, match_len);
        i++;
        continue;
      }
      if (c == '`') {
        put(b, s->units, position);
        i++;
        continue;
      }
      if (c == '\'') {
        uint32_t tail = position + match_len;
        put(b, s->units + tail, s->length - tail);
        i++;
        continue;
      }
    }
    put(b, r + i, 1);
  }
}

/* Builds the result of replacing at the first match (all = false) or every match; out NULL counts. */
static uint64_t replace_into(uint16_t *out, const rg_str_t *s, const rg_str_t *pattern,
                             const rg_str_t *replacement, bool all) {
  builder_t b = {out, 0};
  uint32_t step = pattern->length > 0 ? pattern->length : 1;
  uint32_t end_of_last = 0;
  for (int64_t at = rg_str_find(s, pattern, 0); at >= 0;) {
    uint32_t p = (uint32_t)at;
    put(&b, s->units + end_of_last, p - end_of_last);
    substitute(&b, s, p, pattern->length, replacement);
    end_of_last = p + pattern->length;
    if (!all) break;
    at = rg_str_find(s, pattern, p + step);
  }
  if (end_of_last < s->length) put(&b, s->units + end_of_last, s->length - end_of_last);
  return b.at;
}

static rg_val replace(rg_ctx_t *cx, rg_val self, rg_val pattern, rg_val replacement, bool all) {
  const rg_str_t *s = rg_str_of(self), *pat = rg_str_of(pattern), *rep = rg_str_of(replacement);
  if (rg_str_find(s, pat, 0) < 0) return self;
  uint64_t n = replace_into(NULL, s, pat, rep, all);
  if (n > RG_STR_MAX_LENGTH) rg_throw_error(cx, RG_ERROR_RANGE, "Invalid string length");
  if (n == 0) return rg_str_empty();
  rg_str_t *out = rg_str_new(cx, (uint32_t)n);
  replace_into(out->units, rg_str_of(self), rg_str_of(pattern), rg_str_of(replacement), all);
  if (n == 1 && out->units[0] < 128) return rg_str_unit(cx, out->units[0]);
  return rg_ptr(out);
}

rg_val rg_str_replace(rg_ctx_t *cx, rg_val self, rg_val pattern, rg_val replacement) {
  return replace(cx, self, pattern, replacement, false);
}

rg_val rg_str_replace_all(rg_ctx_t *cx, rg_val self, rg_val pattern, rg_val replacement) {
  return replace(cx, self, pattern, replacement, true);
}
