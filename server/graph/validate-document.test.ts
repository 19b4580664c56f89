import { describe, expect, it } from "vitest";
import { checkExtraction, validateDocument } from "./validate-document.ts";
import type { Extraction } from "../../extract/model/extraction.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("validateDocument", () => {
  it("accepts Dutch text and strips a byte-order mark", () => {
    const result = validateDocument(utf8("\uFEFFKamervraag over café’s en één brief."), "a.txt");
    expect(result).toEqual({ ok: true, name: "a.txt", text: "Kamervraag over café’s en één brief." });
  });

  it.each([
    ["empty", new Uint8Array(0)],
    ["empty", utf8(" \n\t \n")],
    ["binary", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])],
    ["binary", Uint8Array.from([...utf8("PK"), 0x03, 0x04, 0x14, 0x06, ...utf8("abcdefgh")])],
    ["truncated", utf8("Het is een café").subarray(0, utf8("Het is een café").length - 1)],
    ["invalid-utf8", Uint8Array.from([...utf8("Latin-1 caf"), 0xe9, ...utf8(" is niet UTF-8")])],
  ])("rejects %s input with a reason", (code, bytes) => {
    const result = validateDocument(bytes, "bad.txt");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.reason.length).toBeGreaterThan(5);
    }
  });

  it("rejects files above the configurable maximum", () => {
    const result = validateDocument(utf8("x".repeat(101)), "big.txt", { maxBytes: 100 });
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    expect(validateDocument(utf8("x".repeat(100)), "ok.txt", { maxBytes: 100 }).ok).toBe(true);
  });

  it("names the offset of the first invalid byte", () => {
    const result = validateDocument(Uint8Array.from([...utf8("abc"), 0xff, ...utf8("def")]), "bad.txt");
    expect(result).toMatchObject({ ok: false, code: "invalid-utf8" });
    if (!result.ok) expect(result.reason).toContain("at 3");
  });
});

describe("checkExtraction", () => {
  const base: Extraction = {
    file: "x.txt",
    document: { kind: "unknown", number: null, title: null, date: null, submitted: null },
    entities: [],
    relations: [],
    commitments: [],
  };
  it("rejects an unknown layout with nothing extracted", () => {
    expect(checkExtraction(base, "x.txt")).toMatchObject({ ok: false, code: "nothing-extracted" });
  });
  it("keeps unknown layouts that yielded facts, and known layouts that yielded none", () => {
    expect(checkExtraction({ ...base, entities: [{ id: "a", type: "Party", name: "SP", aliases: [], mentions: [], merges: [] }] }, "x.txt")).toBeNull();
    expect(checkExtraction({ ...base, document: { ...base.document, kind: "kamerbrief" } }, "x.txt")).toBeNull();
  });
});
