import type { Gateway } from "../../server/db/gateway.ts";
import { testKeyPrefix } from "./test-neo4j.ts";

/**
 * A supernode for the hub-chip tests: a ministry "BZK <marker>" with 157
 * neighbours of four types (80 organisations part of it, 50 people employed by
 * it, 20 programmes it runs, 7 committees that investigated it) and a few
 * edges among the neighbours. Everything is under this test's key prefix and
 * removed by cleanup().
 */
export const HUB_NEIGHBOURS = { Organisation: 80, Person: 50, Programme: 20, Committee: 7 } as const;

export interface HubGraph {
  marker: string;
  hubKey: string;
  hubName: string;
  key(local: string): string;
  cleanup(): Promise<void>;
}

// [neighbour type, relation type, direction] per type: each relation allowed by graph-model.ts.
const SHAPES = [
  { type: "Organisation", rel: "PART_OF", out: true },
  { type: "Person", rel: "EMPLOYED_BY", out: true },
  { type: "Programme", rel: "RESPONSIBLE_FOR", out: false },
  { type: "Committee", rel: "INVESTIGATED", out: true },
] as const;

export async function createHubGraph(gateway: Gateway): Promise<HubGraph> {
  const prefix = testKeyPrefix("hub");
  const marker = `hub${prefix.split(":")[2]}`;
  const key = (local: string) => `${prefix}${local}`;
  const hubKey = key("bzk");
  const hubName = `BZK ${marker}`;
  await gateway.writeTx(async (tx) => {
    await tx.run(
      `MERGE (h:Entity {key: $key}) SET h:Organisation, h.name = $name, h.type = 'Organisation', h.kind = 'ministry',
         h.aliases = [$marker], h.aliasText = ' | ' + $marker`,
      { key: hubKey, name: hubName, marker },
    );
    for (const shape of SHAPES) {
      const count = HUB_NEIGHBOURS[shape.type];
      const rows = Array.from({ length: count }, (_, i) => ({ key: key(`${shape.type.toLowerCase()}-${i}`), name: `${shape.type} ${i} ${marker}`, evidence: 1 + (i % 4) }));
      // Labels and relationship types cannot be parameters: they are the literals of SHAPES.
      const pattern = shape.out ? `(n)-[r:${shape.rel}]->(h)` : `(h)-[r:${shape.rel}]->(n)`;
      await tx.run(
        `MATCH (h:Entity {key: $hub})
         UNWIND $rows AS row
         MERGE (n:Entity {key: row.key}) SET n:${shape.type}, n.name = row.name, n.type = $type, n.kind = null, n.aliases = [], n.aliasText = ''
         MERGE ${pattern}
         SET r.key = $rel + '|' + startNode(r).key + '|' + endNode(r).key, r.evidenceCount = row.evidence, r.docKeys = [],
             r.firstDate = date('2023-01-01'), r.lastDate = date('2023-06-30')`,
        { hub: hubKey, rows, type: shape.type, rel: shape.rel },
      );
    }
    // Some people also work at one of the units: edges among neighbours come along with a page.
    await tx.run(
      `UNWIND range(0, 9) AS i
       MATCH (p:Entity {key: $prefix + 'person-' + i}), (o:Entity {key: $prefix + 'organisation-' + i})
       MERGE (p)-[r:EMPLOYED_BY]->(o)
       SET r.key = 'EMPLOYED_BY|' + p.key + '|' + o.key, r.evidenceCount = 1, r.docKeys = [], r.firstDate = date('2023-02-01'), r.lastDate = date('2023-02-01')`,
      { prefix },
    );
  });
  return {
    marker,
    hubKey,
    hubName,
    key,
    cleanup: async () => {
      await gateway.write("MATCH (n:Entity) WHERE n.key STARTS WITH $prefix DETACH DELETE n", { prefix });
    },
  };
}
