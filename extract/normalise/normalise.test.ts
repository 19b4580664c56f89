import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise, quoteOriginal } from "./normalise.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");

/** Every output character that is not layout (space, line break, bullet) must come from the same character in the original. */
function expectExactMap(original: string): void {
  const n = normalise(original);
  let prev = -1;
  for (let i = 0; i < n.text.length; i++) {
    const c = n.text[i]!;
    const o = n.toOriginal(i);
    if (o < 0 || o > original.length) throw new Error(`char ${i} maps outside the original: ${o}`);
    if (c === " " || c === "\n" || c === "•") continue;
    if (original[o] !== c) throw new Error(`char ${i} ${JSON.stringify(c)} maps to ${o} ${JSON.stringify(original[o])}`);
    prev = o;
  }
  expect(prev).toBeLessThan(original.length);
}

// A realistic page of Aanhangsel PDF text: page furniture, hard wraps,
// hyphenation, footnote markers and the footnote body at the page foot.
const AANHANGSEL = [
  "ah-tk-20242025-582",
  "ISSN 0921-7398",
  "'s-Gravenhage 2025",
  "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel",
  "",
  "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Staatssecretaris van",
  "Binnenlandse Zaken en Koninkrijksrelaties over het verantwoordings-",
  "onderzoek van de Algemene Rekenkamer naar het ICT-",
  "project bij Logius (ingezonden 12 september 2024).",
  "",
  "Vraag 1",
  "Bent u bekend met het bericht «Rekenkamer kritisch over Logius»?1",
  "",
  "Antwoord 1",
  "Ja. Het BIT heeft het NSC-",
  "advies over de hard- ",
  "en software in 2023 opgeleverd.2 De staatssecretaris heeft de",
  "",
  "1 https://www.rekenkamer.nl/publicaties/2024",
  "2 Kamerstuk 26 643, nr. 1100",
  "",
  "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 3",
  "",
  "Kamer hierover op 3 oktober 2024 geïnformeerd.",
].join("\n");

