function yes(): boolean {
  return true;
}
let t = yes();
let f = !t;
console.log(t, f, t === f, t !== f, !t, t && f, t || f);
for (let i = 0; i < 4; i++) {
  const odd = i % 2 === 1;
  t = t !== odd;
  f = f || odd;
  console.log(i, odd, t, f, `${odd}`, odd ? 1 : 0);
}
