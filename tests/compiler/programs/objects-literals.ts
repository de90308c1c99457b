// @qemu
interface User {
  name: string;
  age: number;
  email?: string;
}
const a: User = { name: "ann", age: 31 };
const b: User = { name: "bob", age: 25, email: "b@x.org" };
console.log(a.name, a.age, a.email, b.email);
console.log(a.email ?? "no email", b.email ?? "no email");
const alias = a;
alias.age += 1;
console.log(a.age, alias === a, a === b);
const users: User[] = [a, b];
for (const u of users) console.log(`${u.name} is ${u.age}`);
function older(u: User, by: number): User {
  return { name: u.name, age: u.age + by };
}
console.log(older(b, 10).age);
const point = { x: 1, y: 2 };
point.x = 5;
console.log(point.x + point.y);
function find(users: User[], name: string): User | null {
  for (const u of users) if (u.name === name) return u;
  return null;
}
console.log(find(users, "zed")?.name, find(users, "zed") === null);
const maybe = find(users, "bob");
console.log(maybe?.name, maybe?.email?.length, maybe !== null);
const { name, age } = b;
console.log(name, age);
const [first, second] = users;
console.log(first?.name, second?.name);
console.log(a);
