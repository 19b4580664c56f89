import { describe, expect, it } from "vitest";
import { flatten } from "./flat-text.ts";

describe("flatten", () => {
  // header lines of shared/corpus/kamervragen/kv-004.txt, as wrapped by the PDF
  const text = "Antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen\n14 november 2024).\n";

  it("reads a wrapped line as one, and maps every flat offset back", () => {
    const f = flatten(text);
    expect(f.flat).toBe("Antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 14 november 2024).");
    const i = f.flat.indexOf("14 november");
    expect(text.slice(f.at(i), f.at(i) + 2)).toBe("14");
    const span = f.span(f.flat.indexOf("(ontvangen"), f.flat.length);
    expect(text.slice(span.start, span.end)).toBe("(ontvangen\n14 november 2024).");
  });

  it("trims, collapses runs of any white space, and respects the stretch it was given", () => {
    const f = flatten("  a \t\n\n b  ", 0, 11);
    expect(f.flat).toBe("a b");
    expect(f.at(2)).toBe(8);
    expect(flatten("xx ab cd", 3).flat).toBe("ab cd");
    expect(flatten("").flat).toBe("");
  });
});
