import { describe, expect, it } from "vitest";
import { parseDue } from "./due-dates.ts";

const ref = { documentDate: "2024-06-28" };
const due = (s: string, r = ref) => parseDue(s, r);

describe("parseDue: last day of the period named", () => {
  it.each([
    ["Ik verwacht daar eind maart 2020 een beeld van te hebben.", "2020-03-31", "eind maart 2020"],
    ["De eerstvolgende voortgangsbrief cyber is voorzien in september 2026.", "2026-09-30", "in september 2026"],
    ["Over de uitkomsten wordt uw Kamer in de eerste helft van 2027 geïnformeerd.", "2027-06-30", "eerste helft van 2027"],
    ["Wij ronden dit in de tweede helft van 2025 af.", "2025-12-31", "tweede helft van 2025"],
    ["Bedoeling is om in 2026 diverse proof of concepts uit te voeren.", "2026-12-31", "in 2026"],
    ["We breiden het CIO-stelsel per 1 juli uit.", "2024-07-01", "per 1 juli"],
    ["Ook sluit de rijksoverheid eind 2024 en medio 2025 nieuwe raamovereenkomsten.", "2025-06-30", "eind 2024 en medio 2025"],
    ["Volgend jaar wil ik de eerste testgebruikers overzetten.", "2025-12-31", "Volgend jaar"],
    ["Ik informeer uw Kamer in het derde kwartaal van 2025.", "2025-09-30", "derde kwartaal van 2025"],
    ["De evaluatie volgt in Q1 2026.", "2026-03-31", "Q1 2026"],
    ["Het rapport verschijnt medio 2025.", "2025-06-30", "medio 2025"],
    ["Ik stuur u voor 1 december 2024 een brief.", "2024-12-01", "voor 1 december 2024"],
    ["Ik informeer u later dit jaar.", "2024-12-31", "later dit jaar"],
    ["Ik stuur de Kamer dit najaar een voortgangsbrief.", "2024-11-30", "dit najaar"],
  ])("%s", (s, date, text) => {
    expect(due(s)).toMatchObject({ due: date, due_text: text });
  });

  it.each([
    ["De volgende update wordt voor het zomerreces aan de Kamer aangeboden.", "voor het zomerreces"],
    ["Ik laat u de antwoorden zo spoedig mogelijk toekomen.", "zo spoedig mogelijk"],
    ["De uitkomsten zijn over enige maanden beschikbaar.", "over enige maanden"],
    ["EZK en BZK bezien komende tijd nader hoe dit kan.", "komende tijd"],
    ["Dit wordt de komende jaren aangevuld.", "de komende jaren"],
    ["Het opstellen van eisen is in de volgende fase (NOK-fase) voorzien.", "in de volgende fase (NOK-fase)"],
  ])("vague: %s", (s, text) => {
    expect(due(s)).toMatchObject({ due: null, due_text: text });
  });

  it("returns null without a time expression, and leaves year ranges alone", () => {
    expect(due("Op basis daarvan neem ik een besluit.")).toBeNull();
    expect(due("In de periode 2019 - 2021 is veel gebeurd.")).toBeNull();
  });
});
