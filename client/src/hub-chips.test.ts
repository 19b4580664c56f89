import { describe, expect, it } from "vitest";
import { chipLabel } from "./hub-chips.ts";

describe("chipLabel", () => {
  it("shows the type's total before anything of it is shown", () => {
    expect(chipLabel("Organisation", 80, undefined)).toBe("Organisation 80");
  });
  it("shows how many remain after a page", () => {
    expect(chipLabel("Organisation", 80, 50)).toBe("Organisation 30 more");
  });
  it("marks a type whose last page is shown", () => {
    expect(chipLabel("Person", 50, null)).toBe("Person 50 ✓");
  });
});
