/* Json: parses a 700-character JSON document into a tree 20 times and weighs the tree.
 *
 * As an embedded parser would, it parses in place: strings point into the text, and nodes come from a
 * static pool that each parse resets; members of arrays and objects are linked through `next`. */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define MAX_NODES 128

static const char TEXT[] =
    "{\"name\": \"regen\", \"version\": 3, \"boards\": [{\"id\": \"mps2-an385\", \"cpu\": \"cortex-m3\", \"flash\": 4194304"
    ", \"ram\": 4194304, \"mpu\": true}, {\"id\": \"microbit\", \"cpu\": \"cortex-m0\", \"flash\": 262144, \"ram\": 16384"
    ", \"mpu\": false}, {\"id\": \"native\", \"cpu\": \"host\", \"flash\": 0, \"ram\": 0, \"mpu\": false}],\n \"apps\": [{\"n"
    "ame\": \"blink\", \"stack\": 2048, \"heap\": 0, \"restart\": {\"max\": 5, \"window\": 10000, \"backoff\": [100, 200"
    ", 400, 800, 1600]}}, {\"name\": \"counter\", \"stack\": 4096, \"heap\": 8192, \"restart\": {\"max\": 3, \"window\""
    ": 60000, \"backoff\": [1000, 2000]}}, {\"name\": \"sensor\", \"stack\": 4096, \"heap\": 16384, \"restart\": null"
    ", \"tags\": [\"i2c\", \"adc\", \"low-power\"]}],\n \"limits\": {\"apps\": 16, \"state\": 65536, \"frame\": -241}, \"em"
    "pty\": {}, \"none\": []}";

typedef enum { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_kind_t;

typedef struct json {
  json_kind_t kind;
  long number;               /* JSON_NUMBER; JSON_BOOL: 0 or 1 */
  const char *text;          /* JSON_STRING: the characters, in TEXT */
  int length;                /* JSON_STRING: their count */
  const char *key;           /* a member of an object: its key, in TEXT */
  int key_length;
  struct json *first;        /* JSON_ARRAY, JSON_OBJECT: the first item or member */
  struct json *next;         /* the next item or member of the enclosing array or object */
} json_t;

typedef struct {
  const char *text;
  int pos;
  int length;
  json_t nodes[MAX_NODES];
  int used;
} parser_t;

static parser_t s_parser;

_Noreturn static void fail(const parser_t *p, const char *what)
{
  (void)what;
  bench_fail("Json: parse error at", p->pos);
}

static json_t *new_node(parser_t *p, json_kind_t kind)
{
  if (p->used == MAX_NODES) fail(p, "too many values");
  json_t *node = &p->nodes[p->used++];
  memset(node, 0, sizeof *node);
  node->kind = kind;
  return node;
}

static int peek(const parser_t *p)
{
  return p->pos < p->length ? (unsigned char)p->text[p->pos] : -1;
}

static void skip_space(parser_t *p)
{
  while (peek(p) == ' ' || peek(p) == '\n') p->pos++;
}

static void expect(parser_t *p, int c)
{
  skip_space(p);
  if (peek(p) != c) fail(p, "unexpected character");
  p->pos++;
}

static void word(parser_t *p, const char *w)
{
  size_t n = strlen(w);
  if ((size_t)(p->length - p->pos) < n || memcmp(p->text + p->pos, w, n) != 0) fail(p, "expected a word");
  p->pos += (int)n;
}

/* The string at pos (after its opening quote is checked): start and length, in place. */
static const char *string(parser_t *p, int *length)
{
  expect(p, '"');
  int start = p->pos;
  for (;;) {
    int c = peek(p);
    if (c == '"') break;
    if (c == '\\' || c < 0) fail(p, "unsupported string");
    p->pos++;
  }
  *length = p->pos - start;
  p->pos++;
  return p->text + start;
}

static json_t *number(parser_t *p)
{
  bool negative = peek(p) == '-';
  if (negative) p->pos++;
  long value = 0;
  int digits = 0;
  for (int c = peek(p); c >= '0' && c <= '9'; c = peek(p)) {
    value = value * 10 + (c - '0');
    digits++;
    p->pos++;
  }
  if (digits == 0) fail(p, "expected a value");
  json_t *node = new_node(p, JSON_NUMBER);
  node->number = negative ? -value : value;
  return node;
}

static json_t *value(parser_t *p);

static json_t *array(parser_t *p)
{
  expect(p, '[');
  json_t *array_node = new_node(p, JSON_ARRAY);
  json_t **tail = &array_node->first;
  skip_space(p);
  if (peek(p) == ']') {
    p->pos++;
    return array_node;
  }
  for (;;) {
    *tail = value(p);
    tail = &(*tail)->next;
    skip_space(p);
    if (peek(p) == ']') {
      p->pos++;
      return array_node;
    }
    expect(p, ',');
  }
}

static json_t *object(parser_t *p)
{
  expect(p, '{');
  json_t *object_node = new_node(p, JSON_OBJECT);
  json_t **tail = &object_node->first;
  skip_space(p);
  if (peek(p) == '}') {
    p->pos++;
    return object_node;
  }
  for (;;) {
    int key_length;
    const char *key = string(p, &key_length);
    expect(p, ':');
    json_t *member = value(p);
    member->key = key;
    member->key_length = key_length;
    *tail = member;
    tail = &member->next;
    skip_space(p);
    if (peek(p) == '}') {
      p->pos++;
      return object_node;
    }
    expect(p, ',');
  }
}

static json_t *value(parser_t *p)
{
  skip_space(p);
  switch (peek(p)) {
  case '{':
    return object(p);
  case '[':
    return array(p);
  case '"': {
    json_t *node = new_node(p, JSON_STRING);
    node->text = string(p, &node->length);
    return node;
  }
  case 't': {
    word(p, "true");
    json_t *node = new_node(p, JSON_BOOL);
    node->number = 1;
    return node;
  }
  case 'f':
    word(p, "false");
    return new_node(p, JSON_BOOL);
  case 'n':
    word(p, "null");
    return new_node(p, JSON_NULL);
  default:
    return number(p);
  }
}

/* Every value weighs itself, so a wrong parse changes the total. */
static long weigh(const json_t *v)
{
  switch (v->kind) {
  case JSON_NULL:
    return 1;
  case JSON_BOOL:
    return v->number != 0 ? 2 : 1;
  case JSON_NUMBER:
    return v->number < 0 ? 1 - v->number : 1 + v->number;
  case JSON_STRING:
    return 1 + v->length;
  case JSON_ARRAY: {
    long total = 1;
    for (const json_t *item = v->first; item != NULL; item = item->next) total += weigh(item);
    return total;
  }
  case JSON_OBJECT: {
    long total = 1;
    for (const json_t *member = v->first; member != NULL; member = member->next) {
      total += member->key_length + weigh(member);
    }
    return total;
  }
  }
  return 0;
}

static long run(void)
{
  long weight = 0;
  for (int i = 0; i < 20; i++) {
    parser_t *p = &s_parser;
    p->text = TEXT;
    p->pos = 0;
    p->length = (int)(sizeof TEXT - 1);
    p->used = 0;
    weight = weigh(value(p));
    if (p->pos != p->length) fail(p, "trailing text");
  }
  return weight;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result != 8844196) bench_fail("Json", result);
  }
  bench_result("Json", result);
}
