import { loadState, saveState } from "regen";

// Objects of any type are heap objects, but the saved state has a fixed-size encoding: its fields are
// numbers, integers, booleans or objects of such fields. Each of these names the field that breaks it.
interface Profile {
  name: string;
  visits: number;
}
interface Track {
  points: number[];
}
interface Outer {
  inner: { label: string };
  n: number;
}
interface Maybe {
  limit?: number;
}

const profile: Profile = { name: "a", visits: 1 };
console.log(profile.name, saveState<Profile>(profile)); //! RG1031
console.log(loadState<Track>() === undefined); //! RG1031
console.log(loadState<Outer>() === undefined); //! RG1031
saveState<Maybe>({}); //! RG1031
