import { describe, expect, it } from "vitest";
import { splitRuns } from "./highlight.ts";

describe("splitRuns", () => {
  it("cuts text into plain and highlighted runs that cover it exactly", () => {
    const text = "UBR financierde NTF <script>alert(1)</script>.";
    const runs = splitRuns(text, [{ start: 0, end: 3, className: "fact-mention" }, { start: 0, end: 19, className: "focus" }]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs[0]).toMatchObject({ text: "UBR", classes: ["fact-mention", "focus"] });
    expect(runs[1]).toMatchObject({ text: " financierde NTF", classes: ["focus"] });
    expect(runs[2]).toMatchObject({ text: " <script>alert(1)</script>.", classes: [] });
  });

  it("clamps spans outside the text and drops empty ones", () => {
    const runs = splitRuns("abc", [{ start: -5, end: 1, className: "a" }, { start: 2, end: 99, className: "b" }, { start: 2, end: 2, className: "c" }]);
    expect(runs).toEqual([
      { text: "a", start: 0, classes: ["a"], ids: [] },
      { text: "b", start: 1, classes: [], ids: [] },
      { text: "c", start: 2, classes: ["b"], ids: [] },
    ]);
  });
});
