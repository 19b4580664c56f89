import { describe, expect, it } from "vitest";
import { findDutchDates, parseDutchDate, toIsoDate } from "./dutch-dates.ts";

describe("Dutch dates", () => {
  it("parses written, numeric and ISO dates", () => {
    expect(parseDutchDate("Ingediend 28 januari 2022")).toBe("2022-01-28");
    expect(parseDutchDate("d.d. 15-05-2024")).toBe("2024-05-15");
    expect(parseDutchDate("Vastgesteld 9 juni 2026")).toBe("2026-06-09");
    expect(parseDutchDate("(ontvangen 3 sept. 2024)")).toBe("2024-09-03");
    expect(parseDutchDate("op 1e januari 2020")).toBe("2020-01-01");
    expect(parseDutchDate("peildatum 30/9/2023")).toBe("2023-09-30");
    expect(parseDutchDate("2024-05-15")).toBe("2024-05-15");
  });
  it("rejects impossible dates and partial periods", () => {
    expect(parseDutchDate("31 februari 2024")).toBeNull();
    expect(parseDutchDate("eind maart 2020")).toBeNull();
    expect(parseDutchDate("36945-VI-2")).toBeNull();
    expect(toIsoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(toIsoDate(2023, 2, 29)).toBeNull();
  });
  it("finds all dates in order with offsets", () => {
    const t = "Op 27 mei 2026 voorgelegd; bij brief van 9 juni 2026 beantwoord.";
    const found = findDutchDates(t, 10);
    expect(found.map((d) => d.iso)).toEqual(["2026-05-27", "2026-06-09"]);
    expect(t.slice(found[1]!.start - 10, found[1]!.end - 10)).toBe("9 juni 2026");
  });
});
