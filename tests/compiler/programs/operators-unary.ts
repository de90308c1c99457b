const a = 5;
const n = -a;
console.log(-a, +a, ~a, -(-a), - -a, ~~3.7, ~-1, !true, !!false, n);
console.log(-0, -(0), +(-0), 0 * -1, -NaN, -Infinity, ~NaN);
