const size = async ({ length }: string, scale = 2): Promise<number> => length * scale; //! RG1020
size("abc").then((n) => console.log(n));
