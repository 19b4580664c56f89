import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../pipeline/knowledge.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { renderPlaceholders } from "./placeholders.ts";
import { applyRules } from "./apply-rules.ts";

// A small lexicon of real institutions, so these tests don't depend on the data files.
const k = buildKnowledge([
  { id: "bzk", type: "Organisation", kind: "ministry", name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", acronyms: ["BZK"], aliases: ["Binnenlandse Zaken en Koninkrijksrelaties"] },
  { id: "fin", type: "Organisation", kind: "ministry", name: "Ministerie van Financiën", aliases: ["Financiën"] },
  { id: "jenv", type: "Organisation", kind: "ministry", name: "Ministerie van Justitie en Veiligheid", acronyms: ["JenV"], aliases: ["Justitie en Veiligheid"] },
  { id: "logius", type: "Organisation", kind: "agency", name: "Logius" },
  { id: "adr", type: "Organisation", kind: "auditor", name: "Auditdienst Rijk", acronyms: ["ADR"] },
  { id: "ark", type: "Organisation", kind: "auditor", name: "Algemene Rekenkamer", acronyms: ["ARK"], aliases: ["Rekenkamer"] },
  { id: "acict", type: "Organisation", kind: "advisory body", name: "Adviescollege ICT-toetsing", acronyms: ["AcICT"] },
  { id: "rvig", type: "Organisation", kind: "agency", name: "Rijksdienst voor Identiteitsgegevens", acronyms: ["RvIG"] },
  { id: "digid", type: "Programme", kind: "service", name: "DigiD" },
  { id: "brp", type: "Programme", kind: "register", name: "Basisregistratie Personen", acronyms: ["BRP"] },
  { id: "cgi", type: "Organisation", kind: "company", name: "CGI", caseSensitive: true },
  { id: "vvd", type: "Party", kind: "party", name: "VVD", caseSensitive: true },
  { id: "sp", type: "Party", kind: "party", name: "SP", caseSensitive: true },
]);

function relationsOf(text: string, ctx: { writer?: string; writerKind?: string; writerMinistry?: string; answerer?: string } = {}) {
  const ms = findMentions({ text, start: 0, section: "a1" }, k.index);
  const r = renderPlaceholders(text, 0, ms.map((m) => ({ entityId: m.entryId ?? m.name ?? m.text, type: m.type, kind: m.kind ?? null, start: m.start, end: m.end, text: m.text })));
  return applyRules({ text, start: 0, end: text.length, section: "a1" }, r, { writer: ctx.writer ?? null, writerKind: ctx.writerKind ?? null, writerMinistry: ctx.writerMinistry ?? null, answerer: ctx.answerer ?? null, hasEntity: () => true })
    .map((x) => `${x.type} ${x.source} -> ${x.target} [${x.provenance?.rule}]`);
}

describe("relation rule rows on Dutch government sentences", () => {
  it("reads PART_OF from apposition and 'ondergebracht bij'", () => {
    expect(relationsOf("De RvIG is als agentschap van het Ministerie van BZK verantwoordelijk voor de BRP.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PART_OF rvig -> bzk/), expect.stringMatching(/^RESPONSIBLE_FOR rvig -> brp/)]));
    expect(relationsOf("Het team is organisatorisch ondergebracht bij Logius.")).toEqual([]);
    expect(relationsOf("De ADR is organisatorisch ondergebracht bij het Ministerie van Financiën.")).toEqual([expect.stringMatching(/^PART_OF adr -> fin/)]);
  });

  it("reads INVESTIGATED for auditors, not for anyone who 'constateert'", () => {
    expect(relationsOf("Het Adviescollege ICT-toetsing (AcICT) heeft in 2023 onderzoek verricht naar DigiD.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^INVESTIGATED acict -> digid/)]));
    expect(relationsOf("De Algemene Rekenkamer constateert dat Logius onvoldoende zicht heeft op de risico's.")).toEqual([expect.stringMatching(/^INVESTIGATED ark -> logius/)]);
    expect(relationsOf("Logius constateert dat DigiD goed werkt.")).toEqual([]);
    expect(relationsOf("In het verantwoordingsonderzoek 2024 bij het Ministerie van Justitie en Veiligheid zijn twee onvolkomenheden gevonden.")).toEqual(
      [expect.stringMatching(/^INVESTIGATED ark -> jenv/)]);
  });

  it("is negation-aware: 'heeft geen bevoegdheid om te adviseren' is not ADVISED", () => {
    expect(relationsOf("Het AcICT heeft geen bevoegdheid om te adviseren over Logius.").filter((r) => r.startsWith("ADVISED"))).toEqual([]);
    expect(relationsOf("Het AcICT adviseert Logius om de planning aan te passen.")).toEqual([expect.stringMatching(/^ADVISED acict -> logius/)]);
  });

  it("gets direction right in active and passive voice", () => {
    expect(relationsOf("DigiD wordt beheerd door Logius.")).toEqual([expect.stringMatching(/^RESPONSIBLE_FOR logius -> digid/)]);
    expect(relationsOf("Het Ministerie van BZK heeft Logius opdracht gegeven een nieuwe voorziening te bouwen.")).toEqual([expect.stringMatching(/^COMMISSIONED bzk -> logius/)]);
    expect(relationsOf("Logius heeft een contract met CGI voor het beheer.")).toEqual(expect.arrayContaining([expect.stringMatching(/^CONTRACTED logius -> cgi/)]));
  });

  it("attributes 'ik dank … voor het advies' to the writer", () => {
    expect(relationsOf("Ik dank het AcICT voor het uitgebrachte advies.", { writer: "person:minister" })).toEqual([expect.stringMatching(/^ADVISED acict -> person:minister/)]);
  });

  it("reads party membership from 'Naam (PARTIJ)' after a title", () => {
    expect(relationsOf("Vragen van het lid Rajkowski (VVD) over DigiD.")).toEqual(expect.arrayContaining([expect.stringMatching(/^MEMBER_OF person:?rajkowski|MEMBER_OF Rajkowski -> vvd/)]));
  });

  it("reads no claim from a question, but does from the answer", () => {
    expect(relationsOf("Heeft de Algemene Rekenkamer onderzocht of Logius voldoende capaciteit had?")).toEqual([]);
    expect(relationsOf("De Algemene Rekenkamer onderzocht of Logius voldoende capaciteit had.")).toEqual([expect.stringMatching(/^INVESTIGATED ark -> logius/)]);
  });

  it("reads clause-level constructions: relative clause, passive agent, inverted finding", () => {
    expect(relationsOf("De ADR, die onder de minister van Financiën is gepositioneerd, toetst de jaarrekening.")).toEqual(expect.arrayContaining([expect.stringMatching(/^PART_OF adr -> fin \[part-of.relatief-onder\]/)]));
    expect(relationsOf("DigiD is in 2023 getoetst door het Adviescollege ICT-toetsing.")).toEqual([expect.stringMatching(/^INVESTIGATED acict -> digid \[investigated.onderzocht-door\]/)]);
    expect(relationsOf("In ons onderzoek concluderen we dat Logius onvoldoende zicht heeft op de risico's.", { writer: "ark", writerKind: "auditor" })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^INVESTIGATED ark -> logius/)]));
    expect(relationsOf("Daarbij win ik advies in van onder andere het AcICT en de ADR.", { writer: "person:minister", writerMinistry: "bzk" })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ADVISED acict -> bzk/), expect.stringMatching(/^ADVISED adr -> bzk/)]));
  });
});
