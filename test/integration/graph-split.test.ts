import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestExtractions } from "../../server/graph/ingest.ts";
import { splitEntity } from "../../server/graph/split-entity.ts";
import { ConflictError, ValidationError } from "../../server/errors.ts";
import { deleteScope, scopeCounts, scopedFixtures } from "../fixtures/graph-scope.ts";
import { testGateway } from "../support/test-neo4j.ts";

const prefix = "test:graph-split:";
const gateway = testGateway();
const key = (k: string) => prefix + k;
const doc000 = key("000_b27fdd294b83071a");

beforeAll(async () => {
  await deleteScope(gateway, prefix);
  // Only the NTF document: BZK is mentioned there as "BZK" and as the full ministry name.
  await ingestExtractions(gateway, scopedFixtures(prefix).filter((f) => f.file.includes("000_")));
});

afterAll(async () => {
  await deleteScope(gateway, prefix);
  await gateway.close();
});

async function mentionKeys(entity: string, where: string) {
  const rows = await gateway.read(
    `MATCH (m:Mention)-[:REFERS_TO]->(:Entity {key: $entity}) WHERE ${where} RETURN m.key AS key ORDER BY m.start`,
    { entity },
  );
  return rows.map((r) => String(r.key));
}

describe("splitEntity", () => {
  it("moves chosen mentions, their evidence, relationships and commitments to a new entity", async () => {
    const ubr = key("ubr");
    const before = await scopeCounts(gateway, prefix);
    // Pretend the extractor wrongly merged "UBR" in the HIS sentences into UBR:
    // split the mention inside "… is organisatorisch ondergebracht bij UBR." off.
    const [advised] = await gateway.read(
      "MATCH (e:Evidence {relKey: $relKey}) RETURN e.start AS start, e.end AS end",
      { relKey: `PART_OF|${key("his")}|${ubr}` },
    );
    const moved = await mentionKeys(ubr, `m.start >= ${Number(advised!.start)} AND m.end <= ${Number(advised!.end)}`);
    expect(moved.length).toBeGreaterThan(0);
    const totalUbrMentions = (await mentionKeys(ubr, "true")).length;

    const result = await splitEntity(gateway, ubr, moved, key("ubr-his-context"), { reason: "test: acronym resolved wrongly" });
    expect(result.movedMentions).toBe(moved.length);
    expect(result.movedEvidence).toBeGreaterThanOrEqual(1);
    expect(result.newRelations).toEqual([`PART_OF|${key("his")}|${key("ubr-his-context")}`]);
    expect(result.deletedRelationships).toBe(1);

    const [entity] = await gateway.read("MATCH (n:Entity:Organisation {key: $key}) RETURN n.name AS name, n.splitFrom AS from, n.kind AS kind", { key: key("ubr-his-context") });
    expect(entity).toEqual({ name: "UBR", from: ubr, kind: "agency" });

    // The resolution of a moved mention records why, and what it was before.
    const [ref] = await gateway.read("MATCH (m:Mention {key: $key})-[r:REFERS_TO]->(x) RETURN x.key AS to, r.rule AS rule, r.previousEntity AS prev, r.previousRule AS prevRule", {
      key: moved[0],
    });
    expect(ref).toEqual({ to: key("ubr-his-context"), rule: "split.manual", prev: ubr, prevRule: "fixture.gold-alias" });
    expect((await mentionKeys(ubr, "true")).length).toBe(totalUbrMentions - moved.length);

    // The old relationship had only this evidence: it is gone; the new one carries it.
    const rels = await gateway.read(
      "MATCH (:Entity {key: $his})-[r:PART_OF]->(x) RETURN x.key AS target, r.evidenceCount AS n, r.docKeys AS docKeys ORDER BY target",
      { his: key("his") },
    );
    expect(rels).toEqual([{ target: key("ubr-his-context"), n: 1, docKeys: [doc000] }]);
    // The ADVISED fact stated in the same sentence does not involve UBR and stays.
    const advisedBzk = await gateway.read("MATCH (:Entity {key: $his})-[r:ADVISED]->(:Entity {key: $bzk}) RETURN r.evidenceCount AS n", { his: key("his"), bzk: key("bzk") });
    expect(advisedBzk).toEqual([{ n: 1 }]);
    const [evidence] = await gateway.read("MATCH (e:Evidence)-[:IN]->(:Document {key: $doc}) WHERE e.relKey = $relKey RETURN e.key AS key, e.quote AS quote", {
      doc: doc000,
      relKey: `PART_OF|${key("his")}|${key("ubr-his-context")}`,
    });
    expect(evidence!.key).toMatch(/^PART_OF\|test:graph-split:his\|test:graph-split:ubr-his-context@/);
    expect(evidence!.quote).toMatch(/organisatorisch ondergebracht bij UBR/);

    // Document MENTIONS counts follow the mentions.
    const counts = await gateway.read("MATCH (:Document {key: $doc})-[r:MENTIONS]->(x:Entity) WHERE x.key IN $keys RETURN x.key AS key, r.count AS count ORDER BY key", {
      doc: doc000,
      keys: [ubr, key("ubr-his-context")],
    });
    expect(counts).toEqual([
      { key: ubr, count: totalUbrMentions - moved.length },
      { key: key("ubr-his-context"), count: moved.length },
    ]);

    // Nothing is lost: one more entity, same evidence and mention count.
    const after = await scopeCounts(gateway, prefix);
    expect(after.nodes.Entity).toBe(before.nodes.Entity! + 1);
    expect(after.nodes.Evidence).toBe(before.nodes.Evidence);
    expect(after.nodes.Mention).toBe(before.nodes.Mention);
  });

  it("refuses bad requests without changing anything", async () => {
    const before = await scopeCounts(gateway, prefix);
    const bzkMention = (await mentionKeys(key("bzk"), "true"))[0]!;
    await expect(splitEntity(gateway, key("ubr"), [bzkMention], key("new-one"))).rejects.toBeInstanceOf(ValidationError);
    await expect(splitEntity(gateway, key("bzk"), [bzkMention], key("ubr"))).rejects.toBeInstanceOf(ConflictError);
    await expect(splitEntity(gateway, key("bzk"), [], key("x"))).rejects.toBeInstanceOf(ValidationError);
    expect(await scopeCounts(gateway, prefix)).toEqual(before);
  });

  it("survives re-ingesting the unchanged document (skipped)", async () => {
    const result = await ingestExtractions(gateway, scopedFixtures(prefix).filter((f) => f.file.includes("000_")));
    expect(result.skippedUnchanged).toEqual([doc000]);
    const [n] = await gateway.read("MATCH (n:Entity {key: $key}) RETURN count(n) AS n", { key: key("ubr-his-context") });
    expect(n!.n).toBe(1);
  });
});
