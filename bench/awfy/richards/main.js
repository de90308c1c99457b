// Richards (ES5 for Duktape and MuJS): a small operating system's scheduler moving packets between six tasks.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

var IDLE = 0;
var WORKER = 1;
var HANDLER_A = 2;
var HANDLER_B = 3;
var DEVICE_A = 4;
var DEVICE_B = 5;
var KIND_DEVICE = 0;
var KIND_WORK = 1;

function Packet(link, id, kind) {
  this.link = link;
  this.id = id;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = [0, 0, 0, 0];
}

// Appends `packet` to the queue that starts at `queue`; returns the queue's head.
function append(packet, queue) {
  packet.link = null;
  if (queue === null) return packet;
  var last = queue;
  while (last.link !== null) last = last.link;
  last.link = packet;
  return queue;
}

// What every task has: its place in the priority list, its input queue and its three state flags.
function Task(scheduler, id, priority, input, waiting) {
  this.scheduler = scheduler;
  this.id = id;
  this.priority = priority;
  this.input = input;
  this.packetPending = input !== null;
  this.taskWaiting = waiting;
  this.taskHolding = false;
  this.next = null;
}

Task.prototype.heldOrSuspended = function () {
  return this.taskHolding || (!this.packetPending && this.taskWaiting);
};

Task.prototype.waitingWithPacket = function () {
  return this.packetPending && this.taskWaiting && !this.taskHolding;
};

function IdleTask(scheduler, count) {
  Task.call(this, scheduler, IDLE, 0, null, false);
  this.control = 1;
  this.count = count;
}
IdleTask.prototype = new Task(null, 0, 0, null, false);

IdleTask.prototype.run = function (packet) {
  this.count--;
  if (this.count === 0) return this.scheduler.hold();
  if ((this.control & 1) === 0) {
    this.control = this.control >> 1;
    return this.scheduler.release(DEVICE_A);
  }
  this.control = (this.control >> 1) ^ 0xd008;
  return this.scheduler.release(DEVICE_B);
};

function WorkerTask(scheduler, input) {
  Task.call(this, scheduler, WORKER, 1000, input, true);
  this.destination = HANDLER_A;
  this.count = 0;
}
WorkerTask.prototype = new Task(null, 0, 0, null, false);

WorkerTask.prototype.run = function (packet) {
  if (packet === null) return this.scheduler.wait();
  this.destination = this.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
  packet.id = this.destination;
  packet.a1 = 0;
  for (var i = 0; i < 4; i++) {
    this.count++;
    if (this.count > 26) this.count = 1;
    packet.a2[i] = this.count;
  }
  return this.scheduler.queue(packet);
};

function HandlerTask(scheduler, id, priority, input) {
  Task.call(this, scheduler, id, priority, input, true);
  this.work = null;
  this.devices = null;
}
HandlerTask.prototype = new Task(null, 0, 0, null, false);

HandlerTask.prototype.run = function (packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.work = append(packet, this.work);
    else this.devices = append(packet, this.devices);
  }
  if (this.work !== null) {
    var work = this.work;
    var count = work.a1;
    if (count >= 4) {
      this.work = work.link;
      return this.scheduler.queue(work);
    }
    if (this.devices !== null) {
      var device = this.devices;
      this.devices = device.link;
      device.a1 = work.a2[count];
      work.a1 = count + 1;
      return this.scheduler.queue(device);
    }
  }
  return this.scheduler.wait();
};

function DeviceTask(scheduler, id, priority) {
  Task.call(this, scheduler, id, priority, null, true);
  this.pending = null;
}
DeviceTask.prototype = new Task(null, 0, 0, null, false);

DeviceTask.prototype.run = function (packet) {
  if (packet === null) {
    if (this.pending === null) return this.scheduler.wait();
    var done = this.pending;
    this.pending = null;
    return this.scheduler.queue(done);
  }
  this.pending = packet;
  return this.scheduler.hold();
};

function Scheduler() {
  this.tasks = [null, null, null, null, null, null];
  this.list = null;
  this.current = null;
  this.currentId = 0;
  this.queueCount = 0;
  this.holdCount = 0;
}

// Tasks join the front of the list, so adding them in rising priority keeps it highest first.
Scheduler.prototype.add = function (task) {
  task.next = this.list;
  this.list = task;
  this.tasks[task.id] = task;
};

Scheduler.prototype.wait = function () {
  this.current.taskWaiting = true;
  return this.current;
};

Scheduler.prototype.hold = function () {
  this.holdCount++;
  this.current.taskHolding = true;
  return this.current.next;
};

Scheduler.prototype.release = function (id) {
  var task = this.tasks[id];
  task.taskHolding = false;
  return task.priority > this.current.priority ? task : this.current;
};

Scheduler.prototype.queue = function (packet) {
  var task = this.tasks[packet.id];
  this.queueCount++;
  packet.link = null;
  packet.id = this.currentId;
  if (task.input === null) {
    task.input = packet;
    task.packetPending = true;
    return task.priority > this.current.priority ? task : this.current;
  }
  append(packet, task.input);
  return this.current;
};

Scheduler.prototype.run = function () {
  var task = this.list;
  while (task !== null) {
    if (task.heldOrSuspended()) {
      task = task.next;
    } else {
      this.current = task;
      this.currentId = task.id;
      var packet = null;
      if (task.waitingWithPacket()) {
        packet = task.input;
        task.input = packet.link;
        task.packetPending = task.input !== null;
        task.taskWaiting = false;
      }
      task = task.run(packet);
    }
  }
};

function run() {
  var s = new Scheduler();
  s.add(new IdleTask(s, 1000));
  var work = new Packet(null, WORKER, KIND_WORK);
  work = new Packet(work, WORKER, KIND_WORK);
  s.add(new WorkerTask(s, work));
  var devicesA = new Packet(null, DEVICE_A, KIND_DEVICE);
  devicesA = new Packet(devicesA, DEVICE_A, KIND_DEVICE);
  devicesA = new Packet(devicesA, DEVICE_A, KIND_DEVICE);
  s.add(new HandlerTask(s, HANDLER_A, 2000, devicesA));
  var devicesB = new Packet(null, DEVICE_B, KIND_DEVICE);
  devicesB = new Packet(devicesB, DEVICE_B, KIND_DEVICE);
  devicesB = new Packet(devicesB, DEVICE_B, KIND_DEVICE);
  s.add(new HandlerTask(s, HANDLER_B, 3000, devicesB));
  s.add(new DeviceTask(s, DEVICE_A, 4000));
  s.add(new DeviceTask(s, DEVICE_B, 5000));
  s.run();
  return s.queueCount * 100000 + s.holdCount;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result !== 232200928) {
      log("FAIL Richards: " + result);
      throw new Error("FAIL");
    }
  }
  log("Richards: " + result);
}

main();
