import { describe, expect, it } from "vitest";
import { DUE_ROWS, parseDue } from "./due-date.ts";

type Row = [sentence: string, documentDate: string | null, due: string | null, dueText: string | null];

// Every due of /work/shared/gold, with the gold's document date.
const GOLD: Row[] = [
  ["Ik laat u de antwoorden op de Kamervragen zo spoedig mogelijk toekomen.", "2022-10-21", null, "zo spoedig mogelijk"],
  ["Ik verwacht daar eind maart 2020 een beeld van te hebben.", "2020-01-17", "2020-03-31", "eind maart 2020"],
  ["Voor de aanbesteding van Digipoort is het opstellen van een programma van eisen in de volgende fase (NOK-fase) voorzien.", "2020-01-17", null, "in de volgende fase (NOK-fase)"],
  ["De eerstvolgende voortgangsbrief cyber is voorzien in september 2026.", "2026-06-09", "2026-09-30", "in september 2026"],
  ["De volgende update over de aanpak online fraude wordt voor het zomerreces aan de Kamer aangeboden.", "2026-06-09", null, "voor het zomerreces"],
  ["Volgend jaar wil ik de eerste testgebruikers overzetten naar deze soevereine digitale werkplek.", "2026-06-09", "2027-12-31", "Volgend jaar"],
  ["Onderdeel van dit programma is het in 2026 uitwerken en oefenen van herstelplannen voor de belangrijkste diensten die SSC-ICT levert.", "2026-06-09", "2026-12-31", "in 2026"],
  ["De uitkomsten zijn over enige maanden beschikbaar.", "2026-06-09", null, "over enige maanden"],
  ["Over de uitkomsten van dit onderzoek wordt uw Kamer in de eerste helft van 2027 geïnformeerd.", "2026-06-09", "2027-06-30", "in de eerste helft van 2027"],
  ["Bedoeling is om in 2026 diverse proof of concepts uit te voeren.", "2026-06-09", "2026-12-31", "in 2026"],
  ["EZK en BZK bezien komende tijd nader hoe de uitkomsten kunnen worden toegepast in nieuw beleid.", "2026-06-09", null, "komende tijd"],
  ["Ik streef ernaar een \nduidelijk kader in 2024 vast te stellen en daarop toe te zien.", "2024-06-28", "2024-12-31", "in 2024"],
  ["Om de thematische focus en het digitaal leiderschap van departementale \nCIO’s te versterken breiden we het CIO-stelsel per 1 juli uit met rollen op \nhet gebied van data, privacy, technologie en architectuur.", "2024-06-28", "2024-07-01", "per 1 juli"],
  ["Dit wordt de komende \njaren aangevuld en verrijkt.", "2024-06-28", null, "de komende jaren"],
  ["Ook sluit de rijksoverheid eind 2024 en medio 2025 nieuwe \nraamovereenkomsten voor ICT-detavast constructies.", "2024-06-28", "2025-06-30", "eind 2024 en medio 2025"],
];

// Gold commitments whose sentence names only past time: no due.
const GOLD_NO_DUE: Array<[string, string]> = [
  ["Dit advies is op 7 mei jl. ontvangen en wordt betrokken bij het verdere onderzoek naar de rol, het mandaat en de positionering die de dienst zou kunnen krijgen.", "2026-06-09"],
  ["Naar aanleiding van de overschrijding van de Roemernorm in 2022 (met \n4,2%), is op 17 oktober 2023 aan de Tweede Kamer toegezegd dat BZK \nnader onderzoek gaat doen hoe de Roemernorm alsnog gerealiseerd zou \nkunnen worden (motie Nijboer (Kamerstuk 36 410 VII, nr. 63).", "2024-06-28"],
  ["Op basis daarvan neem ik een besluit over het te volgen scenario.", "2020-01-17"],
  ["De politie past dit aan in het vernieuwde brondocument.", "2026-06-09"],
];

