import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestExtractions } from "../../server/graph/ingest.ts";
import { runNamedQuery } from "../../server/graph/named-queries.ts";
import { deleteScope, scopedFixtures } from "../fixtures/graph-scope.ts";
import { testGateway } from "../support/test-neo4j.ts";

const prefix = "test:graph-queries:";
const gateway = testGateway();
const key = (k: string) => prefix + k;
const limits = { timeoutMs: 20_000, rowCap: 1_000 };
const run = (name: string, params: Record<string, string> = {}) => runNamedQuery(gateway, name, params, limits);
// Other test files may have data in the same database: look only at ours.
const ours = (rows: Array<Record<string, unknown>>, column: string) => rows.filter((r) => String(r[column]).startsWith(prefix));

interface EvidenceItem {
  relKey: string;
  type: string;
  quote: string;
  docKey: string;
}

beforeAll(async () => {
  await deleteScope(gateway, prefix);
  const result = await ingestExtractions(gateway, scopedFixtures(prefix));
  expect(result.failed).toEqual([]);
});

afterAll(async () => {
  await deleteScope(gateway, prefix);
  await gateway.close();
});

describe("conflict-of-interest queries on the seeds (NTF case)", () => {
  it("coi-employee-on-board: UBR civil servants on NTF's board while UBR funds and commissions NTF", async () => {
    const rows = ours((await run("coi-employee-on-board")).rows, "employer");
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ pattern: "employee-on-board", employer: key("ubr"), board: key("ntf") });
    expect((row.people as string[]).sort()).toEqual([key("secretaris-ntf"), key("voorzitter-ntf")]);
    const evidence = row.evidence as EvidenceItem[];
    const types = new Set(evidence.map((e) => e.type));
    expect([...types].sort()).toEqual(["BOARD_MEMBER_OF", "CHAIRS", "COMMISSIONED", "EMPLOYED_BY", "FUNDED"]);
    // Every edge of the finding leads back to at least one sentence.
    for (const relKey of row.relKeys as string[]) expect(evidence.some((e) => e.relKey === relKey)).toBe(true);
    expect(evidence.find((e) => e.type === "FUNDED")!.quote).toBe("De betrokkene deed dit in overleg met en met financiële steun van UBR.");
    expect(evidence.find((e) => e.type === "BOARD_MEMBER_OF")!.quote).toMatch(/ambtenaar werkzaam bij UBR/);
    expect(row.summary).toMatch(/2 person\(s\) employed by Uitvoeringsorganisatie Bedrijfsvoering Rijk on the board of New Trust Foundation/);
  });

  it("coi-commissions-own-foundation: UBR commissions the NTF it funded, NTF commissions X-systems", async () => {
    const rows = ours((await run("coi-commissions-own-foundation")).rows, "commissioner");
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ commissioner: key("ubr"), foundation: key("ntf"), support: ["FUNDED"], downstream: [key("x-systems")] });
    const evidence = row.evidence as EvidenceItem[];
    expect(evidence.map((e) => e.relKey).sort()).toEqual(
      [`COMMISSIONED|${key("ntf")}|${key("x-systems")}`, `COMMISSIONED|${key("ubr")}|${key("ntf")}`, `FUNDED|${key("ubr")}|${key("ntf")}`].sort(),
    );
    expect(evidence.find((e) => e.relKey.startsWith(`COMMISSIONED|${key("ntf")}`))!.quote).toMatch(/X-systems/);
    expect(row.summary).toContain("New Trust Foundation commissioned X-systems");
  });

  it("coi-adviser-part-of-advisee: HIS advised UBR while part of UBR", async () => {
    const rows = ours((await run("coi-adviser-part-of-advisee")).rows, "adviser");
    const direct = rows.filter((r) => r.pattern === "adviser-part-of-advisee");
    // HIS advised UBR (it is part of UBR) and BZK (UBR is part of BZK, so HIS is too).
    expect(direct.map((r) => [r.adviser, r.advisee]).sort()).toEqual([
      [key("his"), key("bzk")],
      [key("his"), key("ubr")],
    ]);
    const ubr = direct.find((r) => r.advisee === key("ubr"))!;
    const evidence = ubr.evidence as EvidenceItem[];
    expect(evidence.map((e) => e.type).sort()).toEqual(["ADVISED", "PART_OF"]);
    expect(evidence.find((e) => e.type === "ADVISED")!.quote).toMatch(/Haagse Inkoop Samenwerking \(HIS\)/);
    expect(evidence.find((e) => e.type === "PART_OF")!.quote).toMatch(/organisatorisch ondergebracht bij UBR/);
    const bzk = direct.find((r) => r.advisee === key("bzk"))!;
    expect((bzk.evidence as EvidenceItem[]).map((e) => e.relKey).sort()).toEqual(
      [`ADVISED|${key("his")}|${key("bzk")}`, `PART_OF|${key("his")}|${key("ubr")}`, `PART_OF|${key("ubr")}|${key("bzk")}`].sort(),
    );
    // The indirect pattern never repeats a pair the direct one already explains.
    const indirect = rows.filter((r) => r.pattern === "adviser-of-commissioning-parent");
    for (const r of indirect) expect(direct.some((d) => d.adviser === r.adviser && d.advisee === r.advisee)).toBe(false);
  });
});

