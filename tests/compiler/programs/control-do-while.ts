let i = 0;
do {
  console.log("do", i);
  i++;
} while (i < 5);
let j = 10;
do {
  j--;
  if (j % 2 === 0) continue;
  console.log("odd", j);
} while (j > 0);
do console.log("once"); while (false);
