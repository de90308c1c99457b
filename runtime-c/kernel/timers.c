/* timers.c: the kernel's timer pool, shared by all apps.
 *
 * Timers fire in order of due time, then creation order (a periodic timer counts as created again each
 * time it is re-armed), which is how Node orders setTimeout/setInterval callbacks of equal due time.
 * Times are u32 milliseconds compared by signed difference, so the 49-day wrap is harmless.
 */
#include "rg_abi.h"
#include "rg_kernel.h"
#include "rg_kernel_internal.h"

typedef struct {
  void (*plain)(void);          /* the callback, or NULL when it takes the timer id: */
  void (*with_id)(uint32_t id); /* (timer_start flags bit 1) */
  uint32_t due;
  uint32_t period;
  uint32_t seq;   /* creation order; renewed when re-armed */
  int32_t id;     /* 0 = free slot */
  uint8_t app;
  uint8_t repeat;
  uint8_t armed;  /* periodic timer waiting to be re-armed after its callback */
} rg_timer_t;

static rg_timer_t s_timers[RG_KERNEL_MAX_TIMERS];
static uint32_t s_seq;
static int32_t s_next_id = 1;

static int32_t new_id(void)
{
  int32_t id = s_next_id;
  /* Ids stay positive; after 2^31 timers they start over (old ids are long gone by then). */
  s_next_id = (s_next_id == INT32_MAX) ? 1 : s_next_id + 1;
  return id;
}

int32_t rg_timers_start(uint32_t app, uint32_t callback, uint32_t period_ms, uint32_t flags, uint32_t now_ms)
{
  if (callback == 0u) {
    return RG_ERR_INVALID;
  }
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    rg_timer_t *t = &s_timers[i];
    if (t->id == 0) {
      /* Like Node, a delay below 1 ms means 1 ms, so a zero-period interval cannot starve others. */
      t->period = period_ms == 0u ? 1u : period_ms;
      /* A code address from the app (syscall word); only ever called back in the app's own context. */
      t->plain = (flags & RG_TIMER_FLAG_WITH_ID) != 0u ? 0 : (void (*)(void))(uintptr_t)callback;
      t->with_id = (flags & RG_TIMER_FLAG_WITH_ID) != 0u ? (void (*)(uint32_t))(uintptr_t)callback : 0;
      t->due = now_ms + t->period;
      t->seq = s_seq++;
      t->id = new_id();
      t->app = (uint8_t)app;
      t->repeat = (flags & RG_TIMER_FLAG_REPEAT) != 0u;
      t->armed = 0;
      return t->id;
    }
  }
  return RG_ERR_NO_SPACE;
}

void rg_timers_cancel(uint32_t app, int32_t id)
{
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    if (s_timers[i].id == id && id != 0 && s_timers[i].app == app) {
      s_timers[i].id = 0;
    }
  }
}

void rg_timers_cancel_app(uint32_t app)
{
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    if (s_timers[i].app == app) {
      s_timers[i].id = 0;
    }
  }
}

int rg_timers_app_has(uint32_t app)
{
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    if (s_timers[i].id != 0 && s_timers[i].app == app) {
      return 1;
    }
  }
  return 0;
}

static int before(const rg_timer_t *a, const rg_timer_t *b)
{
  int32_t d = (int32_t)(a->due - b->due);
  return d < 0 || (d == 0 && (int32_t)(a->seq - b->seq) < 0);
}

int rg_timers_take_due(uint32_t now_ms, uint32_t *app, rg_hal_call_t *call, int32_t *id)
{
  rg_timer_t *best = 0;
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    rg_timer_t *t = &s_timers[i];
    if (t->id != 0 && !t->armed && (int32_t)(t->due - now_ms) <= 0 && (best == 0 || before(t, best))) {
      best = t;
    }
  }
  if (best == 0) {
    return 0;
  }
  *app = best->app;
  call->plain = best->plain;
  call->with_arg = best->with_id;
  call->arg = (uint32_t)best->id;
  *id = best->id;
  if (best->repeat) {
    best->armed = 1;
  } else {
    best->id = 0;
  }
  return 1;
}

void rg_timers_rearm(int32_t id, uint32_t now_ms)
{
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    rg_timer_t *t = &s_timers[i];
    if (t->id == id && t->armed) {
      t->armed = 0;
      t->due = now_ms + t->period;
      t->seq = s_seq++;
    }
  }
}

uint32_t rg_timers_ms_until_next(uint32_t now_ms, uint32_t cap)
{
  uint32_t best = cap;
  for (uint32_t i = 0; i < RG_KERNEL_MAX_TIMERS; i++) {
    const rg_timer_t *t = &s_timers[i];
    if (t->id != 0 && !t->armed) {
      int32_t d = (int32_t)(t->due - now_ms);
      uint32_t wait = d <= 0 ? 0u : (uint32_t)d;
      if (wait < best) {
        best = wait;
      }
    }
  }
  return best;
}
