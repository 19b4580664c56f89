import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeZip } from "../../test/support/make-zip.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import { readInput, type InputResult } from "./read-input.ts";
import { listZipEntries, readZipEntry } from "./zip-entries.ts";

// Real files from shared/corpus (see test/fixtures/files/README.md).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/files/${name}`, import.meta.url)));

async function text(bytes: Uint8Array): Promise<{ text: string; meta: Extract<InputResult, { ok: true }>["meta"] }> {
  const result = await readInput(bytes);
  if (!result.ok) throw new Error(`rejected: ${result.code}: ${result.reason}`);
  return result;
}

/** A well-formed one-page PDF whose page draws nothing (offsets in the xref table computed, not guessed). */
function blankPagePdf(): Uint8Array {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** Lines joined the way a reader sees them: one space for every line break. */
const flat = (s: string) => s.replace(/\s+/g, " ");
/** Tokens with a lower-case letter right before a capital: "zijnGeweest", "vanDijk". */
const camelTokens = (s: string) => s.split(/\s+/).filter((t) => /\p{Ll}\p{Lu}/u.test(t) && !/^\(?GroenLinks-PvdA\)?[.,]?$/.test(t));

describe("readInput: PDF (pdf.js text positions)", () => {
  it("rebuilds the header of an Aanhangsel with its words intact", async () => {
    const { text: t, meta } = await text(fixture("ah-tk-20232024-1893.pdf"));
    expect(meta).toMatchObject({ format: "pdf", pages: 2 });
    expect(flat(t)).toContain(
      "Vragen van het lid Klaver (GroenLinks-PvdA) aan de Minister van Buitenlandse Zaken over het bericht dat Corendon Russische toeristen naar de zon blijft vliegen (ingezonden 18 april 2024).",
    );
    expect(flat(t)).toContain("Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen 3 juni 2024).");
    expect(camelTokens(t)).toEqual([]);
  });

  it("keeps line ends as line breaks and never glues words across them", async () => {
    const { text: t } = await text(fixture("ah-tk-20232024-1893.pdf"));
    expect(t).toContain("Vallen\ndeze vluchten onder deze sancties?");
    // the hyphen of a broken word is kept for the normaliser to judge
    expect(t).toContain("luchtvaartmaat-\nschappijen");
    // a footnote number printed with a space before its note stays apart from it
    expect(t).toContain("\n1 NRC, 16 april 2024, «Reisorganisatie Corendon");
  });

  it("leaves the running footer and the page-one colophon out of the body, as furniture", async () => {
    const { text: t, meta } = await text(fixture("ah-tk-20232024-1893.pdf"));
    expect(t).not.toMatch(/Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel/);
    expect(t).not.toMatch(/ISSN|’s-Gravenhage 2024|^ah-tk-/m);
    expect(t).not.toMatch(/^\d$(?![^]*Vergaderjaar)/m); // no bare page number after the title block
    expect(meta.furniture).toEqual(expect.arrayContaining(["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "ah-tk-20232024-1893"]));
  });

  it("gives the structure stage all seven questions, the asker, the answerer and the number", async () => {
    const { text: t, meta } = await text(fixture("ah-tk-20232024-1893.pdf"));
    expect(t.match(/^Vraag \d+$/gm)).toEqual(["Vraag 1", "Vraag 2", "Vraag 3", "Vraag 4", "Vraag 5", "Vraag 6", "Vraag 7"]);
    const x = extractDocument("ah-tk-20232024-1893.pdf", t, undefined, { furniture: meta.furniture });
    expect(x.document).toMatchObject({ kind: "kamervraag", number: "ah-tk-20232024-1893", submitted: "2024-04-18" });
    expect(x.segments?.filter((s) => s.kind === "question")).toHaveLength(7);
    // the asker is the Kamerlid Klaver (GroenLinks-PvdA) seated on the day of the questions, by the knowledge base
    expect(x.relations.filter((r) => r.type === "ASKED").map((r) => r.source)).toEqual(["person:klaver-jf-1986"]);
    expect(x.relations.filter((r) => r.type === "ANSWERED").map((r) => r.source)).toEqual(["person:bruins-slot"]);
  });

  it("puts an accent drawn as a glyph of its own back on its letter", async () => {
    const { text: t } = await text(fixture("ah-tk-20232024-1949.pdf"));
    expect(t).toContain("Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede");
    expect(t).not.toContain("¸");
    expect(t.match(/^Vraag .+$/gm)).toEqual(["Vraag 1", "Vraag 2 en 3", "Vraag 4", "Vraag 5"]);
  });
});

describe("readInput: DOCX (word/document.xml)", () => {
  it("reads the answer letter without its field codes and the text boxes once", async () => {
    const { text: t, meta } = await text(fixture("beantwoording-eerdmans.docx"));
    expect(meta.format).toBe("docx");
    expect(t).not.toMatch(/DOCPROPERTY|MERGEFORMAT|\\\*/);
    expect(t).toContain("Onderwerp\nBeantwoording Kamervragen van het lid Eerdmans (JA21) over het bericht dat een ME'er in Arnhem zijn taak niet wilde uitvoeren vanwege zijn religie\n");
    expect(t.match(/Retouradres/g)).toHaveLength(1);
    expect(t.match(/^Vraag \d+$/gm)).toEqual(["Vraag 1", "Vraag 2", "Vraag 3"]);
    expect(t.match(/^Antwoord op vraag \d+$/gm)).toHaveLength(3);
  });

  it("numbers footnote references as Word does and puts the notes after the body", async () => {
    const { text: t } = await text(fixture("beantwoording-eerdmans.docx"));
    expect(t).toContain("de inzet van de Mobiele Eenheid (ME)1.");
    expect(t.trimEnd().split("\n").at(-1)).toBe("1 Aanhangsel van de Handelingen, vergaderjaar 2023-2024, nr. 1121.");
  });

  it("drops nested fields (IF { PAGE } …, SECTIONPAGES, DOCVARIABLE) and keeps the letter", async () => {
    const { text: t } = await text(fixture("beantwoording-teunissen.docx"));
    expect(t).not.toMatch(/\b(?:PAGE|SECTIONPAGES|DOCVARIABLE|DOCPROPERTY|MERGEFORMAT)\b/);
    expect(t).toContain("Datum\n26 augustus 2024\n");
    expect(t).toMatch(/^Vraag 22$/m);
    expect(camelTokens(t).filter((w) => !/^(?:\(?PvdD\)?|\(?JenV\)?|Yeşilgöz-Zegerius)/.test(w))).toEqual([]);
  });
});

describe("readInput: rejections name the reason", () => {
  const rejected = async (bytes: Uint8Array) => {
    const result = await readInput(bytes);
    if (result.ok) throw new Error("accepted");
    expect(result.reason.length).toBeGreaterThan(15);
    return result;
  };

  it("refuses a PNG image (real bytes, from the DOCX's media)", async () => {
    const docx = fixture("beantwoording-eerdmans.docx");
    const png = readZipEntry(docx, listZipEntries(docx).find((e) => e.name === "word/media/image1.png")!);
    expect(png.subarray(1, 4)).toEqual(new TextEncoder().encode("PNG"));
    expect(await rejected(png)).toMatchObject({ code: "unsupported-format", reason: expect.stringContaining("PNG image") });
  });

  it("refuses a ZIP without word/document.xml, and names a spreadsheet as one", async () => {
    expect(await rejected(makeZip({ "notes.txt": "Vraag 1" }))).toMatchObject({ code: "unsupported-format", reason: expect.stringContaining("without word/document.xml") });
    expect(await rejected(makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }))).toMatchObject({ reason: expect.stringContaining("Excel") });
  });

  it("refuses a truncated PDF and a PDF that is only a header", async () => {
    const pdf = fixture("ah-tk-20232024-1893.pdf");
    expect(await rejected(pdf.subarray(0, Math.floor(pdf.length * 0.6)))).toMatchObject({ code: "truncated", format: "pdf" });
    expect(await rejected(new TextEncoder().encode("%PDF-1.7\n"))).toMatchObject({ code: "truncated" });
    expect(await rejected(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n"))).toMatchObject({ code: "damaged-pdf" });
  });

  it("refuses a PDF without a text layer (a page with no text, as a scan would be)", async () => {
    expect(await rejected(blankPagePdf())).toMatchObject({ code: "no-text", reason: expect.stringContaining("OCR") });
  });

  it("refuses a truncated DOCX, random bytes, an empty file and Latin-1 text", async () => {
    const docx = fixture("beantwoording-eerdmans.docx");
    expect(await rejected(docx.subarray(0, 40_000))).toMatchObject({ code: "unsupported-format", reason: expect.stringContaining("damaged ZIP") });
    // deterministic noise (a linear congruential generator), not text in any encoding
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    expect(await rejected(noise)).toMatchObject({ code: "binary" });
    expect(await rejected(new Uint8Array(0))).toMatchObject({ code: "empty" });
    expect(await rejected(Uint8Array.from([...new TextEncoder().encode("Brief over het caf"), 0xe9, 0x0a]))).toMatchObject({ code: "invalid-utf8" });
  });

  it("reads UTF-8 text as it is, whatever the file is called", async () => {
    const kv = new TextEncoder().encode("\uFEFFVragen van het lid Krul (CDA) aan de Minister voor Economische Zaken\n");
    expect(await readInput(kv)).toMatchObject({ ok: true, text: "Vragen van het lid Krul (CDA) aan de Minister voor Economische Zaken\n", meta: { format: "text" } });
  });
});
