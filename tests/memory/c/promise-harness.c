/* promise-harness.c: runs generated promise programs on the real runtime (rt_promise.c and friends) on the
 * host, for tests/memory/promise-order.test.ts, which runs the same programs under Node and compares.
 *
 * Input (stdin): programs of one operation per line, each program ended by a line "end". Every program
 * gets a fresh heap (small, so collections happen; every handler also forces one). Output: for each
 * program, "=== <n>" then one line per log, then the microtask queue is drained. Operations (i, j, k are
 * promise slots 0..31, v numbers, t tags, a handler is `<action> <tag> <arg>` or `-` for none):
 *   N i          P[i] = new Promise((res, rej) => { R[i] = [res, rej] })
 *   V i v        P[i] = Promise.resolve(v)          J i v   P[i] = Promise.reject(v)
 *   S i v        R[i].res(v)        SP i j   R[i].res(P[j])        F i v   R[i].rej(v)
 *   T i j H H    P[j] = P[i].then(H, H)     C i j H   P[j] = P[i].catch(H)     Y i j H   .finally(H)
 *   A j n x...   P[j] = Promise.all([x...]) where x is `p<slot>` or `#<number>`, then logs its values
 *   W i H H      await P[i] in an async function, then the first handler with the value or the second
 *                with the reason (rg_promise_await)
 *   Q t          queueMicrotask(() => log("q" + t))          L t   log("l" + t)
 * Handler actions, after logging "h<tag>:<x>" (x the argument, or "f" in finally): ret v (return v),
 * throw v, retp k (return P[k]), res k (R[k].res(x + 100)), rej k (R[k].rej(x + 200)).
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

#include "rg_alloc.h"
#include "rg_promise.h"
#include "rg_syscall.h"
#include "rg_throw.h"

#define SLOTS 32
#define HEAP_BYTES 12288

enum { ACT_RET = 1, ACT_THROW, ACT_RETP, ACT_RES, ACT_REJ };

typedef struct {
  rg_ctx_t cx;
  rg_val p[SLOTS];   /* P[i] */
  rg_val res[SLOTS]; /* R[i] resolve functions */
  rg_val rej[SLOTS]; /* R[i] reject functions */
  _Alignas(8) uint8_t heap[HEAP_BYTES];
} harness_globals_t;

static harness_globals_t g;
static uint16_t roots[3 * SLOTS];
static const void *stack_top;

/* Where a fault ends the current program (the next one starts on a fresh heap). */
static jmp_buf program_end;

/* The runtime reports an unhandled rejection through rg_rt_fault_with (linked with
 * -Wl,--wrap=rg_rt_fault_with): the message pointer stays whole here, unlike through the 32-bit words of
 * rg_syscall on a 64-bit host. */
_Noreturn void __wrap_rg_rt_fault_with(uint32_t fault_class, const char *msg, uint32_t len, uint32_t caller);
_Noreturn void __wrap_rg_rt_fault_with(uint32_t fault_class, const char *msg, uint32_t len, uint32_t caller) {
  (void)caller;
  if (fault_class == RG_FAULT_EXCEPTION) {
    printf("unhandled %.*s\n", (int)len, msg);
    longjmp(program_end, 1);
  }
  printf("fault %u %.*s\n", fault_class, (int)len, msg);
  exit(1);
}

int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2) {
  (void)a0;
  (void)a1;
  (void)a2;
  printf("unexpected syscall %u\n", op);
  exit(1);
}

static void on_oom(void *ctx, uint32_t bytes) {
  (void)ctx;
  printf("out of memory (%u bytes)\n", bytes);
  exit(1);
}

/* A value as the Node side's fmt() prints it. */
static void log_value(const char *prefix, rg_val v) {
  if (rg_is_num(v)) {
    printf("%s%.17g", prefix, rg_to_f64(v));
  } else if (rg_is_undefined(v)) {
    printf("%sundefined", prefix);
  } else {
    printf("%s[object]", prefix);
  }
}

static void log_line(const char *prefix, rg_val v) {
  log_value(prefix, v);
  printf("\n");
}

