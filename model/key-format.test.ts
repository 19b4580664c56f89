import { describe, expect, it } from "vitest";
import { compileKeyFormat, keyFormatParts } from "./key-format.ts";

describe("compileKeyFormat", () => {
  it("fills the named parts in order, the literal text between them kept", () => {
    expect(compileKeyFormat("<docKey>:c<start>")({ docKey: "d1", start: 40 })).toBe("d1:c40");
    expect(compileKeyFormat("<relKey>@<docKey>:<start>-<end>")({ relKey: "FUNDED|a|b", docKey: "d", start: 1, end: 9 })).toBe("FUNDED|a|b@d:1-9");
    expect(compileKeyFormat("doc:<docKey>")({ docKey: "x" })).toBe("doc:x");
  });

  it("throws when a part is missing, naming it", () => {
    expect(() => compileKeyFormat("<docKey>#q<number>")({ docKey: "d" })).toThrow(/missing number/);
  });

  it("lists the parts a format needs", () => {
    expect(keyFormatParts("<docKey>:<start>-<end>")).toEqual(["docKey", "start", "end"]);
  });
});
