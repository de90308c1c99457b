const f = async (n: number = 1): Promise<number> => n; //! RG1019
f(2);
