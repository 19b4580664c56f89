import { describe, expect, it } from "vitest";
import { answerStart, findRunInHeadings } from "./run-in-questions.ts";

// Real text, whitespace collapsed as the normaliser leaves a one-line OCR letter.
// ar-2012-02-13-beantwoording-kamervragen-over-het-rapport-kosten-jeugdbescherming-en-b37f72.txt
const PAGE_NUMBER = "(Tweede Kamer, vergaderjaar 2011-2012, 31 839, nr. 158) Vraag 10 5/9 Waarom kan er geen betrouwbaar beeld";
// ar-2012-06-11-beantwoording-kamervragen-over-het-rapport-bij-het-jaarverslag-2011-v-ea9617.txt ("Vraag3" glued by the scan)
const GLUED = "(Tweede Kamer, Vergaderjaar 2011-2012, 33 240 X, nr. 2) Vraag3 37 Op welke wijze denkt u dat de uniformiteit van de";
// kamervragen/kv-080.txt: combined questions with an explicit answer label
const COMBINED = "Ja Vraag 2 t/m 6 Kunt u de brandbrief van de GGD-arts met de Kamer delen en een reactiegeven op elk van de punten in de brandbrief?Klopt het dat meerdere jonge kinderen daar zijn afgevallen tot ondergewicht?Hoe beoordeelt u het niveau van de opvang, met name voor gezinnen metkinderen in Assen?Zijn maatregelen noodzakelijk? Zo ja, welke?Kunt u deze vragen één voor één en binnen een week beantwoorden? Antwoord 2 t/m 6 Ab";
// ar-2015-02-26-beantwoording-kamervragen-over-het-rapport-belastingontwijking-a21966.txt: a reference, then a heading
const REFERENCE = "belastingadvieskantoren. Zie ook het antwoord op vraag 7, Vraag 2 Heeft de Algemene Rekenkamer gesproken met trustkantoren";
// ar-2014-06-13-beantwoording-kamervragen-over-het-rapport-resultaten-verantwoordings-2f07e8.txt: a '?' inside the answer's parentheses does not end its first sentence
const PARENTHESIS = "Vraag 3 Wat betekent het concreet dat er zo veel kritiek is op het personeelsbeheer? Kunnen concrete voorbeelden gegeven worden wat er niet goed gaat of wat onduidelijk is en waarom het dringend noodzakelijk is dat dit verbeterd wordt? Bij Personeelsbeheer gaat het om het op tijd verwerken van de mutaties in het personeelsbestand (in en uit dienst, salarisschalen, verlof), het controleren van de personeelsuitgaven (reiskosten, studiekosten, etc.) en het toezien op het uitvoeren van deze controles (wordt er gecontroleerd door de medewerkers die daar mandaat voor hebben?). Het niet goed uitvoeren";

describe("findRunInHeadings", () => {
  it("reads the number and skips the page number the scan put after it", () => {
    const [h] = findRunInHeadings(PAGE_NUMBER);
    expect(h!.numbers).toEqual([10]);
    expect(PAGE_NUMBER.slice(h!.contentStart).startsWith("Waarom kan er")).toBe(true);
  });
  it("reads a heading glued to its number", () => {
    expect(findRunInHeadings(GLUED).map((h) => h.numbers)).toEqual([[3]]);
  });
  it("reads a range of combined questions", () => {
    expect(findRunInHeadings(COMBINED).map((h) => h.numbers)).toEqual([[2, 3, 4, 5, 6]]);
  });
  it("does not take a lower-case reference for a heading", () => {
    expect(findRunInHeadings(REFERENCE).map((h) => h.numbers)).toEqual([[2]]);
  });
});

describe("answerStart", () => {
  it("an explicit Antwoord label starts the answer", () => {
    const h = findRunInHeadings(COMBINED)[0]!;
    const a = answerStart(COMBINED, h.contentStart, COMBINED.length);
    expect(a).toMatchObject({ rule: "ar.split.antwoord-label" });
    expect(COMBINED.slice(a!.at)).toBe("Antwoord 2 t/m 6 Ab");
  });
  it("after a run of questions, the first statement is the answer", () => {
    const h = findRunInHeadings(PARENTHESIS)[0]!;
    const a = answerStart(PARENTHESIS, h.contentStart, PARENTHESIS.length);
    expect(a).toMatchObject({ rule: "ar.split.question-mark-then-statement" });
    expect(PARENTHESIS.slice(a!.at).startsWith("Bij Personeelsbeheer")).toBe(true);
  });
  it("a block that is all question has no answer", () => {
    // ar-2021-06-08 (BZK), Vraag 4 and 5 are answered together after Vraag 5
    const text = "Vraag 4 Kan voor elk project van het programma aangegeven worden of het project haalbaar is, is rondgerekend en een einddatum heeft?";
    expect(answerStart(text, 8, text.length)).toBeNull();
  });
});
