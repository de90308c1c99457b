// @qemu
// The saved state is a heap object like any other: loadState() decodes a new object each time (never
// the one saved), saveState() encodes the object as it is then, and the state object can be shared,
// held in `T | null`, passed to closures and stored in containers.
import { i32, loadState, saveState, u8 } from "regen";

interface Place {
  x: i32;
  y: i32;
}
interface Game {
  score: number;
  lives: u8;
  paused: boolean;
  at: Place;
  home: Place;
}

const fresh = (): Game => ({ score: 0, lives: u8(3), paused: false, at: { x: i32(0), y: i32(0) }, home: { x: i32(5), y: i32(5) } });
let current: Game | null = null;

function start(): Game {
  const loaded = loadState<Game>();
  console.log("loaded", loaded === undefined ? "nothing" : loaded);
  const g = loaded ?? fresh();
  current = g;
  return g;
}

function play(g: Game): void {
  const moves: Place[] = [g.at];
  const step = (dx: number, dy: number): void => {
    g.at = { x: i32(g.at.x + dx), y: i32(g.at.y + dy) };
    moves.push(g.at);
    g.score += dx * 10 + dy;
  };
  step(1, 2);
  step(-3, 4);
  console.log(moves, current === g);
  const before = saveState(g);
  g.lives = u8(g.lives - 1);
  g.at.x = i32(99);
  const back = loadState<Game>();
  console.log(before, back !== undefined && back !== g, back);
  if (back !== undefined) {
    back.score = -1;
    console.log(g.score, back.score, back.at === g.at);
  }
}

function history(): void {
  const saved: Game[] = [];
  for (let i = 0; i < 3; i++) {
    const g = current ?? fresh();
    g.score += 100;
    g.paused = i % 2 === 0;
    console.log(saveState(g));
    const copy = loadState<Game>();
    if (copy !== undefined) saved.push(copy);
  }
  console.log(saved.map((s) => `${s.score}/${s.paused}/${s.lives}`).join(" "));
  console.log(saved[0] === saved[1], JSON.stringify(saved[2]));
  const byScore = new Map<number, Game>();
  for (const s of saved) byScore.set(s.score, s);
  const scores: number[] = [];
  for (const k of byScore.keys()) scores.push(k);
  console.log(scores, byScore.get(scores[0] ?? 0)?.at);
}

function sharing(g: Game): void {
  // Two fields sharing one object are encoded twice: they load as two equal objects.
  g.home = g.at;
  g.at.y = i32(-7);
  console.log(g.home === g.at, saveState(g));
  const back = loadState<Game>();
  if (back === undefined) return;
  console.log(back.home === back.at, back.home.y === back.at.y, back.home, back.at);
  back.home.x = i32(1);
  console.log(back.at.x, g.at.x);
}

const game = start();
play(game);
history();
sharing(game);
