// `this` in a static member (the class object) is not compiled: name the class instead.
class Counter {
  private static n = 0;
  static get count(): number {
    return this.n; //! RG1002
  }
  static bump(): number {
    const next = (): number => ++this.n; //! RG1002
    return next();
  }
  describe(): string {
    return `count ${Counter.count}`;
  }
}
Counter.bump();
console.log(Counter.count, new Counter().describe());
