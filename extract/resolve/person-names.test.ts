import { describe, expect, it } from "vitest";
import { entryNameParts, personNamesConflict } from "./person-names.ts";

// lexicon person (extract/lexicons/people.json) and the Rekenkamer's secretaris as its letters sign
// (ar-2019-06-05 … "drs. C. (Cornelis) van der Werf, secretaris"; ar-2024-06-04 … "Cornelis van der Werf, secretaris")
const MP = { name: "Hanneke van der Werf", aliases: ["Van der Werf"] };
const MINISTER = { name: "Ronald Plasterk", aliases: ["Plasterk", "R.H.A. Plasterk"] };

describe("personNamesConflict", () => {
  it("keeps people with other initials or another given name apart", () => {
    expect(personNamesConflict({ initials: "C.", given: "Cornelis" }, MP)).toBe(true);
    expect(personNamesConflict({ given: "Cornelis" }, MP)).toBe(true);
    expect(personNamesConflict({ initials: "C." }, MP)).toBe(true);
  });
  it("lets the same person through, and never splits on a bare surname", () => {
    expect(personNamesConflict({ given: "Hanneke" }, MP)).toBe(false);
    expect(personNamesConflict({ initials: "H." }, MP)).toBe(false);
    expect(personNamesConflict({}, MP)).toBe(false);
    expect(personNamesConflict({ initials: "R.H.A." }, MINISTER)).toBe(false);
    expect(personNamesConflict({ given: "Ronald" }, MINISTER)).toBe(false);
  });
  it("reads given name and initials from a lexicon entry", () => {
    expect(entryNameParts(MINISTER)).toEqual({ given: "Ronald", initials: ["R.H.A."] });
    expect(entryNameParts(MP)).toEqual({ given: "Hanneke", initials: [] });
  });
});
