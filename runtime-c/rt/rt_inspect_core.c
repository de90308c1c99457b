/* rt_inspect_core.c: console.log's view of a value, as Node's util.inspect lays it out.
 *
 * Node formats a value bottom-up: each nested value becomes a string (an "entry"), then the entries of
 * an object are joined on one line when they fit (isBelowBreakLength: 80 columns counting the
 * indentation, braces and separators, and at most 3 nested levels on one line) or one per line;
 * arrays of more than 6 entries are first grouped into aligned columns (groupArrayElements). This
 * file follows the same algorithm with the same numbers, so the output matches byte for byte for the
 * values compiled code has (numbers, strings, booleans, null, undefined, arrays, typed arrays, Map,
 * Set, object literals and class instances, functions, errors, promises, circular references).
 *
 * The text is built as UTF-8 in a scratch buffer on the app's heap, entries being (start, length)
 * pairs on a second scratch stack; joining an object's entries writes the joined text after them and
 * moves it down over them. Lengths are counted as Node counts them: UTF-16 units for the line-fit test,
 * code points for column widths (Node's getStringWidth also gives East Asian wide characters width 2
 * and combining marks 0: not done here, see /work/briefs/collections-subset.md).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rg_math.h"
#include "rg_str.h"
#include "rt_coll_internal.h"

#define BREAK_LENGTH 80u    /* util.inspect's breakLength */
#define DEPTH 2u            /* util.inspect's depth */
#define COMPACT 3u          /* util.inspect's compact */
#define MAX_ITEMS 100u      /* util.inspect's maxArrayLength */
#define MAX_STRING 10000u   /* util.inspect's maxStringLength (UTF-16 units) */
#define MIN_LINE_SPLIT 16u  /* kMinLineLength: shorter strings are never split at newlines */
#define MAX_SEEN 8u         /* objects being formatted at once: depth 2 allows 4, plus margin */

typedef struct {
  rg_ctx_t *cx;
  rg_rt_line_t *line; /* where the outermost object's text goes */
  uint8_t *buf;       /* scratch text (heap bytes) */
  uint32_t len, cap;
  uint32_t *ents; /* entry stack: start, length pairs (heap bytes) */
  uint32_t nents, ents_cap;
  uint32_t indent;        /* ctx.indentationLvl */
  uint32_t current_depth; /* ctx.currentDepth: set when an object's children are formatted */
  rg_val seen[MAX_SEEN];  /* objects being formatted (circular detection) */
  uint32_t nseen;
  rg_val circular[MAX_SEEN]; /* objects found to be circular, numbered from 1 in order */
  uint32_t ncircular;
} insp_t;

/* --- scratch buffers ------------------------------------------------------------------------------- */

static void *grow(rg_ctx_t *cx, void *old, uint32_t used, uint32_t *cap, uint32_t need, uint32_t unit) {
  if (need <= *cap) return old;
  uint32_t n = *cap * 2u;
  if (n < 64u) n = 64u;
  if (n < need) n = need;
  void *fresh = rg_alloc(cx, RG_TYPE_BYTES, n * unit);
  if (used > 0u) memcpy(fresh, old, (size_t)used * unit);
  *cap = n;
  return fresh;
}

static void put(insp_t *in, const void *text, uint32_t n) {
  in->buf = (uint8_t *)grow(in->cx, in->buf, in->len, &in->cap, in->len + n, 1u);
  memcpy(in->buf + in->len, text, n);
  in->len += n;
}
static void put_c(insp_t *in, const char *s) { put(in, s, (uint32_t)strlen(s)); }
static void put_byte(insp_t *in, uint8_t b) { put(in, &b, 1u); }
static void put_spaces(insp_t *in, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    put_byte(in, ' ');
  }
}
static void put_u32(insp_t *in, uint32_t v) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t n = rg_rt_number_to_string((double)v, text);
  put(in, text, n);
}
/* Copies bytes already in the buffer (the source may move when the buffer grows: use offsets). */
static void put_copy(insp_t *in, uint32_t start, uint32_t n) {
  in->buf = (uint8_t *)grow(in->cx, in->buf, in->len, &in->cap, in->len + n, 1u);
  memmove(in->buf + in->len, in->buf + start, n);
  in->len += n;
}