/* A handler: env = {action, tag, arg, in_finally}. */
static rg_val handler_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  const rg_val *env = rg_to_ptr(((const rg_closure_t *)rg_to_ptr(self))->env);
  uint32_t action = (uint32_t)rg_to_f64(env[0]);
  double tag = rg_to_f64(env[1]);
  double arg = rg_to_f64(env[2]);
  bool in_finally = rg_to_bool(env[3]);
  char prefix[32];
  snprintf(prefix, sizeof prefix, "h%.17g:", tag);
  if (in_finally) {
    printf("%sf\n", prefix);
  } else {
    log_line(prefix, rg_arg(argc, argv, 0));
  }
  rg_gc_collect(cx);
  double x = rg_is_num(rg_arg(argc, argv, 0)) ? rg_to_f64(rg_arg(argc, argv, 0)) : 0.0;
  uint32_t k = (uint32_t)arg % SLOTS;
  switch (action) {
  case ACT_THROW:
    rg_throw(cx, rg_num(arg));
  case ACT_RETP:
    return g.p[k];
  case ACT_RES:
    if (rg_is_ptr(g.res[k])) {
      rg_val v = rg_num(x + 100);
      (void)rg_call(cx, g.res[k], 1, &v);
    }
    return RG_UNDEFINED;
  case ACT_REJ:
    if (rg_is_ptr(g.rej[k])) {
      rg_val v = rg_num(x + 200);
      (void)rg_call(cx, g.rej[k], 1, &v);
    }
    return RG_UNDEFINED;
  default:
    return rg_num(arg);
  }
}

static rg_val closure(rg_ctx_t *cx, rg_code_t code, rg_val env) {
  rg_closure_t *c = rg_alloc(cx, RG_TYPE_CLOSURE, (uint32_t)sizeof(rg_closure_t));
  c->env = env;
  c->this_val = RG_UNDEFINED;
  c->code = code;
  c->arity = 1;
  return rg_ptr(c);
}

/* Reads a handler `<action> <tag> <arg>` or `-` from the line. */
static rg_val read_handler(rg_ctx_t *cx, char **save, bool in_finally) {
  char *word = strtok_r(NULL, " \n", save);
  if (word == NULL || strcmp(word, "-") == 0) {
    return RG_UNDEFINED;
  }
  static const char *const names[] = {"", "ret", "throw", "retp", "res", "rej"};
  uint32_t action = 0;
  for (uint32_t k = 1; k < 6u; k++) {
    if (strcmp(word, names[k]) == 0) action = k;
  }
  double tag = atof(strtok_r(NULL, " \n", save));
  double arg = atof(strtok_r(NULL, " \n", save));
  rg_val env = rg_alloc_slots(cx, RG_TYPE_VALS, 4);
  rg_val *e = rg_to_ptr(env);
  e[0] = rg_num(action);
  e[1] = rg_num(tag);
  e[2] = rg_num(arg);
  e[3] = rg_bool(in_finally);
  return closure(cx, handler_code, env);
}

/* Keeps R[i]: the executor of `N i` stores its two arguments. env = {slot}. */
static rg_val executor_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx;
  const rg_val *env = rg_to_ptr(((const rg_closure_t *)rg_to_ptr(self))->env);
  uint32_t i = (uint32_t)rg_to_f64(env[0]);
  g.res[i] = rg_arg(argc, argv, 0);
  g.rej[i] = rg_arg(argc, argv, 1);
  return RG_UNDEFINED;
}

static rg_val queued_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx;
  (void)argc;
  (void)argv;
  log_line("q", ((const rg_closure_t *)rg_to_ptr(self))->env);
  return RG_UNDEFINED;
}

/* Logs Promise.all's array. env = {tag}. */
static rg_val all_code(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  (void)cx;
  double tag = rg_to_f64(((const rg_closure_t *)rg_to_ptr(self))->env);
  const rg_array_t *a = rg_to_ptr(rg_arg(argc, argv, 0));
  char prefix[32];
  snprintf(prefix, sizeof prefix, "all%.17g:", tag);
  printf("%s", prefix);
  for (uint32_t k = 0; k < a->length; k++) {
    rg_val v = ((const rg_val *)rg_to_ptr(a->items))[k];
    log_value(k == 0 ? "" : ",", v);
  }
  printf("\n");
  return RG_UNDEFINED;
}

static uint32_t slot(char **save) { return (uint32_t)atoi(strtok_r(NULL, " \n", save)) % SLOTS; }
static double number(char **save) { return atof(strtok_r(NULL, " \n", save)); }