describe("exploration queries", () => {
  it("neighbourhood: depth 1 around NTF, best evidenced first", async () => {
    const { rows } = await run("neighbourhood", { key: key("ntf"), depth: "1" });
    const types = rows.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(types).toContain(`${key("ubr")} FUNDED ${key("ntf")}`);
    expect(types).toContain(`${key("ntf")} COMMISSIONED ${key("x-systems")}`);
    expect(rows.every((r) => r.source === key("ntf") || r.target === key("ntf"))).toBe(true);
    const deeper = await run("neighbourhood", { key: key("ntf"), depth: "2", limit: "500" });
    expect(deeper.rows.length).toBeGreaterThan(rows.length);
  });

  it("shortest-paths: BZK to X-systems via UBR and NTF", async () => {
    const { rows } = await run("shortest-paths", { from: key("bzk"), to: key("x-systems") });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.length).toBe(3);
    expect(rows.map((r) => (r.keys as string[]).join(" > "))).toContain(`${key("bzk")} > ${key("ubr")} > ${key("ntf")} > ${key("x-systems")}`);
  });

  it("relation-evidence: the sentence, document and question of a fact", async () => {
    const { rows } = await run("relation-evidence", { relKey: `FUNDED|${key("ubr")}|${key("ntf")}` });
    expect(rows).toEqual([
      expect.objectContaining({ docKey: key("000_b27fdd294b83071a"), docDate: "2022-10-21", question: 1, quote: "De betrokkene deed dit in overleg met en met financiële steun van UBR." }),
    ]);
  });

  it("entity-documents: the documents mentioning BZK with their surfaces", async () => {
    const { rows } = await run("entity-documents", { key: key("bzk") });
    expect(rows).toHaveLength(5);
    expect(String(rows[0]!.date) >= String(rows[4]!.date)).toBe(true);
    expect(rows.flatMap((r) => r.surfaces as string[])).toContain("BZK");
  });

  it("actor-commitments: open and overdue as of a date", async () => {
    const all = ours((await run("actor-commitments", { asOf: "2025-01-01" })).rows, "actor");
    expect(all).toHaveLength(34);
    const overdue = ours((await run("actor-commitments", { status: "overdue", asOf: "2025-01-01" })).rows, "actor");
    const open = ours((await run("actor-commitments", { status: "open", asOf: "2025-01-01" })).rows, "actor");
    expect(overdue.length + open.length).toBe(34);
    expect(overdue.length).toBeGreaterThan(0);
    for (const row of overdue) expect(String(row.due) < "2025-01-01").toBe(true);
    for (const row of open) expect(row.due === null || String(row.due) >= "2025-01-01").toBe(true);
    const one = await run("actor-commitments", { actor: key("bruins-slot") });
    expect(one.rows.map((r) => r.text)).toEqual(["Ik laat u de antwoorden op de Kamervragen zo spoedig mogelijk toekomen."]);
  });
});
