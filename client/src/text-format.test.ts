import { describe, expect, it } from "vitest";
import { clipQuote, countOf } from "./text-format.ts";

describe("countOf", () => {
  it("uses the singular for one only", () => {
    expect(countOf(1, "mention")).toBe("1 mention");
    expect(countOf(0, "relation")).toBe("0 relations");
    expect(countOf(3362, "document")).toBe("3,362 documents");
    expect(countOf(2, "entity", "entities")).toBe("2 entities");
  });
});

describe("clipQuote", () => {
  it("leaves a normal sentence alone", () => {
    expect(clipQuote("UBR financiert NTF.")).toBeNull();
  });
  it("clips a long one at a word boundary, never mid-word", () => {
    const long = "woord ".repeat(600);
    const clipped = clipQuote(long, 400)!;
    expect(clipped.length).toBeLessThanOrEqual(402);
    expect(clipped.endsWith("woord …")).toBe(true);
  });
  it("clips a text without spaces at the limit", () => {
    expect(clipQuote("x".repeat(500), 400)).toBe(`${"x".repeat(400)} …`);
  });
});