static void run_line(rg_ctx_t *cx, char *line) {
  char *save = NULL;
  char *op = strtok_r(line, " \n", &save);
  if (op == NULL) return;
  if (strcmp(op, "N") == 0) {
    uint32_t i = slot(&save);
    rg_val env = rg_alloc_slots(cx, RG_TYPE_VALS, 1);
    ((rg_val *)rg_to_ptr(env))[0] = rg_num(i);
    g.p[i] = rg_promise_construct(cx, closure(cx, executor_code, env));
  } else if (strcmp(op, "V") == 0) {
    uint32_t i = slot(&save);
    g.p[i] = rg_promise_resolve(cx, rg_num(number(&save)));
  } else if (strcmp(op, "J") == 0) {
    uint32_t i = slot(&save);
    g.p[i] = rg_promise_reject(cx, rg_num(number(&save)));
  } else if (strcmp(op, "S") == 0 || strcmp(op, "F") == 0) {
    uint32_t i = slot(&save);
    rg_val v = rg_num(number(&save));
    (void)rg_call(cx, op[0] == 'S' ? g.res[i] : g.rej[i], 1, &v);
  } else if (strcmp(op, "SP") == 0) {
    uint32_t i = slot(&save);
    rg_val v = g.p[slot(&save)];
    (void)rg_call(cx, g.res[i], 1, &v);
  } else if (strcmp(op, "T") == 0 || strcmp(op, "C") == 0 || strcmp(op, "Y") == 0) {
    uint32_t i = slot(&save);
    uint32_t j = slot(&save);
    rg_val h1 = read_handler(cx, &save, op[0] == 'Y');
    if (op[0] == 'T') {
      rg_val h2 = read_handler(cx, &save, false);
      g.p[j] = rg_promise_then(cx, g.p[i], h1, h2);
    } else if (op[0] == 'C') {
      g.p[j] = rg_promise_catch(cx, g.p[i], h1);
    } else {
      g.p[j] = rg_promise_finally(cx, g.p[i], h1);
    }
  } else if (strcmp(op, "A") == 0) {
    uint32_t j = slot(&save);
    double tag = number(&save);
    uint32_t n = (uint32_t)number(&save);
    rg_array_t *a = rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
    rg_val arr = rg_ptr(a);
    a->items = rg_alloc_slots(cx, RG_TYPE_VALS, n == 0 ? 1 : n);
    a->length = n;
    a->capacity = n;
    for (uint32_t k = 0; k < n; k++) {
      char *x = strtok_r(NULL, " \n", &save);
      ((rg_val *)rg_to_ptr(a->items))[k] = x[0] == 'p' ? g.p[atoi(x + 1) % SLOTS] : rg_num(atof(x + 1));
    }
    rg_val all = rg_promise_all(cx, arr);
    g.p[j] = rg_promise_then(cx, all, closure(cx, all_code, rg_num(tag)), RG_UNDEFINED);
  } else if (strcmp(op, "W") == 0) {
    uint32_t i = slot(&save);
    rg_val h1 = read_handler(cx, &save, false);
    rg_val h2 = read_handler(cx, &save, false);
    rg_promise_await(cx, g.p[i], h1, h2);
  } else if (strcmp(op, "Q") == 0) {
    rg_microtask_enqueue(cx, closure(cx, queued_code, rg_num(number(&save))));
  } else if (strcmp(op, "L") == 0) {
    log_line("l", rg_num(number(&save)));
  } else {
    printf("bad op %s\n", op);
    exit(2);
  }
}

static void reset(void) {
#if defined(__SANITIZE_ADDRESS__)
  /* The previous program's heap left freed blocks poisoned (as the kernel's restart does, unpoison). */
  __asan_unpoison_memory_region(&g, sizeof g);
#endif
  memset(&g, 0, sizeof g);
  for (uint32_t k = 0; k < SLOTS; k++) {
    g.p[k] = g.res[k] = g.rej[k] = RG_UNDEFINED;
    roots[k] = (uint16_t)(offsetof(harness_globals_t, p) + k * sizeof(rg_val));
    roots[SLOTS + k] = (uint16_t)(offsetof(harness_globals_t, res) + k * sizeof(rg_val));
    roots[2 * SLOTS + k] = (uint16_t)(offsetof(harness_globals_t, rej) + k * sizeof(rg_val));
  }
  static rg_rt_app_info_t info;
  info.roots = roots;
  info.root_count = 3 * SLOTS;
  rg_rt_heap_setup_hosted(&g.cx, &g, g.heap, sizeof g.heap, &info,
                          (const uint8_t *)stack_top - (1u << 20), stack_top, on_oom);
}

int main(void) {
  stack_top = __builtin_frame_address(0);
  char line[512];
  uint32_t program = 0;
  reset();
  while (fgets(line, sizeof line, stdin) != NULL) {
    if (strncmp(line, "end", 3) == 0) {
      if (setjmp(program_end) == 0) {
        rg_microtasks_run(&g.cx);
      }
      rg_heap_stats_t st;
      rg_gc_stats(&g.cx, &st);
      if (st.bad_pointers != 0) {
        printf("bad pointers: %u\n", st.bad_pointers);
        return 1;
      }
      program++;
      reset();
      continue;
    }
    static uint32_t started = UINT32_MAX;
    if (started != program) {
      printf("=== %u\n", program);
      started = program;
    }
    run_line(&g.cx, line);
  }
  return 0;
}
