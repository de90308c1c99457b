async function f() {} //! RG1001
f();
