import { describe, expect, it } from "vitest";
import { looseKey, nameKey, tokenize } from "./tokens.ts";

describe("tokenize", () => {
  it("keeps Dutch institution spellings whole and keeps offsets", () => {
    const text = "De SSC-ICT en Rijksoverheid.nl van OCW & I&W";
    const toks = tokenize(text, 10);
    expect(toks.map((t) => t.text)).toEqual(["De", "SSC-ICT", "en", "Rijksoverheid.nl", "van", "OCW", "&", "I&W"]);
    expect(toks[1]).toMatchObject({ start: 13, end: 20, norm: "ssc-ict" });
    expect(toks[6]!.norm).toBe("en");
  });
  it("builds keys that survive diacritics, spacing and hyphen variants", () => {
    expect(nameKey("Ministerie van Financiën")).toBe("ministerie van financien");
    expect(looseKey("Audit Dienst Rijk")).toBe(looseKey("Auditdienst Rijk"));
    expect(looseKey("SSC ICT")).toBe(looseKey("SSC-ICT"));
  });
});
