// Static getters and setters are not compiled yet (a static method or field works).
class Counter {
  private static n = 0;
  static get count(): number { //! RG1002
    return Counter.n;
  }
  static set count(v: number) { //! RG1002
    Counter.n = v;
  }
}
Counter.count = 5;
console.log(Counter.count);