describe("normalise", () => {
  it("keeps clean web text as it is, apart from indentation", () => {
    const n = normalise(" • Vraag 1\n  Waarom is ervoor gekozen?\n\n  Laat ik eerst ingaan op de stichting.");
    expect(n.text).toBe("• Vraag 1\nWaarom is ervoor gekozen?\n\nLaat ik eerst ingaan op de stichting.");
    expect(n.wrapped).toBe(false);
  });

  it("handles CRLF, NBSP, odd spaces, tabs, soft hyphens and zero-width marks", () => {
    const original = "Nr.\u00a0659\t\tBRIEF\r\nVAN  DE\u2009MINISTER\u00ad\u200b.\r\n\r\nTweede alinea.";
    const n = normalise(original);
    expect(n.text).toBe("Nr. 659 BRIEF\nVAN DE MINISTER.\n\nTweede alinea.");
    expectExactMap(original);
  });

  it("drops page furniture and keeps it for the dossier number", () => {
    const n = normalise(AANHANGSEL);
    expect(n.text).not.toMatch(/ah-tk|ISSN|'s-Gravenhage|vergaderjaar/);
    expect(n.dropped.map((d) => d.text)).toContain("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel");
    expect(n.dropped.map((d) => d.text)).toContain("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 3");
    const other = normalise("Tekst van de brief loopt door.\n\nTweede Kamer, vergaderjaar 2023-2024, 36 560 VII, nr. 12 3\n\nEn verder.");
    expect(other.dropped[0]!.text).toBe("Tweede Kamer, vergaderjaar 2023-2024, 36 560 VII, nr. 12 3");
    expect(other.text).toBe("Tekst van de brief loopt door.\n\nEn verder.");
  });

  it("joins hard-wrapped lines, mends hyphenation and keeps real hyphens", () => {
    const n = normalise(AANHANGSEL);
    expect(n.wrapped).toBe(true);
    expect(n.text).toContain(
      "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over het verantwoordingsonderzoek van de Algemene Rekenkamer naar het ICT-project bij Logius (ingezonden 12 september 2024).",
    );
    expect(n.text).toContain("Ja. Het BIT heeft het NSC-advies over de hard- en software in 2023 opgeleverd.");
    // headings stay on their own line
    expect(n.text).toContain("\nVraag 1\nBent u bekend");
    expect(n.text).toContain("\nAntwoord 1\nJa.");
  });

  it("continues a sentence across a page break and moves footnote bodies to the end", () => {
    const n = normalise(AANHANGSEL);
    expect(n.text).toContain("De staatssecretaris heeft de Kamer hierover op 3 oktober 2024 geïnformeerd.");
    expect(n.text.endsWith("1 https://www.rekenkamer.nl/publicaties/2024\n\n2 Kamerstuk 26 643, nr. 1100")).toBe(true);
    expectExactMap(AANHANGSEL);
  });

  it("removes footnote markers but not numbers that belong to words", () => {
    const n = normalise(
      "Waarom een stichting van het ministerie?1 Zie de evaluatie1. Het BIT-advies1 en «SMART»6 eisen. Uitstoot CO2 daalt; 2022Z01424 en 36945-VI-2 en versie 2.4 en www.site.nl/p2 blijven. [footnoteRef:2]Klaar.",
    );
    expect(n.text).toBe(
      "Waarom een stichting van het ministerie? Zie de evaluatie. Het BIT-advies en «SMART» eisen. Uitstoot CO2 daalt; 2022Z01424 en 36945-VI-2 en versie 2.4 en www.site.nl/p2 blijven. Klaar.",
    );
  });

  it("separates sentences glued by the extractor", () => {
    expect(normalise("Het advies is afgerond.De minister reageert.").text).toBe("Het advies is afgerond. De minister reageert.");
    expect(normalise("Zie Rijksoverheid.nl voor meer.").text).toBe("Zie Rijksoverheid.nl voor meer.");
  });

  it("drops bare page numbers between blank lines but keeps note numbers", () => {
    const n = normalise("Eerste alinea eindigt hier.\n\n12\n\nTweede alinea.\n\nX Noot\n1\n\nRaadpleegbaar via www.tweedekamer.nl");
    expect(n.text).toBe("Eerste alinea eindigt hier.\n\nTweede alinea.\n\nX Noot\n1\n\nRaadpleegbaar via www.tweedekamer.nl");
  });

  it("maps every character of every seed exactly back to the original", () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith(".txt"))) expectExactMap(readFileSync(join(SEEDS, f), "utf8"));
  });

  it("maps spans so the original can be quoted", () => {
    const n = normalise(AANHANGSEL);
    const needle = "verantwoordingsonderzoek van de Algemene Rekenkamer";
    const at = n.text.indexOf(needle);
    const span = n.toOriginalSpan(at, at + needle.length);
    expect(AANHANGSEL.slice(span.start, span.end)).toBe("verantwoordings-\nonderzoek van de Algemene Rekenkamer");
    expect(quoteOriginal(AANHANGSEL, span.start, span.end)).toBe("verantwoordings- onderzoek van de Algemene Rekenkamer");
    expect(n.toOriginal(n.text.length)).toBeLessThanOrEqual(AANHANGSEL.length);
    expect(quoteOriginal("abc", -5, 99)).toBe("abc");
  });

  it("never throws on empty or binary-ish input", () => {
    expect(normalise("").text).toBe("");
    expect(normalise("").toOriginal(0)).toBe(0);
    let junk = "";
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const n = normalise(junk);
    expect(typeof n.text).toBe("string");
    for (let i = 0; i < n.text.length; i += 97) expect(n.toOriginal(i)).toBeLessThan(junk.length);
  });
});

const EXCERPTS = join(import.meta.dirname, "../../test/fixtures/real-excerpts");

