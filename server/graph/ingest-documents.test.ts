import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../extract/model/extraction.ts";
import type { Gateway } from "../db/gateway.ts";
import { ingestDocuments } from "./ingest-documents.ts";

// Real files from shared/corpus (see test/fixtures/files/README.md).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/files/${name}`, import.meta.url)));

/** A graph that holds nothing and is never written: every document here stops before the write. */
const emptyGraph = { read: async () => [] } as unknown as Gateway;

describe("ingestDocuments reads files by content before extraction", () => {
  it("hands the PDF's text and its page furniture to the extractor, and rejects the bad files with their reasons", async () => {
    const calls: Array<{ file: string; text: string; furniture: readonly string[] }> = [];
    const extract = (file: string, text: string, input?: { furniture?: readonly string[] }): Extraction => {
      calls.push({ file, text, furniture: input?.furniture ?? [] });
      return { file, document: { kind: "unknown", number: null, title: null, date: null, submitted: null }, entities: [], relations: [], commitments: [] };
    };
    const pdf = fixture("ah-tk-20232024-1893.pdf");
    const result = await ingestDocuments(
      emptyGraph,
      [
        { name: "ah-tk-20232024-1893.pdf", content: pdf },
        { name: "afgebroken.pdf", content: pdf.subarray(0, 5000) },
        { name: "plaatje.txt", content: Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")) },
        { name: "tekst.txt", content: "%PDF-1.7 as text over HTTP is text, not a PDF" },
      ],
      { extract },
    );
    expect(calls.map((c) => c.file)).toEqual(["ah-tk-20232024-1893.pdf", "tekst.txt"]);
    expect(calls[0]!.text.replace(/\s+/g, " ")).toContain("Vragen van het lid Klaver (GroenLinks-PvdA) aan de Minister van Buitenlandse Zaken");
    expect(calls[0]!.furniture).toContain("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel");
    expect(Object.fromEntries(result.rejected.map((r) => [r.name, r.code]))).toEqual({
      "afgebroken.pdf": "truncated",
      "plaatje.txt": "unsupported-format",
      // the stub extractor finds nothing in either document that was read
      "ah-tk-20232024-1893.pdf": "nothing-extracted",
      "tekst.txt": "nothing-extracted",
    });
  });
});
