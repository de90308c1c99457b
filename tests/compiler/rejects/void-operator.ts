// The void operator has no use in an app: call the function as a statement.
function work(): number {
  return 1;
}
void work(); //! RG1023
