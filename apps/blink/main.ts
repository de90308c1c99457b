// blink: toggles an LED state every 500 ms and logs it, forever (the app that keeps running while others fail).
let on = false;
let toggles = 0;

setInterval(() => {
  on = !on;
  toggles++;
  console.log(`led ${on ? 1 : 0} (toggle ${toggles})`);
}, 500);
