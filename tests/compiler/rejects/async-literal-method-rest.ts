const queue = {
  count: 0,
  async addAll(...xs: number[]): Promise<number> { //! RG1001
    return xs.length;
  },
};
queue.addAll(1, 2);
