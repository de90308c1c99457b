/* mem-support.h: helpers for the memory tests' hand-written C apps (heap, exceptions, promises).
 *
 * The apps stand in for what the compiler will emit once it lowers strings, closures, try/catch and
 * promises: a globals struct holding the rg_ctx_t and the heap array, rg_rt_heap_setup first in main,
 * closures with the uniform calling convention. Logging goes through the log syscall like console.log.
 */
#ifndef MEM_SUPPORT_H
#define MEM_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

#include "rg_alloc.h"
#include "rg_rt.h"
#include "rg_syscall.h"
#include "rg_val.h"

/* A log line being built on the stack. */
typedef struct {
  char text[120];
  uint32_t len;
} mem_line_t;

static inline void mem_put(mem_line_t *l, const char *s) {
  while (*s != '\0' && l->len < sizeof l->text) {
    l->text[l->len++] = *s++;
  }
}

static inline void mem_put_num(mem_line_t *l, double v) {
  char digits[RG_RT_NUMBER_CHARS];
  (void)rg_rt_number_to_string(v, digits);
  mem_put(l, digits);
}

static inline void mem_send(const mem_line_t *l) {
  rg_syscall(RG_SYS_LOG, (uint32_t)(uintptr_t)l->text, l->len, 0);
}

static inline void mem_log(const char *s) {
  mem_line_t l = {{0}, 0};
  mem_put(&l, s);
  mem_send(&l);
}

static inline void mem_log_num(const char *prefix, double v) {
  mem_line_t l = {{0}, 0};
  mem_put(&l, prefix);
  mem_put_num(&l, v);
  mem_send(&l);
}

/* A heap string of ASCII text. */
static inline rg_val mem_str(rg_ctx_t *cx, const char *s) {
  uint32_t n = 0;
  while (s[n] != '\0') {
    n++;
  }
  rg_str_t *str = rg_alloc(cx, RG_TYPE_STRING, (uint32_t)sizeof(rg_str_t) + 2u * n);
  str->length = n;
  for (uint32_t k = 0; k < n; k++) {
    str->units[k] = (uint16_t)s[k];
  }
  return rg_ptr(str);
}

/* Appends an ASCII heap string. */
static inline void mem_put_str(mem_line_t *l, rg_val v) {
  const rg_str_t *s = rg_to_ptr(v);
  for (uint32_t k = 0; k < s->length && l->len < sizeof l->text; k++) {
    l->text[l->len++] = (char)s->units[k];
  }
}

/* A function value: code with an environment (or undefined). */
static inline rg_val mem_closure(rg_ctx_t *cx, rg_code_t code, rg_val env) {
  rg_closure_t *c = rg_alloc(cx, RG_TYPE_CLOSURE, (uint32_t)sizeof(rg_closure_t));
  c->env = env;
  c->this_val = RG_UNDEFINED;
  c->code = code;
  c->arity = 1;
  return rg_ptr(c);
}

static inline rg_val *mem_slots(rg_val v) { return (rg_val *)rg_to_ptr(v); }

/* The environment of the closure `self`. */
static inline rg_val mem_env(rg_val self) { return ((const rg_closure_t *)rg_to_ptr(self))->env; }

#endif /* MEM_SUPPORT_H */