const OWN: Row[] = [
  // named periods → last day
  ["Het rapport verschijnt in het derde kwartaal van 2025.", null, "2025-09-30", "in het derde kwartaal van 2025"],
  ["De pilot start in Q3 2025.", null, "2025-09-30", "in Q3 2025"],
  ["Het besluit volgt in de tweede helft van 2026.", null, "2026-12-31", "in de tweede helft van 2026"],
  ["De wet treedt in werking medio 2025.", null, "2025-06-30", "medio 2025"],
  ["Het plan is begin 2025 gereed.", null, "2025-03-31", "begin 2025"],
  ["De evaluatie is eind 2025 afgerond.", null, "2025-12-31", "eind 2025"],
  ["Ik stuur u voor 1 juli 2025 een brief.", null, "2025-07-01", "voor 1 juli 2025"],
  ["Het register is in september 2026 gereed.", null, "2026-09-30", "in september 2026"],
  ["De brief volgt in de loop van 2026.", null, "2026-12-31", "in de loop van 2026"],
  ["De tweede tranche volgt in het voorjaar van 2026.", null, "2026-05-31", "in het voorjaar van 2026"],
  ["Het onderzoek is uiterlijk half maart 2026 klaar.", null, "2026-03-15", "half maart 2026"],
  ["Het onderzoek is begin april 2026 klaar.", null, "2026-04-10", "begin april 2026"],
  ["Het besluit valt voor september 2026.", null, "2026-08-31", "voor september 2026"],
  ["Dit is uiterlijk 2027 geregeld.", null, "2027-12-31", "uiterlijk 2027"],
  ["De regeling loopt tot en met 2027.", null, "2027-12-31", "tot en met 2027"],
  ["De eisen gelden per 2026.", null, "2026-01-01", "per 2026"],
  ["De subsidie stopt met ingang van 1 januari 2026.", null, "2026-01-01", "met ingang van 1 januari 2026"],
  // relative to the document date
  ["Volgend jaar breiden we uit.", "2025-05-01", "2026-12-31", "Volgend jaar"],
  ["Later dit jaar informeer ik uw Kamer.", "2025-05-01", "2025-12-31", "Later dit jaar"],
  ["Ik stuur u voor het einde van het jaar een overzicht.", "2025-05-01", "2025-12-31", "voor het einde van het jaar"],
  ["Dit najaar ontvangt uw Kamer de evaluatie.", "2025-05-01", "2025-11-30", "Dit najaar"],
  ["Komend najaar ontvangt uw Kamer de evaluatie.", "2025-12-10", "2026-11-30", "Komend najaar"],
  ["Ik informeer u in de tweede helft van dit jaar.", "2025-05-01", "2025-12-31", "in de tweede helft van dit jaar"],
  ["Ik informeer u volgende maand.", "2025-05-01", "2025-06-30", "volgende maand"],
  ["De regeling wordt per 1 januari aangepast.", "2025-05-01", "2026-01-01", "per 1 januari"],
  ["Ik stuur de brief voor 1 juli.", "2025-05-01", "2025-07-01", "voor 1 juli"],
  ["Het rapport verschijnt in november.", "2025-05-01", "2025-11-30", "in november"],
  // vague: due null, text kept
  ["Ik informeer uw Kamer voor de zomer.", "2025-03-01", null, "voor de zomer"],
  ["Ik informeer uw Kamer zo snel mogelijk.", null, null, "zo snel mogelijk"],
  ["We werken de komende maanden aan een plan.", null, null, "de komende maanden"],
  ["Ik kom hier in de volgende voortgangsbrief op terug.", null, null, "in de volgende voortgangsbrief"],
  ["De resultaten zijn binnen zes weken bekend.", null, null, "binnen zes weken"],
  ["Ik informeer uw Kamer op korte termijn.", null, null, "op korte termijn"],
  ["Ik stuur u na het zomerreces een brief.", null, null, "na het zomerreces"],
];

const NONE: Array<[string, string | null]> = [
  ["Ik neem maatregelen om herhaling te voorkomen.", "2022-10-21"],
  ["Per 1 januari 2020 is een ambtenaar toegetreden tot het bestuur.", "2022-10-21"], // past
  ["Medio april 2018 is een kennisgroep opgericht.", "2022-10-21"],
  ["De Kamerbrief van 9 december 2025 ging hierover.", "2026-06-09"],
  ["Op 19 april jl. heeft de staatssecretaris u geïnformeerd.", "2024-06-28"],
  ["Het programma Compacte Rijksdienst is eind 2014 door het kabinet afgesloten.", "2026-06-09"],
  ["Dit staat in Kamerstuk 36 410 VII, nr. 63 van vergaderjaar 2023-2024.", "2024-06-28"],
  ["Het gesprek vond plaats op 2 maart.", "2026-06-09"], // a bare day before the document is a past event
];

describe("parseDue", () => {
  it.each(GOLD)("gold: %s", (sentence, date, due, dueText) => {
    expect(parseDue(sentence, { documentDate: date })).toMatchObject({ due, due_text: dueText });
  });

  it.each(GOLD_NO_DUE)("gold without a due: %s", (sentence, date) => {
    expect(parseDue(sentence, { documentDate: date })?.due ?? null).toBeNull();
  });

  it.each(OWN)("%s", (sentence, date, due, dueText) => {
    expect(parseDue(sentence, { documentDate: date })).toMatchObject({ due, due_text: dueText });
  });

  it.each(NONE)("no deadline in: %s", (sentence, date) => {
    expect(parseDue(sentence, { documentDate: date })).toBeNull();
  });

  it("names the row that produced the date", () => {
    expect(parseDue("in de eerste helft van 2027", { documentDate: null })?.rule).toBe("due.half-year");
    for (const id of new Set(DUE_ROWS.map((r) => r.id))) expect(id).toMatch(/^due\./);
    expect(new Set(DUE_ROWS.map((r) => r.id)).size).toBe(DUE_ROWS.length);
  });

  it("takes the latest of unrelated dates", () => {
    expect(parseDue("In maart 2025 start de pilot en in 2026 volgt de uitrol.", { documentDate: "2025-01-10" })?.due).toBe("2026-12-31");
  });

  it("leaves the date open when a relative year has no document date", () => {
    expect(parseDue("Volgend jaar informeer ik u.", { documentDate: null })).toMatchObject({ due: null, due_text: "Volgend jaar" });
  });
});
