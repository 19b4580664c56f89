import { describe, expect, it } from "vitest";
import { lineText, pageLines, type PdfTextItem } from "./pdf-layout.ts";
import { pdfText } from "./pdf-text.ts";

// Item positions as pdf.js reports them for real pages (file named per test);
// only the items around the point under test are kept.
const item = (str: string, x: number, y: number, width: number, size: number): PdfTextItem => ({ str, x, y, width, size });
const page = (items: PdfTextItem[], height = 771) => ({ width: 558, height, items });

describe("pageLines", () => {
  it("joins a raised footnote mark to its line and keeps the printed space after it (ah-tk-20232024-1999.pdf)", () => {
    const lines = pageLines(page([
      item("een juridische analyse hebben gemaakt van het hoofdlijnenakkoord?", 221.1, 417.2, 279.6, 8.5),
      item("1 ", 500.7, 420.7, 6.4, 5.5),
      item("Zo ja,", 507.1, 417.2, 22.7, 8.5),
      item("kunt u deze analyse op zo kort mogelijke termijn met de Kamer delen op", 221.1, 407.7, 297, 8.5),
    ]));
    expect(lines.map(lineText)).toEqual([
      "een juridische analyse hebben gemaakt van het hoofdlijnenakkoord?1 Zo ja,",
      "kunt u deze analyse op zo kort mogelijke termijn met de Kamer delen op",
    ]);
  });

  it("puts a space where items leave a gap and none where they touch (ah-tk-20232024-1999.pdf)", () => {
    const [line] = pageLines(page([
      item("Vragen van de leden", 221.1, 509.1, 82.5, 8.5),
      item(" ", 303.6, 509.1, 0.3, 8.5),
      item("Sneller", 305.9, 509.1, 31.7, 8.5),
      item("(D66),", 340, 509.1, 23.7, 8.5),
    ]));
    expect(lineText(line!)).toBe("Vragen van de leden Sneller (D66),");
    const [touching] = pageLines(page([item("Faber-van de Klashorst", 296.8, 509.1, 102.7, 8.5), item("(PVV) aan de", 399.5, 509.1, 50, 8.5)]));
    expect(lineText(touching!)).toBe("Faber-van de Klashorst(PVV) aan de"); // as printed: the PDF has no space there
  });

  it("splits a line at a column gap and reads label and value on one line (openkamer_besluitenlijst_example4.pdf)", () => {
    const [line] = pageLines(page([item("Voortouwcommissie:", 92.6, 619.8, 80.8, 9.4), item("vaste commissie voor Buitenlandse Zaken", 210.8, 618.5, 183.7, 10.4)], 792));
    expect(line!.segments.map((s) => s.text)).toEqual(["Voortouwcommissie:", "vaste commissie voor Buitenlandse Zaken"]);
    expect(lineText(line!)).toBe("Voortouwcommissie: vaste commissie voor Buitenlandse Zaken");
  });

  it("reads lines top to bottom whatever the order of the items", () => {
    const lines = pageLines(page([item("tweede regel", 221, 400, 50, 8.5), item("eerste regel", 221, 409.6, 50, 8.5)]));
    expect(lines.map(lineText)).toEqual(["eerste regel", "tweede regel"]);
  });
});

describe("pdfText: running headers and footers", () => {
  // ah-tk-20232024-1893.pdf: the footer and page number of both pages, one body line each
  const footer = (n: number, body: string) =>
    page([item(body, 221.1, 700, 200, 8.5), item("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", 221.1, 69.4, 225.6, 9.1), item(String(n), 535, 69.4, 5, 9.1)]);

  it("leaves out a footer that recurs with a page counter, and reports it as furniture", () => {
    const result = pdfText([footer(1, "Vraag 1"), footer(2, "Vraag 3")]);
    expect(result.text).toBe("Vraag 1\nVraag 3\n");
    expect(result.furniture).toEqual(["1", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"]);
  });

  it("keeps body lines that merely start every page at the same height (openkamer_besluitenlijst_example1.pdf)", () => {
    const top = (label: string, value: string) => page([item(label, 107.8, 737.3, 48.4, 9.4), item(value, 194.2, 736.2, 200, 10.4), item("Zaak:", 107.4, 712.1, 23.9, 9.4)], 792);
    const result = pdfText([top("6. Agendapunt:", "Voortgang Huis voor democratie"), top("7. Agendapunt:", "Voortgangsrapportage programma")]);
    expect(result.text).toBe("6. Agendapunt: Voortgang Huis voor democratie\nZaak:\n7. Agendapunt: Voortgangsrapportage programma\nZaak:\n");
    expect(result.furniture).toEqual([]);
  });

  it("keeps everything of a one-page document: one page is no evidence of recurrence", () => {
    expect(pdfText([footer(1, "Vraag 1")]).text).toBe("Vraag 1\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n");
  });

  it("takes the small-print colophon out of the margin, also beside a footer (ah-tk-20232024-1999.pdf, one page)", () => {
    const result = pdfText([
      page([
        item("Vraag 1", 221.1, 436.4, 30.3, 8.5),
        item("Klopt het bericht dat ambtenaren van het Ministerie van Binnenlandse Zaken", 221.1, 426.8, 313.6, 8.5),
        item("ah-tk-20232024-1999", 55.3, 82.3, 56.7, 5.9),
        item("ISSN 0921 - 7398", 55.3, 75.9, 46.9, 5.9),
        item("’s-Gravenhage 2024", 55.3, 69.4, 54.6, 5.9),
        item("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", 221.1, 69.4, 225.6, 9.1),
      ]),
    ]);
    expect(result.text).toBe("Vraag 1\nKlopt het bericht dat ambtenaren van het Ministerie van Binnenlandse Zaken\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n");
    expect(result.furniture).toEqual(["ah-tk-20232024-1999", "ISSN 0921 - 7398", "’s-Gravenhage 2024"]);
  });

  it("keeps a label in body size left of its value at the foot of a page (openkamer_besluitenlijst_example4.pdf)", () => {
    const body = Array.from({ length: 6 }, (_, i) => item(`regel ${i} van de besluitenlijst`, 194.2, 460 - 12 * i, 200, 10.4));
    const result = pdfText([page([...body, item("Griffier:", 92.6, 80, 31.3, 9.4), item("T.J.E. van Toor", 204.1, 79, 64.7, 10.4)], 792)]);
    expect(result.text).toContain("\nGriffier: T.J.E. van Toor\n");
    expect(result.furniture).toEqual([]);
  });
});
