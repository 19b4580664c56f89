import type { Gateway } from "../../server/db/gateway.ts";

/**
 * A small, hand-made graph in the shape cypher/README.md describes, written
 * with parameterised Cypher under a random marker so it can share a database
 * with other tests (and be removed exactly). Used by test/integration/api-*.
 */
export interface ApiFixture {
  marker: string;
  key(local: string): string;
  docKey(local: string): string;
  relKey(type: string, source: string, target: string): string;
  docText: string;
  cleanup(): Promise<void>;
}

export const FIXTURE_DOC_TEXT = [
  "Kamervraag 2022Z99999", // 0..21
  "",
  "Vraag 1",
  "Waarom financierde het ministerie de stichting?",
  "Antwoord 1",
  "Het ministerie van BZK heeft de stichting NTF gefinancierd. UBR gaf de opdracht aan NTF.",
  "Vraag 2",
  "Werkt de staatssecretaris bij BZK?",
  "Antwoord 2",
  "De staatssecretaris houdt kantoor bij BZK. Ik informeer de Kamer voor 1 december 2022.",
].join("\n");

export async function createApiFixture(gateway: Gateway): Promise<ApiFixture> {
  const marker = `kgt${Math.random().toString(36).slice(2, 10)}`;
  const key = (local: string) => `test:${marker}:${local}`;
  const docKey = (local: string) => `test_${marker}_${local}`;
  const relKey = (type: string, source: string, target: string) => `${type}|${source}|${target}`;
  const text = FIXTURE_DOC_TEXT;
  const at = (needle: string) => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`fixture text lacks ${needle}`);
    return { start, end: start + needle.length };
  };

  const entities = [
    { key: key("bzk"), name: `Ministerie van Binnenlandse Zaken ${marker}`, type: "Organisation", kind: "ministry", aliases: ["BZK", `bzk${marker}`] },
    { key: key("ubr"), name: `Uitvoeringsorganisatie Bedrijfsvoering Rijk ${marker}`, type: "Organisation", kind: "agency", aliases: ["UBR"] },
    { key: key("ubr-crisisteam"), name: `UBR crisisteam ${marker}`, type: "Organisation", kind: "other", aliases: [] },
    { key: key("ntf"), name: `Stichting NTF ${marker}`, type: "Organisation", kind: "foundation", aliases: ["NTF"] },
    { key: key("x-systems"), name: `X Systems & <Partners> ${marker}`, type: "Organisation", kind: "company", aliases: ["X-Systems"] },
    { key: key("van-huffelen"), name: `Alexandra van Huffelen ${marker}`, type: "Person", kind: null, aliases: ["Van Huffelen"] },
    { key: key("leijten"), name: `Renske Leijten ${marker}`, type: "Person", kind: null, aliases: [] },
  ];
  const docs = [
    { key: docKey("d1"), kind: "kamervraag", number: "2022Z99999", title: `Vragen over NTF ${marker}`, date: "2022-10-21", submitted: "2022-01-28" },
    { key: docKey("d2"), kind: "kamerbrief", number: null, title: `Brief over UBR ${marker}`, date: "2019-05-01", submitted: null },
  ];
  // [type, source, target, evidence in d1 (needle) , extra documents stating it]
  const relations: Array<{ type: string; source: string; target: string; needle: string; docs: string[] }> = [
    { type: "FUNDED", source: "bzk", target: "ntf", needle: "Het ministerie van BZK heeft de stichting NTF gefinancierd.", docs: ["d1", "d2"] },
    { type: "COMMISSIONED", source: "ubr", target: "ntf", needle: "UBR gaf de opdracht aan NTF.", docs: ["d1"] },
    { type: "PART_OF", source: "ubr", target: "bzk", needle: "Het ministerie van BZK", docs: ["d2"] },
    { type: "CONTRACTED", source: "ubr", target: "x-systems", needle: "UBR gaf de opdracht", docs: ["d2"] },
    { type: "HOLDS_OFFICE", source: "van-huffelen", target: "bzk", needle: "De staatssecretaris houdt kantoor bij BZK.", docs: ["d1"] },
    { type: "PART_OF", source: "ubr-crisisteam", target: "ubr", needle: "UBR gaf", docs: ["d2"] },
  ];

  await gateway.writeTx(async (tx) => {
    // Labels cannot be parameters: one statement per entity type of the fixture.
    for (const type of ["Organisation", "Person"]) {
      await tx.run(
        `UNWIND $entities AS e
         MERGE (n:Entity {key: e.key})
         SET n:${type}, n.name = e.name, n.type = e.type, n.kind = e.kind, n.aliases = e.aliases,
             n.aliasText = reduce(s = '', a IN e.aliases | s + ' | ' + a)`,
        { entities: entities.filter((e) => e.type === type) },
      );
    }
    await tx.run(
      `UNWIND $docs AS d
       MERGE (doc:Document {key: d.key})
       SET doc.file = d.key + '.txt', doc.kind = d.kind, doc.number = d.number, doc.title = d.title,
           doc.date = date(d.date), doc.submitted = CASE WHEN d.submitted IS NULL THEN null ELSE date(d.submitted) END,
           doc.text = $text, doc.chars = size($text)`,
      { docs, text },
    );
    const q1 = { start: text.indexOf("Vraag 1"), end: text.indexOf("Vraag 2") };
    const q2 = { start: text.indexOf("Vraag 2"), end: text.length };
    await tx.run(
      `MATCH (d:Document {key: $docKey})
       UNWIND $questions AS q
       MERGE (question:Question {key: $docKey + '#q' + q.number})
       SET question.docKey = $docKey, question.number = toInteger(q.number), question.start = toInteger(q.start), question.end = toInteger(q.end)
       MERGE (d)-[:HAS_QUESTION]->(question)`,
      { docKey: docKey("d1"), questions: [{ number: 1, ...q1 }, { number: 2, ...q2 }] },
    );
    for (const rel of relations) {
      const sourceKey = key(rel.source);
      const targetKey = key(rel.target);
      const rk = relKey(rel.type, sourceKey, targetKey);
      const span = at(rel.needle);
      const evidence = rel.docs.map((local) => ({ key: `${rk}@${docKey(local)}:${span.start}-${span.end}`, docKey: docKey(local), ...span, quote: rel.needle }));
      // Relationship types cannot be parameters; this fixture's types are the literals above.
      await tx.run(
        `MATCH (a:Entity {key: $source}), (b:Entity {key: $target})
         MERGE (a)-[r:${rel.type}]->(b)
         WITH r
         MATCH (d:Document) WHERE d.key IN $docKeys
         WITH r, collect(d.date) AS dates, collect(d.key) AS keys
         SET r.key = $relKey, r.evidenceCount = size($evidence), r.docKeys = keys,
             r.firstDate = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR x < m THEN x ELSE m END),
             r.lastDate = reduce(m = null, x IN dates | CASE WHEN m IS NULL OR x > m THEN x ELSE m END)
         WITH r
         UNWIND $evidence AS ev
         MATCH (d:Document {key: ev.docKey}), (a:Entity {key: $source})
         MERGE (e:Evidence {key: ev.key})
         SET e.relKey = $relKey, e.relType = $type, e.docKey = ev.docKey, e.section = CASE WHEN ev.docKey = $d1 THEN 'q1' ELSE 'body' END,
             e.quote = ev.quote, e.start = toInteger(ev.start), e.end = toInteger(ev.end), e.rule = 'fixture.rule'
         MERGE (e)-[:IN]->(d)
         MERGE (e)-[:SUPPORTS]->(a)`,
        { source: sourceKey, target: targetKey, relKey: rk, type: rel.type, docKeys: rel.docs.map(docKey), evidence, d1: docKey("d1") },
      );
    }
    // ASKED points at the document itself; its key ends in doc:<docKey> (server/graph/keys.ts).
    await tx.run(
      `MATCH (a:Entity {key: $asker}), (d:Document {key: $doc})
       MERGE (a)-[r:ASKED]->(d)
       SET r.key = 'ASKED|' + $asker + '|doc:' + $doc, r.evidenceCount = 1, r.docKeys = [$doc], r.firstDate = d.date, r.lastDate = d.date`,
      { asker: key("leijten"), doc: docKey("d1") },
    );
    // Mentions: "BZK" resolved to the ministry by an acronym rule (a merge with a reason).
    const mentions = ["BZK", "NTF", "UBR"].flatMap((surface) => {
      const entity = { BZK: "bzk", NTF: "ntf", UBR: "ubr" }[surface]!;
      return [...text.matchAll(new RegExp(`\\b${surface}\\b`, "g"))].map((m) => ({
        key: `${docKey("d1")}:${m.index}-${m.index! + surface.length}`,
        text: surface,
        start: m.index!,
        end: m.index! + surface.length,
        entity: key(entity),
      }));
    });
    await tx.run(
      `MATCH (d:Document {key: $doc})
       UNWIND $mentions AS m
       MATCH (e:Entity {key: m.entity})
       MERGE (mention:Mention {key: m.key})
       SET mention.docKey = $doc, mention.text = m.text, mention.start = toInteger(m.start), mention.end = toInteger(m.end), mention.rule = 'lexicon.acronym', mention.section = 'q1'
       MERGE (mention)-[:IN]->(d)
       MERGE (mention)-[ref:REFERS_TO]->(e)
       SET ref.rule = 'resolve.acronym', ref.reason = m.text + ' is the acronym of ' + e.name
       MERGE (d)-[mentions:MENTIONS]->(e)
       SET mentions.count = coalesce(mentions.count, 0) + 1`,
      { doc: docKey("d1"), mentions },
    );
    const promise = at("Ik informeer de Kamer voor 1 december 2022.");
    const commitments = [
      { local: "c1", text: "Ik informeer de Kamer", due: "2022-12-01", dueText: "voor 1 december 2022", kind: "inform_parliament", ...promise },
      { local: "c2", text: "Ik neem maatregelen", due: null, dueText: null, kind: "decision", start: 0, end: 10 },
      { local: "c3", text: "Ik stuur een rapport", due: "2030-01-01", dueText: "voor 2030", kind: "report", start: 11, end: 20 },
    ].map((c) => ({ ...c, key: `${docKey("d1")}:c${c.local}` }));
    await tx.run(
      `MATCH (a:Entity {key: $actor}), (d:Document {key: $doc})
       UNWIND $commitments AS c
       MERGE (commitment:Commitment {key: c.key})
       SET commitment.text = c.text, commitment.due = CASE WHEN c.due IS NULL THEN null ELSE date(c.due) END,
           commitment.dueText = c.dueText, commitment.kind = c.kind, commitment.quote = c.text, commitment.docKey = $doc,
           commitment.section = 'q2', commitment.start = toInteger(c.start), commitment.end = toInteger(c.end), commitment.rule = 'fixture.commitment'
       MERGE (a)-[:PROMISED]->(commitment)
       MERGE (commitment)-[:STATED_IN]->(d)`,
      { actor: key("bzk"), doc: docKey("d1"), commitments },
    );
  });

  return {
    marker,
    key,
    docKey,
    relKey,
    docText: text,
    async cleanup() {
      await gateway.write("MATCH (n) WHERE n.key CONTAINS $marker DETACH DELETE n", { marker });
    },
  };
}
