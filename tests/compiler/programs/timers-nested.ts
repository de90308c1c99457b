let depth = 0;
function again(): void {
  depth++;
  console.log("depth", depth);
  if (depth < 4) setTimeout(again, 30);
}
setTimeout(() => {
  console.log("outer");
  setTimeout(() => console.log("inner"), 30);
}, 10);
setTimeout(again, 70);