static void push_entry(insp_t *in, uint32_t start) {
  in->ents = (uint32_t *)grow(in->cx, in->ents, 2u * in->nents, &in->ents_cap, 2u * in->nents + 2u, 4u);
  in->ents[2u * in->nents] = start;
  in->ents[2u * in->nents + 1u] = in->len - start;
  in->nents++;
}
static uint32_t ent_start(const insp_t *in, uint32_t e) { return in->ents[2u * e]; }
static uint32_t ent_len(const insp_t *in, uint32_t e) { return in->ents[2u * e + 1u]; }

/* UTF-16 length and code point count of UTF-8 text. */
static uint32_t utf16_length(const uint8_t *s, uint32_t n) {
  uint32_t units = 0;
  for (uint32_t i = 0; i < n; i++) {
    if ((s[i] & 0xC0u) != 0x80u) units += s[i] >= 0xF0u ? 2u : 1u;
  }
  return units;
}
/* Columns a code point takes, as Node's getStringWidth (ICU) counts them, for the common ranges:
 * controls, nonspacing and enclosing marks and format characters 0; East Asian wide and fullwidth
 * characters and emoji 2; everything else 1. Rarer wide or zero-width code points count 1. */
static uint32_t columns_of(uint32_t cp) {
  static const uint32_t zero[][2] = {
      {0x0000, 0x001F}, {0x007F, 0x009F}, {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD},
      {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x1AB0, 0x1AFF},
      {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF},
      {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0x1F3FB, 0x1F3FF}, {0xE0000, 0xE01EF}};
  static const uint32_t wide[][2] = {
      {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
      {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
      {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
      {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
      {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
      {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
      {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
      {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
      {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
      {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004},
      {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F320},
      {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
      {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
      {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
      {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
      {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F93A},
      {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x3FFFD}};
  if (cp >= 0x20u && cp < 0x7Fu) return 1u;
  for (uint32_t i = 0; i < sizeof zero / sizeof zero[0]; i++) {
    if (cp >= zero[i][0] && cp <= zero[i][1]) return 0u;
  }
  for (uint32_t i = 0; i < sizeof wide / sizeof wide[0]; i++) {
    if (cp >= wide[i][0] && cp <= wide[i][1]) return 2u;
  }
  return 1u;
}

/* Display width of UTF-8 text (groupArrayElements' getStringWidth). */
static uint32_t width_of(const uint8_t *s, uint32_t n) {
  uint32_t w = 0;
  for (uint32_t i = 0; i < n;) {
    uint32_t cp = s[i], extra = cp >= 0xF0u ? 3u : cp >= 0xE0u ? 2u : cp >= 0xC0u ? 1u : 0u;
    if (extra > 0u) cp &= 0x3Fu >> extra;
    for (uint32_t k = 1; k <= extra && i + k < n; k++) {
      cp = (cp << 6) | (s[i + k] & 0x3Fu);
    }
    i += 1u + extra;
    w += columns_of(cp);
  }
  return w;
}
static bool contains_newline(const uint8_t *s, uint32_t n) { return memchr(s, '\n', n) != (void *)0; }

/* --- strings -------------------------------------------------------------------------------------- */

/* Appends code point cp as UTF-8. */
static void put_utf8(insp_t *in, uint32_t cp) {
  uint8_t b[4];
  uint32_t n;
  if (cp < 0x80u) {
    b[0] = (uint8_t)cp;
    n = 1;
  } else if (cp < 0x800u) {
    b[0] = (uint8_t)(0xC0u | (cp >> 6));
    b[1] = (uint8_t)(0x80u | (cp & 0x3Fu));
    n = 2;
  } else if (cp < 0x10000u) {
    b[0] = (uint8_t)(0xE0u | (cp >> 12));
    b[1] = (uint8_t)(0x80u | ((cp >> 6) & 0x3Fu));
    b[2] = (uint8_t)(0x80u | (cp & 0x3Fu));
    n = 3;
  } else {
    b[0] = (uint8_t)(0xF0u | (cp >> 18));
    b[1] = (uint8_t)(0x80u | ((cp >> 12) & 0x3Fu));
    b[2] = (uint8_t)(0x80u | ((cp >> 6) & 0x3Fu));
    b[3] = (uint8_t)(0x80u | (cp & 0x3Fu));
    n = 4;
  }
  put(in, b, n);
}

static bool has_unit(const uint16_t *u, uint32_t n, uint16_t c) {
  for (uint32_t i = 0; i < n; i++) {
    if (u[i] == c) return true;
  }
  return false;
}

static const char hex_upper[] = "0123456789ABCDEF";
static const char hex_lower[] = "0123456789abcdef";

/* Node's strEscape: the quote is ' unless the text has one, then " if it has none, then ` if the text
 * has neither ` nor "${"; the chosen quote (only when it is ') and \ and control characters are
 * escaped, lone surrogates become \uXXXX (lower-case), everything else is written as it is. */
static void put_quoted_units(insp_t *in, const uint16_t *u, uint32_t n) {
  uint16_t quote = '\'';
  if (has_unit(u, n, '\'')) {
    bool dollar_brace = false;
    for (uint32_t i = 0; i + 1u < n; i++) {
      if (u[i] == '$' && u[i + 1u] == '{') dollar_brace = true;
    }
    if (!has_unit(u, n, '"')) {
      quote = '"';
    } else if (!has_unit(u, n, '`') && !dollar_brace) {
      quote = '`';
    }
  }
  put_byte(in, (uint8_t)quote);
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = u[i];
    if (c == quote && quote == '\'') {
      put_c(in, "\\'");
    } else if (c == '\\') {
      put_c(in, "\\\\");
    } else if (c < 0x20u || (c >= 0x7Fu && c <= 0x9Fu)) {
      switch (c) {
        case '\b': put_c(in, "\\b"); break;
        case '\t': put_c(in, "\\t"); break;
        case '\n': put_c(in, "\\n"); break;
        case '\f': put_c(in, "\\f"); break;
        case '\r': put_c(in, "\\r"); break;
        default: {
          char e[5] = {'\\', 'x', hex_upper[c >> 4], hex_upper[c & 15u], '\0'};
          put_c(in, e);
          break;
        }
      }
    } else if (c >= 0xD800u && c <= 0xDFFFu) {
      if (c <= 0xDBFFu && i + 1u < n && u[i + 1u] >= 0xDC00u && u[i + 1u] <= 0xDFFFu) {
        put_utf8(in, 0x10000u + (((uint32_t)c - 0xD800u) << 10) + (u[i + 1u] - 0xDC00u));
        i++;
      } else {
        char e[7] = {'\\', 'u', hex_lower[c >> 12], hex_lower[(c >> 8) & 15u],
                     hex_lower[(c >> 4) & 15u], hex_lower[c & 15u], '\0'};
        put_c(in, e);
      }
    } else {
      put_utf8(in, c);
    }
  }
  put_byte(in, (uint8_t)quote);
}

/* A nested string: quoted; a long one with newlines is split after each newline into quoted pieces
 * joined by " +\n" and the indentation (formatPrimitive). */
static void put_string(insp_t *in, const rg_str_t *s) {
  /* maxStringLength: longer strings show their first MAX_STRING units and how many were left out. */
  uint32_t n = s->length < MAX_STRING ? s->length : MAX_STRING;
  if (n > MIN_LINE_SPLIT && (int64_t)n > (int64_t)BREAK_LENGTH - in->indent - 4) {
    uint32_t from = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (s->units[i] != '\n' || i + 1u == n) continue;
      put_quoted_units(in, s->units + from, i + 1u - from);
      put_c(in, " +\n");
      put_spaces(in, in->indent + 2u);
      from = i + 1u;
    }
    put_quoted_units(in, s->units + from, n - from);
  } else {
    put_quoted_units(in, s->units, n);
  }
  if (s->length > n) {
    put_c(in, "... ");
    put_u32(in, s->length - n);
    put_c(in, s->length - n > 1u ? " more characters" : " more character");
  }
}

/* A top-level string as console.log prints it: UTF-8, lone surrogates as U+FFFD. */
/* A property name: bare when it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/, else quoted like a string. */
static void put_key(insp_t *in, const rg_str_t *k) {
  bool bare = k->length > 0u;
  for (uint32_t i = 0; i < k->length && bare; i++) {
    uint16_t c = k->units[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    bare = letter || (i > 0u && c >= '0' && c <= '9');
  }
  if (!bare) {
    put_quoted_units(in, k->units, k->length);
    return;
  }
  for (uint32_t i = 0; i < k->length; i++) {
    put_byte(in, (uint8_t)k->units[i]);
  }
}

/* --- layout (reduceToSingleString, groupArrayElements) --------------------------------------------- */

/* Entries [e0, nents) of one object become grouped rows, pushed as new entries; returns the index of
 * the first row, or e0 when no grouping applies. numbers: every item is a number (padStart). */
/* noinline (as reduce): keeps their locals out of the recursive format_value frame. */
__attribute__((noinline)) static uint32_t group(insp_t *in, uint32_t e0, bool more_items, bool numbers) {
  uint32_t total_entries = in->nents - e0;
  uint32_t count = total_entries - (more_items ? 1u : 0u);
  uint32_t total = 0, max_len = 0;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t w = width_of(in->buf + ent_start(in, e0 + i), ent_len(in, e0 + i));
    total += w + 2u;
    if (w > max_len) max_len = w;
  }
  uint32_t actual_max = max_len + 2u;
  if (!(actual_max * 3u + in->indent < BREAK_LENGTH &&
        ((double)total / (double)actual_max > 5.0 || max_len <= 6u))) {
    return e0;
  }
  double average_bias = rg_math_sqrt((double)actual_max - (double)total / (double)total_entries);
  double biased_max = (double)actual_max - 3.0 - average_bias;
  if (biased_max < 1.0) biased_max = 1.0;
  double columns_d = rg_math_round(rg_math_sqrt(2.5 * biased_max * (double)count) / biased_max);
  double limit = (double)((BREAK_LENGTH - in->indent) / actual_max);
  if (limit < columns_d) columns_d = limit;
  if ((double)(COMPACT * 4u) < columns_d) columns_d = (double)(COMPACT * 4u);
  if (15.0 < columns_d) columns_d = 15.0;
  if (columns_d <= 1.0) return e0;
  uint32_t columns = (uint32_t)columns_d;
  uint32_t max_width[15];
  for (uint32_t c = 0; c < columns; c++) {
    max_width[c] = 0;
    for (uint32_t j = c; j < count; j += columns) {
      uint32_t w = width_of(in->buf + ent_start(in, e0 + j), ent_len(in, e0 + j));
      if (w > max_width[c]) max_width[c] = w;
    }
  }
  uint32_t first_row = in->nents;
  for (uint32_t i = 0; i < count; i += columns) {
    uint32_t end = i + columns < count ? i + columns : count;
    uint32_t row_start = in->len;
    for (uint32_t j = i; j < end; j++) {
      uint32_t e = e0 + j;
      uint32_t pad = max_width[j - i] - width_of(in->buf + ent_start(in, e), ent_len(in, e));
      if (numbers) put_spaces(in, pad);
      put_copy(in, ent_start(in, e), ent_len(in, e));
      if (j + 1u < end) {
        put_c(in, ", ");
        if (!numbers) put_spaces(in, pad);
      }
    }
    push_entry(in, row_start);
  }
  if (more_items) {
    uint32_t row_start = in->len;
    put_copy(in, ent_start(in, e0 + count), ent_len(in, e0 + count));
    push_entry(in, row_start);
  }
  return first_row;
}

/* The opening brace of an object and what precedes it: `{`, `[`, `Name {`, `Name(size) {` or
 * `Name(size) [` (kept as parts, not text, to keep the recursive frames small). */
typedef struct {
  const char *name; /* NULL for a plain brace */
  uint32_t size;
  bool sized;  /* show (size) after the name */
  bool square; /* [ ] instead of { } */
} braces_t;

static void put_brace0(insp_t *in, const braces_t *b) {
  if (b->name != (const char *)0) {
    put_c(in, b->name);
    if (b->sized) {
      put_byte(in, '(');
      put_u32(in, b->size);
      put_byte(in, ')');
    }
    put_byte(in, ' ');
  }
  put_byte(in, b->square ? '[' : '{');
}

/* An empty value's whole text: the opening brace and the closing one. */
static void put_empty(insp_t *in, const braces_t *b) {
  put_brace0(in, b);
  put_byte(in, b->square ? ']' : '}');
}

/* Joins the entries [e0, nents) of the object whose text starts at `start` and replaces everything from
 * `start` with the result (reduceToSingleString). ref: the object's circular reference number (shown as
 * `<ref *n>` before it), 0 for none. is_array enables grouping; numbers selects right alignment. */
__attribute__((noinline)) static void reduce(insp_t *in, uint32_t start, uint32_t e0, uint32_t ref, const braces_t *b, bool is_array,
                   bool more_items, bool numbers, uint32_t recurse_times) {
  uint32_t entries = in->nents - e0;
  uint32_t first = e0;
  if (is_array && entries > 6u) first = group(in, e0, more_items, numbers);
  uint32_t out_count = in->nents - first;
  /* Measure the brace and the reference by writing them and taking them back. */
  uint32_t mark = in->len;
  put_brace0(in, b);
  uint32_t brace0_len = utf16_length(in->buf + mark, in->len - mark);
  in->len = mark;
  uint32_t base_len = 0;
  if (ref > 0u) {
    put_c(in, "<ref *");
    put_u32(in, ref);
    put_byte(in, '>');
    base_len = in->len - mark;
    in->len = mark;
  }
  uint32_t result = in->len;
  bool single = false;
  if (in->current_depth - recurse_times < COMPACT && first == e0) {
    uint32_t start_len = out_count + in->indent + brace0_len + base_len + 10u;
    uint32_t total = out_count + start_len;
    bool fits = total + out_count <= BREAK_LENGTH;
    bool newline = false;
    for (uint32_t i = first; i < in->nents && fits; i++) {
      total += utf16_length(in->buf + ent_start(in, i), ent_len(in, i));
      if (total > BREAK_LENGTH) fits = false;
      if (contains_newline(in->buf + ent_start(in, i), ent_len(in, i))) newline = true;
    }
    single = fits && !newline;
  }
  /* The outermost object goes straight to the console line instead of being composed in the scratch
   * buffer first: that halves the memory a long output needs. */
  bool direct = in->line != (rg_rt_line_t *)0 && recurse_times == 1u;
  if (ref > 0u) {
    put_c(in, "<ref *");
    put_u32(in, ref);
    put_c(in, "> ");
  }
  put_brace0(in, b);
  for (uint32_t i = first; i < in->nents; i++) {
    if (single) {
      put_c(in, i == first ? " " : ", ");
    } else {
      if (i > first) put_byte(in, ',');
      put_byte(in, '\n');
      put_spaces(in, in->indent + 2u);
    }
    if (direct) {
      /* Send what is composed so far, then the entry from where it already is. */
      rg_rt_line_text(in->line, (const char *)in->buf + result, in->len - result);
      in->len = result;
      rg_rt_line_text(in->line, (const char *)in->buf + ent_start(in, i), ent_len(in, i));
    } else {
      put_copy(in, ent_start(in, i), ent_len(in, i));
    }
  }
  if (single) {
    put_byte(in, ' ');
  } else {
    put_byte(in, '\n');
    put_spaces(in, in->indent);
  }
  put_byte(in, b->square ? ']' : '}');
  if (direct) {
    rg_rt_line_text(in->line, (const char *)in->buf + result, in->len - result);
    in->len = start; /* everything is sent: nothing of this object stays in the buffer */
  } else {
    uint32_t n = in->len - result;
    memmove(in->buf + start, in->buf + result, n);
    in->len = start + n;
  }
  in->nents = e0;
}

/* --- values ---------------------------------------------------------------------------------------- */

static void format_value(insp_t *in, rg_val v, uint32_t recurse_times);

static void put_number(insp_t *in, double d) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t n = rg_rt_number_inspect(d, text);
  put(in, text, n);
}

/* formatValue with the indentation raised by `extra` (formatProperty, formatMap, formatSet). */
static void format_nested(insp_t *in, rg_val v, uint32_t recurse_times, uint32_t extra) {
  in->indent += extra;
  format_value(in, v, recurse_times);
  in->indent -= extra;
}

static void put_error(insp_t *in, rg_val v) {
  /* Node prints an error's stack, which compiled code does not have; its first line is this. */
  const rg_val *slots = (const rg_val *)rg_to_ptr(v);
  if (rg_coll_is(slots[1], RG_TYPE_STRING)) {
    const rg_str_t *name = rg_coll_str(slots[1]);
    for (uint32_t i = 0; i < name->length; i++) {
      put_utf8(in, name->units[i]);
    }
  } else {
    put_c(in, "Error");
  }
  if (rg_coll_is(slots[0], RG_TYPE_STRING) && rg_coll_str(slots[0])->length > 0u) {
    const rg_str_t *m = rg_coll_str(slots[0]);
    put_c(in, ": ");
    for (uint32_t i = 0; i < m->length; i++) {
      put_utf8(in, m->units[i]);
    }
  }
}

static int32_t circular_index(const insp_t *in, rg_val v) {
  for (uint32_t i = 0; i < in->ncircular; i++) {
    if (in->circular[i] == v) return (int32_t)i + 1;
  }
  return 0;
}

static void format_raw(insp_t *in, rg_val v, uint32_t recurse_times) {
  uint32_t type = rg_type_of(v);
  braces_t b = {(const char *)0, 0u, false, false};
  bool is_array = false, numbers = true, more = false;
  const char *name = "Object"; /* shown as [name] when too deep */
  const rg_shape_t *shape = (const rg_shape_t *)0;

  /* Braces, the early answers for empty values, and the name shown when too deep. */
  switch (type) {
    case RG_TYPE_ARRAY:
      if (rg_coll_arr(v)->length == 0u) {
        put_c(in, "[]");
        return;
      }
      b.size = rg_coll_arr(v)->length;
      b.square = true;
      name = "Array";
      is_array = true;
      break;
    case RG_TYPE_TYPED:
      name = rg_coll_typed_name(rg_coll_typed(v)->kind);
      b = (braces_t){name, rg_coll_typed(v)->length, true, true};
      if (b.size == 0u) {
        put_empty(in, &b);
        return;
      }
      is_array = true;
      break;
    case RG_TYPE_MAP:
      name = rg_coll_map(v)->is_set != 0u ? "Set" : "Map";
      b = (braces_t){name, rg_coll_map(v)->size, true, false};
      if (b.size == 0u) {
        put_empty(in, &b);
        return;
      }
      break;
    case RG_TYPE_CLOSURE:
      put_c(in, "[Function (anonymous)]");
      return;
    case RG_TYPE_PROMISE:
      name = "Promise";
      b.name = name;
      break;
    default:
      if (rg_coll_is_error(in->cx, v)) {
        put_error(in, v);
        return;
      }
      shape = rg_coll_shape(in->cx, v);
      if (shape == (const rg_shape_t *)0) {
        put_c(in, "[internal]");
        return;
      }
      /* Object literals have the shape name "Object" and show a plain brace. */
      if (shape->name != (const char *)0 && strcmp(shape->name, "Object") != 0) name = b.name = shape->name;
      if (shape->slot_count == 0u) {
        put_empty(in, &b);
        return;
      }
      break;
  }
  if (recurse_times > DEPTH) {
    put_byte(in, '[');
    put_c(in, name);
    put_byte(in, ']');
    return;
  }
  recurse_times++;
  if (in->nseen < MAX_SEEN) in->seen[in->nseen++] = v;
  in->current_depth = recurse_times;

  uint32_t start = in->len, e0 = in->nents;
  uint32_t size = b.size;
  switch (type) {
    case RG_TYPE_ARRAY: {
      uint32_t n = size < MAX_ITEMS ? size : MAX_ITEMS;
      for (uint32_t i = 0; i < n && i < rg_coll_arr(v)->length; i++) {
        uint32_t at = in->len;
        rg_val item = rg_coll_items(rg_coll_arr(v))[i];
        if (!rg_is_num(item)) numbers = false;
        format_nested(in, item, recurse_times, 2u);
        push_entry(in, at);
      }
      if (size > MAX_ITEMS) {
        /* groupArrayElements looks at value[100] too when choosing the alignment. */
        if (!rg_is_num(rg_coll_items(rg_coll_arr(v))[MAX_ITEMS])) numbers = false;
        uint32_t at = in->len;
        put_c(in, "... ");
        put_u32(in, size - MAX_ITEMS);
        put_c(in, size - MAX_ITEMS > 1u ? " more items" : " more item");
        push_entry(in, at);
        more = true;
      }
      break;
    }
    case RG_TYPE_TYPED: {
      uint32_t n = size < MAX_ITEMS ? size : MAX_ITEMS;
      for (uint32_t i = 0; i < n; i++) {
        uint32_t at = in->len;
        put_number(in, rg_coll_typed_load(rg_coll_typed(v), i));
        push_entry(in, at);
      }
      if (size > MAX_ITEMS) {
        uint32_t at = in->len;
        put_c(in, "... ");
        put_u32(in, size - MAX_ITEMS);
        put_c(in, size - MAX_ITEMS > 1u ? " more items" : " more item");
        push_entry(in, at);
        more = true;
      }
      break;
    }
    case RG_TYPE_MAP: {
      bool is_set = rg_coll_map(v)->is_set != 0u;
      rg_map_iter_t it;
      rg_val key, value;
      uint32_t i = 0;
      rg_map_iter_init(&it, v);
      in->indent += 2u;
      while (i < MAX_ITEMS && rg_map_iter_next(&it, &key, &value)) {
        uint32_t at = in->len;
        format_value(in, key, recurse_times);
        if (!is_set) {
          put_c(in, " => ");
          format_value(in, value, recurse_times);
        }
        push_entry(in, at);
        i++;
      }
      in->indent -= 2u;
      if (size > MAX_ITEMS) {
        uint32_t at = in->len;
        put_c(in, "... ");
        put_u32(in, size - MAX_ITEMS);
        put_c(in, size - MAX_ITEMS > 1u ? " more items" : " more item");
        push_entry(in, at);
      }
      break;
    }
    case RG_TYPE_PROMISE: {
      const rg_val *p = (const rg_val *)rg_to_ptr(v);
      double state = rg_is_num(p[0]) ? rg_to_f64(p[0]) : 0.0;
      uint32_t at = in->len;
      if (state == 0.0) {
        put_c(in, "<pending>");
      } else {
        if (state == 2.0) put_c(in, "<rejected> ");
        format_nested(in, p[1], recurse_times, 2u);
      }
      push_entry(in, at);
      break;
    }
    default: {
      const rg_val *slots = (const rg_val *)rg_to_ptr(v);
      for (uint16_t i = 0; i < shape->slot_count; i++) {
        const rg_str_t *key = rg_coll_key(in->cx, shape->slot_keys[i]);
        uint32_t at = in->len;
        if (key != (const rg_str_t *)0) {
          put_key(in, key);
        } else {
          put_c(in, "?");
        }
        put_c(in, ": ");
        format_nested(in, slots[i], recurse_times, 2u);
        push_entry(in, at);
      }
      break;
    }
  }

  if (in->nseen > 0u && in->seen[in->nseen - 1u] == v) in->nseen--;
  reduce(in, start, e0, (uint32_t)circular_index(in, v), &b, is_array, more, numbers, recurse_times);
}

static void format_value(insp_t *in, rg_val v, uint32_t recurse_times) {
  if (rg_is_num(v)) {
    put_number(in, rg_to_f64(v));
    return;
  }
  if (!rg_is_ptr(v)) {
    put_c(in, v == RG_TRUE ? "true" : v == RG_FALSE ? "false" : v == RG_NULL ? "null" : "undefined");
    return;
  }
  if (rg_type_of(v) == RG_TYPE_STRING) {
    put_string(in, rg_coll_str(v));
    return;
  }
  for (uint32_t i = 0; i < in->nseen; i++) {
    if (in->seen[i] != v) continue;
    int32_t index = circular_index(in, v);
    if (index == 0 && in->ncircular < MAX_SEEN) {
      in->circular[in->ncircular++] = v;
      index = (int32_t)in->ncircular;
    }
    put_c(in, "[Circular *");
    put_u32(in, (uint32_t)index);
    put_byte(in, ']');
    return;
  }
  format_raw(in, v, recurse_times);
}

void rg_inspect_line(rg_ctx_t *cx, rg_rt_line_t *line, rg_val v) {
  if (rg_coll_is(v, RG_TYPE_STRING)) {
    rg_rt_line_str(line, v);
    return;
  }
  insp_t in;
  memset(&in, 0, sizeof in);
  in.cx = cx;
  in.line = line;
  format_value(&in, v, 0u);
  /* A primitive or an empty value is still in the buffer (an object has been sent already). */
  if (in.len > 0u) rg_rt_line_text(line, (const char *)in.buf, in.len);
}
