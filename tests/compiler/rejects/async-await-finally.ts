import { sleep } from "regen";
async function f(): Promise<void> {
  try {
    console.log(1);
  } finally {
    await sleep(1); //! RG1001
  }
}
f();
