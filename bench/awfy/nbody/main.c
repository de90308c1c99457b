/* NBody: the Sun and the four giant planets, 1000 leapfrog steps; prints the energy after them. */
#include <math.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define BODIES 5

static const double PI = 3.141592653589793;
static const double DAYS_PER_YEAR = 365.24;

typedef struct {
  double x, y, z, vx, vy, vz, mass;
} body_t;

/* Positions (AU), velocities (AU/day) and masses (solar masses) as the system starts. */
static const body_t INITIAL[BODIES] = {
    {0, 0, 0, 0, 0, 0, 1},
    {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03,
     7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04},
    {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03,
     4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04},
    {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03,
     2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05},
    {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03,
     1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05},
};

static void make_system(body_t *bodies)
{
  const double solar_mass = 4 * PI * PI;
  for (int i = 0; i < BODIES; i++) {
    body_t b = INITIAL[i];
    b.vx *= DAYS_PER_YEAR;
    b.vy *= DAYS_PER_YEAR;
    b.vz *= DAYS_PER_YEAR;
    b.mass *= solar_mass;
    bodies[i] = b;
  }
  /* Give the Sun the momentum that makes the system's total zero. */
  double px = 0, py = 0, pz = 0;
  for (int i = 0; i < BODIES; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / solar_mass;
  bodies[0].vy = -py / solar_mass;
  bodies[0].vz = -pz / solar_mass;
}

static void advance(body_t *bodies, double dt)
{
  for (int i = 0; i < BODIES; i++) {
    body_t *a = &bodies[i];
    for (int j = i + 1; j < BODIES; j++) {
      body_t *b = &bodies[j];
      double dx = a->x - b->x;
      double dy = a->y - b->y;
      double dz = a->z - b->z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      a->vx -= dx * b->mass * mag;
      a->vy -= dy * b->mass * mag;
      a->vz -= dz * b->mass * mag;
      b->vx += dx * a->mass * mag;
      b->vy += dy * a->mass * mag;
      b->vz += dz * a->mass * mag;
    }
  }
  for (int k = 0; k < BODIES; k++) {
    body_t *body = &bodies[k];
    body->x += dt * body->vx;
    body->y += dt * body->vy;
    body->z += dt * body->vz;
  }
}

static double energy(const body_t *bodies)
{
  double e = 0;
  for (int i = 0; i < BODIES; i++) {
    const body_t *a = &bodies[i];
    e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
    for (int j = i + 1; j < BODIES; j++) {
      const body_t *b = &bodies[j];
      double dx = a->x - b->x;
      double dy = a->y - b->y;
      double dz = a->z - b->z;
      e -= (a->mass * b->mass) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

/* The energy after `steps` steps, in units of 1e-9, rounded: an integer every language prints alike. */
static long run(int steps)
{
  body_t bodies[BODIES];
  make_system(bodies);
  for (int s = 0; s < steps; s++) advance(bodies, 0.01);
  return (long)floor(-energy(bodies) * 1e9 + 0.5);
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = run(1000);
    if (result != 169087605) bench_fail("NBody", result);
  }
  bench_result("NBody", result);
}
