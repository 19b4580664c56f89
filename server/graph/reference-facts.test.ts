import { beforeAll, describe, expect, it } from "vitest";
import { defaultKnowledge } from "../../extract/pipeline/default-knowledge.ts";
import { kbTable } from "../../extract/knowledge/kb-tables.ts";
import { referenceFacts, type GraphEntity } from "./reference-facts.ts";

const e = (key: string, type: string, name: string, aliases: string[] = [], kind: string | null = null): GraphEntity => ({ key, type, name, aliases, kind });
let facts: (entities: GraphEntity[]) => ReturnType<typeof referenceFacts>;

beforeAll(() => {
  const k = defaultKnowledge();
  const orgs = kbTable("organisations");
  facts = (entities) => referenceFacts(entities, k, orgs);
}, 30_000);

describe("reference facts from the knowledge base", () => {
  it("a minister's office terms, each its own relationship with the row as provenance", () => {
    const out = facts([e("person:de-jonge", "Person", "Hugo de Jonge")]).filter((f) => f.type === "HOLDS_OFFICE");
    const bzk = out.find((f) => f.targetKey === "bzk" && f.props.office === "minister")!;
    expect(bzk).toMatchObject({ key: "HOLDS_OFFICE|person:de-jonge|bzk#kb:people_offices.csv:589", sourceKey: "person:de-jonge",
      props: { origin: "kb", kbTable: "people_offices", kbRow: "people_offices.csv:589", start: "2023-09-05", end: "2024-07-02", current: false } });
    expect(bzk.props.kbSourceUrl).toMatch(/^https:\/\//);
    // the VRO years were a ministry without portfolio at BZK (a sourced correction), the VWS years at VWS
    expect(out.find((f) => f.props.office === "minister zonder portefeuille")).toMatchObject({ targetKey: "bzk", props: { kbCorrections: expect.arrayContaining(["fix-dejonge-vro-2022"]) } });
    expect(out.some((f) => f.targetKey === "vws")).toBe(true);
  });

  it("a ministry brings the holders of its offices, as the entities the graph knows them by", () => {
    const out = facts([e("bzk", "Organisation", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", [], "ministry")]);
    expect(out.find((f) => f.sourceKey === "person:uitermark")).toMatchObject({ type: "HOLDS_OFFICE", targetKey: "bzk", props: { start: "2024-07-02" } });
    expect(out.find((f) => f.sourceKey === "person:szabo")).toMatchObject({ props: { end: "2025-06-03", kbCorrections: ["fix-szabo-end"] } });
  });

  it("MPs get their seat periods with the party of each", () => {
    const out = facts([e("person:omtzigt", "Person", "Pieter Omtzigt"), e("nsc", "Party", "Nieuw Sociaal Contract", ["NSC"])]).filter((f) => f.type === "MEMBER_OF");
    const omtzigt = out.filter((f) => f.sourceKey === "person:omtzigt");
    expect(omtzigt.map((f) => [f.props.party, f.props.start])).toContainEqual(["Nieuw Sociaal Contract", "2023-12-06"]);
    expect(omtzigt.find((f) => f.props.party === "Nieuw Sociaal Contract")?.targetKey).toBe("nsc");
    expect(out.some((f) => f.targetKey === "nsc" && f.sourceKey === "person:six-dijkstra")).toBe(true);
  });

  it("agencies are PART_OF their ministry; a unit under a directorate belongs to its root ministry, the unit kept as via", () => {
    const out = facts([e("logius", "Organisation", "Logius", [], "agency"), e("ubr", "Organisation", "Uitvoeringsorganisatie Bedrijfsvoering Rijk", ["UBR"], "agency")]);
    expect(out.find((f) => f.sourceKey === "logius")).toMatchObject({ type: "PART_OF", targetKey: "bzk", props: { kbRow: "organisations.csv:42" } });
    expect(out.find((f) => f.sourceKey === "ubr")).toMatchObject({ type: "PART_OF", targetKey: "bzk" });
    expect(out.find((f) => f.sourceKey === "ubr")?.props.via).toBeTruthy();
  });

  it("an entity the knowledge base does not know gives nothing (no guess by surname)", () => {
    expect(facts([e("person:van-den-hil", "Person", "Van den Hil"), e("person:jansen", "Person", "Jansen")])).toEqual([]);
  });
});
