import { describe, expect, it } from "vitest";
import { parseByteSize } from "./security.ts";

describe("parseByteSize", () => {
  it("reads the units express uses", () => {
    expect(parseByteSize("1mb")).toBe(1_048_576);
    expect(parseByteSize("500kb")).toBe(512_000);
    expect(parseByteSize("100")).toBe(100);
    expect(parseByteSize("1.5 MB")).toBe(1_572_864);
  });
  it("refuses nonsense", () => {
    expect(() => parseByteSize("lots")).toThrow();
  });
});