describe("normalise: PDF artefacts of real Aanhangsel text (kamervragen/kv-001.txt)", () => {
  const original = readFileSync(join(EXCERPTS, "kv-001-p1.txt"), "utf8");
  const n = normalise(original);

  it("splits words the extraction glued at line ends, and names the row", () => {
    expect(n.text).toContain("ligt bij het ziekenhuis zelf");
    expect(n.text).toContain("investeringen in medische innovaties");
    expect(n.text).toContain("kunnen worden gefinancierd");
    expect(n.text).toContain("van invloed zijn geweest");
    expect(n.text).toContain("onroerend goed of het versneld");
    expect(n.text).toContain("marges aan te pakken, zodat");
    const rules = new Set(n.repairs.map((r) => r.rule));
    expect(rules).toContain("glue.function-word-right");
    expect(rules).toContain("glue.function-word-left");
    expect(rules).toContain("glue.space-after-comma");
  });

  it("keeps compounds whole", () => {
    for (const w of ["zorgverzekeraar", "bedrijfsvoering", "verantwoordelijkheid", "personeelskosten", "onderhandelbaar"]) expect(n.text).toContain(w);
  });

  it("drops glued page furniture; a footnote body printed without a gap keeps its own line, joined across its hyphen", () => {
    expect(n.text).not.toContain("ISSN");
    expect(n.text).not.toContain("ah-tk-20242025-594");
    expect(n.dropped.map((d) => d.text)).toContain("ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1");
    // no blank line before it: the note stays in place (moving single notes out of a block confuses the structure stage)
    expect(n.text).toContain("In de ziekenhuissector\n1NOS, 29 oktober 2024");
    expect(n.text).toContain("bedreigt uitvoering Zorgakkoord, https://nos.nl");
    expect(n.text).toContain("BDO-onderzoek?\n");
  });

  it("maps every repaired span back to the original", () => {
    expectExactMap(original);
    const at = n.text.indexOf("bij het ziekenhuis");
    const span = n.toOriginalSpan(at, at + "bij het".length);
    expect(original.slice(span.start, span.end)).toBe("bijhet");
    for (const r of n.repairs) expect(r.end).toBeGreaterThan(r.start);
  });
});

describe("normalise: in-line hyphens and camel-case glue (kamervragen/kv-001.txt, kv-012.txt, kv-004.txt)", () => {
  it("drops a typesetter's hyphen left inside a line, keeps real ones", () => {
    // kv-001: "op grond van de wet- en regelge-ving verantwoordelijk", "transforma-tiemiddelen", "oorzaak-gevolg relatie"
    const n = normalise("op grond van de wet- en regelge-ving verantwoordelijk voor de transforma-tiemiddelen en de oorzaak-gevolg relatie bij het IZA-partijen overleg");
    expect(n.text).toBe("op grond van de wet- en regelgeving verantwoordelijk voor de transformatiemiddelen en de oorzaak-gevolg relatie bij het IZA-partijen overleg");
  });

  it("splits a lower-case word glued to a capitalised one, and a tussenvoegsel glued to its surname", () => {
    // kv-001: "voor iedereen inNederland zorg"; kv-012: "de aangenomen motie-VanNispen c.s."; kv-004: "uwKamer"
    expect(normalise("Dat wil zeggen dat voor iedereen inNederland zorg dichtbij beschikbaar is.").text).toBe("Dat wil zeggen dat voor iedereen in Nederland zorg dichtbij beschikbaar is.");
    expect(normalise("zoals omschreven in de aangenomen motie-VanNispen c.s., bestaat").text).toBe("zoals omschreven in de aangenomen motie-Van Nispen c.s., bestaat");
    expect(normalise("Het eHerkenning-middel en iTrechter van GroenLinks en de ChristenUnie.").repairs).toEqual([]);
  });

  it("puts back the space of a sentence glued after an acronym (kamervragen/kv-023.txt)", () => {
    expect(normalise("als onderdeel van het tussentijdse herzieningsproces van het NDICI.De Commissie heeft hiervoor goedkeuring nodig").text).toContain("het NDICI. De Commissie heeft");
    expect(normalise("zie www.RIVM.Nl en de U.S.Army").text).toBe("zie www.RIVM.Nl en de U.S.Army");
  });

  it("reads a scanned capital I inside a word as i (rekenkamer/ar-2012-02-13-…-b37f72.txt)", () => {
    const original = readFileSync(join(EXCERPTS, "ar-2012-02-13-letterhead.txt"), "utf8");
    const n = normalise(original);
    expect(n.text).toContain("rapport Kosten jeugdbescherming en jeugdreclassering (Tweede Kamer");
    // the map stays exact up to the case of the repaired letter
    for (let i = 0; i < n.text.length; i++) {
      const c = n.text[i]!;
      if (c === " " || c === "\n" || c === "•") continue;
      expect(original[n.toOriginal(i)]!.toLowerCase()).toBe(c.toLowerCase());
    }
  });
});
