for (let i = 0; i < 3; i++) {
  setTimeout(() => console.log("tick", i), 10 + i);
}
function start(label: string): void {
  let count = 0;
  const id = setInterval(() => {
    count = count + 1;
    console.log(label, count);
    if (count === 3) clearInterval(id);
  }, 5);
}
start("every");
