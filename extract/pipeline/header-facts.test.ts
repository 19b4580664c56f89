/**
 * Header facts through the whole pipeline on real Kamervragen (shared/corpus/kamervragen,
 * copies in test/fixtures/kamervragen and test/fixtures/gold-real under their source names).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document.ts";

const fixtures = join(import.meta.dirname, "../../test/fixtures");
const extract = (dir: string, file: string) => {
  const original = readFileSync(join(fixtures, dir, file), "utf8");
  return { original, x: extractDocument(file, original) };
};
const rel = (x: ReturnType<typeof extractDocument>, type: string, source: string) => x.relations.find((r) => r.type === type && r.source === source);

describe("header facts on real layouts", () => {
  it("kv-004: Van Nispen (SP) stays a person; ASKED and MEMBER_OF quote the whole wrapped header sentence", () => {
    const { original, x } = extract("kamervragen", "kv-004.txt");
    const asked = rel(x, "ASKED", "person:van-nispen")!;
    expect(asked).toBeDefined();
    expect(rel(x, "MEMBER_OF", "person:van-nispen")?.target).toBe("sp");
    expect(asked.evidence).toBe("Vragen van de leden Van Nispen (SP) en Lahlah (GroenLinks-PvdA) aan de Staatssecretaris van Justitie en Veiligheid over de omgang met het parlement en de problemen in het gevangeniswezen (ingezonden 24 oktober 2024).");
    // the provenance span is the sentence in the original text, line break included
    expect(original.slice(asked.provenance!.start, asked.provenance!.end).replace(/\s+/g, " ")).toBe(asked.evidence);
    expect(rel(x, "ANSWERED", "person:coenradie")?.provenance?.rule).toBe("kv.answered");
    expect(rel(x, "HOLDS_OFFICE", "person:coenradie")?.target).toBe("jenv");
  });

  it("kv-025: the sender of a postponement notice holds the office but did not answer", () => {
    const { x } = extract("kamervragen", "kv-025.txt");
    // the staatssecretaris LVVN on the notice's date, by the knowledge base
    expect(rel(x, "HOLDS_OFFICE", "person:rummenie-jf-ceec6a74")?.target).toBe("lvvn");
    expect(x.relations.filter((r) => r.type === "ANSWERED")).toEqual([]);
    expect(x.relations.filter((r) => r.type === "ASKED").map((r) => r.provenance?.rule)).toEqual(["kv.asked.postponed", "kv.asked.postponed"]);
  });

  it("kv-040: a party wrapped over two lines ('(beiden Nieuw Sociaal\\nContract)') still gives MEMBER_OF", () => {
    const { x } = extract("kamervragen", "kv-040.txt");
    expect(x.relations.filter((r) => r.type === "MEMBER_OF").map((r) => r.target)).toEqual(["nsc", "nsc"]);
  });

  it("kv-076: two answerers; commitments follow the '(Staatssecretaris)' / '(Minister)' markers", () => {
    const { x } = extract("gold-real", "kv-076.txt");
    expect(x.relations.filter((r) => r.type === "ANSWERED").map((r) => r.source).sort()).toEqual(["person:hermans", "person:van-marum"]);
    const actorOf = (words: string) => x.commitments.find((c) => c.evidence.includes(words))?.actor;
    // "… aan het IMG.Wel zal ik …": the normaliser now ends the sentence after the acronym
    expect(actorOf("uitvoeringskosten monitoren")).toBe("person:van-marum");
    expect(actorOf("kritisch toetsen")).toBe("person:hermans");
  });
});
