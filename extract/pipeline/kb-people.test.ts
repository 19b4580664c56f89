/**
 * Header people resolved through the knowledge base, whole pipeline, real documents
 * (test/fixtures/gold-real): by role, ministry and date, and for MPs by the seat on the
 * day the questions were sent; never by the surname alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultKnowledge } from "./default-knowledge.ts";
import { extractDocument } from "./extract-document.ts";
import { rolePhrases } from "./kb-people.ts";

const gold = join(import.meta.dirname, "../../test/fixtures/gold-real");
const extract = (file: string) => extractDocument(file, readFileSync(join(gold, file), "utf8"));
const person = (x: ReturnType<typeof extractDocument>, surname: RegExp) => x.entities.filter((e) => e.type === "Person" && e.mentions.some((m) => surname.test(m.text)));

describe("knowledge-base people in extraction", () => {
  // lexicons and knowledge-base tables are read once per process (about 2 s on a shared core)
  beforeAll(() => void defaultKnowledge(), 30_000);

  it("kv-018 and kv-001: staatssecretaris Jansen (IenW) and the MP Daniëlle Jansen are two people", () => {
    const [stas] = person(extract("kv-018.txt"), /^Jansen$/);
    const [mp] = person(extract("kv-001.txt"), /Jansen/);
    expect(stas?.id).toBe("person:jansen-ca-1966");
    expect(stas?.merges[0]).toMatchObject({ rule: "kb.office-holder:role.staatssecretaris-van" });
    expect(stas?.merges[0]?.reason).toMatch(/people_offices\.csv:\d+/);
    expect(mp?.id).toBe("person:jansen-demc-1970");
    expect(mp?.merges.find((m) => m.rule === "kb.member-on-date")?.reason).toMatch(/Nieuw Sociaal Contract.*kamerleden\.csv:\d+/);
  });

  it("kv-009: a person the lexicon knows keeps the lexicon id (the graph's key), resolved by office and date", () => {
    const [struycken] = person(extract("kv-009.txt"), /Struycken/);
    expect(struycken?.id).toBe("person:struycken");
    expect(struycken?.merges.find((m) => m.surface === "Struycken" && m.rule.startsWith("kb."))?.rule ?? struycken?.merges.map((m) => m.rule).join()).toBe("kb.office-holder:role.staatssecretaris-van");
  });

  it("the Speaker a Rekenkamer letter is addressed to is the Kamerlid of that name on the letter's date", () => {
    const [arib] = person(extract("ar-2016-06-20-beantwoording-kamervragen-over-het-rapport-aanpak-van-laaggeletterdhe-f6331e.txt"), /^Arib$/);
    expect(arib?.id).toBe("person:arib-k-1960");
    expect(arib?.merges.find((m) => m.rule === "kb.member-on-date")?.reason).toMatch(/2016-06-20 \(kamerleden\.csv:\d+\)/);
  });

  it("the extraction lists what the text states: no office dates, no party the header does not write", () => {
    const x = extract("kv-018.txt");
    expect(x.relations.filter((r) => r.type === "MEMBER_OF").every((r) => r.evidence.includes("Nieuw Sociaal Contract"))).toBe(true);
    expect(JSON.stringify(x)).not.toMatch(/2024-07-02/);
  });
});

describe("role phrases a header office stands for", () => {
  it("a ministry, the ministry before a dash, then a portfolio", () => {
    expect(rolePhrases("Staatssecretaris", "Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport")).toEqual([
      "Staatssecretaris van Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport", "Staatssecretaris van Volksgezondheid, Welzijn en Sport"]);
    expect(rolePhrases("minister", "Buitenlandse Handel en Ontwikkelingshulp")).toEqual([
      "minister van Buitenlandse Handel en Ontwikkelingshulp", "minister voor Buitenlandse Handel en Ontwikkelingshulp"]);
    expect(rolePhrases("minister voor Rechtsbescherming", "Justitie en Veiligheid")).toEqual(["minister voor Rechtsbescherming"]);
  });
});
