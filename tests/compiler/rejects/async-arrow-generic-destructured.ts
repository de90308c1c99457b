interface Box<T> {
  value: T;
}
const unwrap = async <T,>({ value }: Box<T>, fallback?: T): Promise<T> => fallback ?? value; //! RG1001
unwrap({ value: 1 }).then((v) => console.log(v));
