// @qemu
// Optional properties an object literal leaves out can be added later: the key joins the object in
// assignment order, console.log and JSON.stringify show it, reads see it, and it can be set again.
interface Endpoint {
  host: string;
  port?: number;
  path?: string;
  secure?: boolean;
}

interface Job {
  id: number;
  done?: boolean;
  result?: string;
  retries?: number;
  error?: string;
}

function endpoints(): void {
  const e: Endpoint = { host: "example.org" };
  console.log(e, e.port, JSON.stringify(e));
  e.port = 8080;
  console.log(e, e.port);
  e.secure = true;
  e.port = 443;
  console.log(e, JSON.stringify(e));
  const f: Endpoint = { host: "b", path: "/x" };
  f.port = 1;
  console.log(f, f.path, f.port, f.secure ?? "insecure");
  const all: Endpoint = { host: "c", port: 2, path: "/", secure: false };
  all.port = 3;
  console.log(all);
}

function newJob(id: number): Job {
  return { id };
}

function finish(job: Job, ok: boolean): void {
  job.done = true;
  if (ok) job.result = `job ${job.id} ok`;
  else {
    job.retries = (job.retries ?? 0) + 1;
    job.error = "timeout";
  }
}

function jobs(): void {
  const list: Job[] = [newJob(1), newJob(2), newJob(3)];
  finish(list[0]!, true);
  finish(list[1]!, false);
  finish(list[1]!, false);
  list[2]!.retries = 0;
  console.log(list);
  console.log(list.map((j) => JSON.stringify(j)).join("\n"));
  const pending = list.filter((j) => !j.done).map((j) => j.id);
  const failed = list.filter((j) => j.error !== undefined).length;
  console.log(pending, failed, list[1]!.retries);
  const copy: Job = { id: 4 };
  copy.error ??= "none";
  copy.retries ||= 5;
  copy.retries++;
  console.log(copy);
  const fresh: Job = { id: 5 };
  fresh.retries ??= 2;
  fresh.done ??= false;
  fresh.done ||= fresh.retries > 1;
  fresh.retries ??= 9;
  console.log(fresh);
}

endpoints();
jobs();
