import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { inReadTx } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { allFilters, edgesAmong, nodesById } from "../graph/subgraph.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { ElementsSchema } from "../schemas/common.ts";
import { projectRoot } from "../../neo4j/paths.ts";

/**
 * Findings come from the conflict-of-interest named queries
 * cypher/queries/coi-*.cypher (owned by the graph). Column contract, one row
 * per finding: `entities` (list of entity keys), `relations` (list of relation
 * keys), optional `summary` (string). The file's first comment line is the title.
 */
export const defaultFindingsDir = join(projectRoot, "cypher", "queries");

export const FindingsResponse = z.object({
  findings: z.array(
    z.object({
      id: z.string(),
      pattern: z.string().describe("the named query that found it, e.g. coi-contract-to-own-foundation"),
      title: z.string(),
      summary: z.string(),
      entities: z.array(z.string()),
      relations: z.array(z.string()),
      evidence: z.array(z.object({ relKey: z.string(), quote: z.string().nullable(), docKey: z.string(), docTitle: z.string().nullable() })),
      elements: ElementsSchema,
    }),
  ),
});

interface Pattern {
  name: string;
  title: string;
  cypher: string;
}

function loadPatterns(dir: string): Pattern[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /^coi-[a-z0-9-]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const cypher = readFileSync(join(dir, file), "utf8");
      const firstComment = cypher.split("\n").find((line) => line.trim().startsWith("//"));
      const name = file.replace(/\.cypher$/, "");
      return { name, title: firstComment?.replace(/^\s*\/\/\s*/, "").trim() || name, cypher };
    });
}

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export function findingRoutes(deps: ApiDeps): AnyRouteSpec[] {
  const dir = deps.findingsDir ?? defaultFindingsDir;
  return [
    defineRoute({
      method: "get",
      path: "/api/findings",
      operationId: "listFindings",
      summary: "Conflict-of-interest patterns found in the graph, each with its evidence and subgraph",
      tag: "findings",
      response: FindingsResponse,
      handler: async () => {
        const findings: z.infer<typeof FindingsResponse>["findings"] = [];
        // Read at request time so new pattern files apply without a restart.
        for (const pattern of loadPatterns(dir)) {
          const rows = await deps.gateway.read(pattern.cypher, {});
          for (const row of rows) {
            const entities = [...new Set(asStrings(row.entities))];
            const relations = [...new Set(asStrings(row.relations))];
            if (entities.length === 0 && relations.length === 0) continue;
            const id = `${pattern.name}:${createHash("sha256").update(JSON.stringify([entities, relations])).digest("hex").slice(0, 12)}`;
            const { evidence, nodes, edges } = await inReadTx(deps.gateway, async (read) => ({
              evidence: relations.length ? await read("finding-evidence", { relKeys: relations }) : [],
              nodes: await nodesById(read, entities),
              edges: await edgesAmong(read, entities, allFilters, 1000),
            }));
            const relationSet = new Set(relations);
            findings.push({
              id,
              pattern: pattern.name,
              title: pattern.title,
              summary: typeof row.summary === "string" ? row.summary : pattern.title,
              entities,
              relations,
              evidence: evidence.map((e) => ({
                  relKey: String(e.relKey),
                  quote: (e.quote as string | null) ?? null,
                  docKey: String(e.docKey),
                docTitle: (e.docTitle as string | null) ?? null,
              })),
              elements: { nodes, edges: edges.filter((edge) => relationSet.has(edge.data.id)) },
            });
          }
        }
        return { findings };
      },
    }),
  ];
}
