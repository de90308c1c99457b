/* bench.h: what a benchmark's hand-written C (bench/awfy/<name>/main.c) gets from its harness.
 *
 * A benchmark defines bench_main(), which runs ITERATIONS rounds of its work, checks each round's result
 * and reports it. The same main.c builds two ways: as a host program (host.c: stdout and exit status)
 * and as a regen app module on any board (app.c: the kernel's log and exit syscalls), so the hand C is
 * measured inside the same kernel as the compiled TypeScript.
 */
#ifndef BENCH_H
#define BENCH_H

/* Runs the benchmark; defined by each main.c. */
void bench_main(void);

/* Prints "<name>: <value>" as one line. */
void bench_result(const char *name, long value);

/* Prints "FAIL <name>: <value>" and ends the program with status 1. */
_Noreturn void bench_fail(const char *name, long value);

#endif /* BENCH_H */
