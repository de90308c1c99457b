/* Richards: a small operating system's scheduler moving packets between six tasks of four kinds.
 *
 * As an embedded kernel would, it keeps tasks and packets in static arrays, and one `switch` on the task's
 * kind stands for the four task functions. */
#include <stdbool.h>
#include <stddef.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */

enum { IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B, TASKS };
typedef enum { KIND_DEVICE, KIND_WORK } packet_kind_t;
typedef enum { TASK_IDLE, TASK_WORKER, TASK_HANDLER, TASK_DEVICE } task_kind_t;

typedef struct packet {
  struct packet *link;
  int id;
  packet_kind_t kind;
  int a1;
  int a2[4];
} packet_t;

typedef struct task {
  struct task *next; /* the next lower-priority task */
  int id;
  int priority;
  packet_t *input;
  bool packet_pending, task_waiting, task_holding;
  task_kind_t kind;
  /* Per kind: idle (control, count), worker (destination, count), handler (work, devices), device (pending). */
  int control, count, destination;
  packet_t *work, *devices, *pending;
} task_t;

typedef struct {
  task_t tasks[TASKS];
  packet_t packets[8];
  task_t *list;
  task_t *current;
  int current_id;
  long queue_count;
  long hold_count;
} scheduler_t;

static scheduler_t s_scheduler;

/* Appends `packet` to the queue that starts at `queue`; returns the queue's head. */
static packet_t *append(packet_t *packet, packet_t *queue)
{
  packet->link = NULL;
  if (queue == NULL) return packet;
  packet_t *last = queue;
  while (last->link != NULL) last = last->link;
  last->link = packet;
  return queue;
}

static task_t *wait_task(scheduler_t *s)
{
  s->current->task_waiting = true;
  return s->current;
}

static task_t *hold(scheduler_t *s)
{
  s->hold_count++;
  s->current->task_holding = true;
  return s->current->next;
}

static task_t *release(scheduler_t *s, int id)
{
  task_t *task = &s->tasks[id];
  task->task_holding = false;
  return task->priority > s->current->priority ? task : s->current;
}

static task_t *queue(scheduler_t *s, packet_t *packet)
{
  task_t *task = &s->tasks[packet->id];
  s->queue_count++;
  packet->link = NULL;
  packet->id = s->current_id;
  if (task->input == NULL) {
    task->input = packet;
    task->packet_pending = true;
    return task->priority > s->current->priority ? task : s->current;
  }
  append(packet, task->input);
  return s->current;
}

static task_t *run_idle(scheduler_t *s, task_t *t)
{
  t->count--;
  if (t->count == 0) return hold(s);
  if ((t->control & 1) == 0) {
    t->control >>= 1;
    return release(s, DEVICE_A);
  }
  t->control = (t->control >> 1) ^ 0xD008;
  return release(s, DEVICE_B);
}

static task_t *run_worker(scheduler_t *s, task_t *t, packet_t *packet)
{
  if (packet == NULL) return wait_task(s);
  t->destination = t->destination == HANDLER_A ? HANDLER_B : HANDLER_A;
  packet->id = t->destination;
  packet->a1 = 0;
  for (int i = 0; i < 4; i++) {
    if (++t->count > 26) t->count = 1;
    packet->a2[i] = t->count;
  }
  return queue(s, packet);
}

static task_t *run_handler(scheduler_t *s, task_t *t, packet_t *packet)
{
  if (packet != NULL) {
    if (packet->kind == KIND_WORK) t->work = append(packet, t->work);
    else t->devices = append(packet, t->devices);
  }
  packet_t *work = t->work;
  if (work != NULL) {
    int count = work->a1;
    if (count >= 4) {
      t->work = work->link;
      return queue(s, work);
    }
    packet_t *device = t->devices;
    if (device != NULL) {
      t->devices = device->link;
      device->a1 = work->a2[count];
      work->a1 = count + 1;
      return queue(s, device);
    }
  }
  return wait_task(s);
}

static task_t *run_device(scheduler_t *s, task_t *t, packet_t *packet)
{
  if (packet == NULL) {
    packet_t *done = t->pending;
    if (done == NULL) return wait_task(s);
    t->pending = NULL;
    return queue(s, done);
  }
  t->pending = packet;
  return hold(s);
}

static packet_t *new_packet(scheduler_t *s, int *used, packet_t *link, int id, packet_kind_t kind)
{
  packet_t *p = &s->packets[(*used)++];
  *p = (packet_t){link, id, kind, 0, {0, 0, 0, 0}};
  return p;
}

/* Tasks join the front of the list, so adding them in rising priority keeps it highest first. */
static void add(scheduler_t *s, int id, task_kind_t kind, int priority, packet_t *input, bool waiting)
{
  task_t *t = &s->tasks[id];
  *t = (task_t){0};
  t->id = id;
  t->kind = kind;
  t->priority = priority;
  t->input = input;
  t->packet_pending = input != NULL;
  t->task_waiting = waiting;
  t->next = s->list;
  s->list = t;
}

static void schedule(scheduler_t *s)
{
  task_t *task = s->list;
  while (task != NULL) {
    if (task->task_holding || (!task->packet_pending && task->task_waiting)) {
      task = task->next;
      continue;
    }
    s->current = task;
    s->current_id = task->id;
    packet_t *packet = NULL;
    if (task->packet_pending && task->task_waiting && !task->task_holding) {
      packet = task->input;
      task->input = packet->link;
      task->packet_pending = task->input != NULL;
      task->task_waiting = false;
    }
    switch (task->kind) {
    case TASK_IDLE:
      task = run_idle(s, task);
      break;
    case TASK_WORKER:
      task = run_worker(s, task, packet);
      break;
    case TASK_HANDLER:
      task = run_handler(s, task, packet);
      break;
    case TASK_DEVICE:
      task = run_device(s, task, packet);
      break;
    }
  }
}

static long run(void)
{
  scheduler_t *s = &s_scheduler;
  int used = 0;
  s->list = NULL;
  s->current = NULL;
  s->current_id = 0;
  s->queue_count = 0;
  s->hold_count = 0;
  add(s, IDLE, TASK_IDLE, 0, NULL, false);
  s->tasks[IDLE].control = 1;
  s->tasks[IDLE].count = 1000;
  packet_t *work = new_packet(s, &used, NULL, WORKER, KIND_WORK);
  work = new_packet(s, &used, work, WORKER, KIND_WORK);
  add(s, WORKER, TASK_WORKER, 1000, work, true);
  s->tasks[WORKER].destination = HANDLER_A;
  packet_t *devices_a = NULL;
  packet_t *devices_b = NULL;
  for (int i = 0; i < 3; i++) devices_a = new_packet(s, &used, devices_a, DEVICE_A, KIND_DEVICE);
  add(s, HANDLER_A, TASK_HANDLER, 2000, devices_a, true);
  for (int i = 0; i < 3; i++) devices_b = new_packet(s, &used, devices_b, DEVICE_B, KIND_DEVICE);
  add(s, HANDLER_B, TASK_HANDLER, 3000, devices_b, true);
  add(s, DEVICE_A, TASK_DEVICE, 4000, NULL, true);
  add(s, DEVICE_B, TASK_DEVICE, 5000, NULL, true);
  schedule(s);
  return s->queue_count * 100000 + s->hold_count;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result != 232200928) bench_fail("Richards", result);
  }
  bench_result("Richards", result);
}
