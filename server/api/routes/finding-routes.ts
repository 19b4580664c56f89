import { createHash } from "node:crypto";
import { join } from "node:path";
import { z } from "zod";
import { inReadTx, type NamedReader } from "../api-database.ts";
import { QueryTimeoutError } from "../../errors.ts";
import type { ApiDeps } from "../deps.ts";
import { allFilters, edgesAmong, nodesById } from "../graph/subgraph.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { ElementsSchema } from "../schemas/common.ts";
import { cypherFolder, cypherNames, readCypherFile } from "../../db/load-cypher.ts";
import { parseNamedQuery, resolveParams } from "../../graph/named-queries.ts";

/**
 * Findings come from the conflict-of-interest named queries
 * cypher/queries/coi-*.cypher (owned by the graph; see server/graph/named-queries.ts
 * for the header format). Column contract, one row per finding: `entities`
 * (entity keys), `relKeys` (relation keys); optional `pattern`, `title`,
 * `summary` and `evidence` ([{relKey, quote, docKey, docTitle}]). Missing
 * evidence is looked up here (first statement of each relation).
 */
export const defaultFindingsDir = cypherFolder("queries");

export const FindingsResponse = z.object({
  findings: z.array(
    z.object({
      id: z.string(),
      pattern: z.string().describe("the pattern that found it (the query's `pattern` column, else its file name)"),
      title: z.string(),
      summary: z.string(),
      entities: z.array(z.string()),
      relations: z.array(z.string()),
      evidence: z.array(z.object({ relKey: z.string(), quote: z.string().nullable(), docKey: z.string(), docTitle: z.string().nullable() })),
      elements: ElementsSchema,
    }),
  ),
  complete: z.boolean().describe("false when the overall deadline (FINDINGS_TIMEOUT_MS) cut the search short; the findings listed are still right"),
});

/** Findings per pattern at most: a pattern that matches thousands of times is a pattern to narrow. */
const MAX_FINDINGS_PER_PATTERN = 200;

interface Pattern {
  name: string;
  title: string;
  cypher: string;
  params: Record<string, unknown>;
}

function loadPatterns(dir: string): Pattern[] {
  return cypherNames(dir)
    .filter((name) => /^coi-[a-z0-9-]+$/.test(name))
    .map((name) => {
      const cypher = readCypherFile(join(dir, `${name}.cypher`));
      const declared = parseNamedQuery(name, cypher);
      // Declared parameters take their defaults ("today" for dates).
      return { name, title: declared.description || name, cypher, params: resolveParams(declared, {}) };
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
        // One deadline for all patterns together: every query gets what is left of it.
        const deadline = Date.now() + (deps.config.FINDINGS_TIMEOUT_MS ?? 15_000);
        const left = () => Math.min(deps.config.CYPHER_TIMEOUT_MS, deadline - Date.now());
        let complete = true;
        // Read at request time so new pattern files apply without a restart.
        for (const pattern of loadPatterns(dir)) {
          if (left() < 100) {
            complete = false;
            break;
          }
          try {
            // Like POST /api/cypher: READ access mode, timeout, row cap.
            const { rows, truncated } = await deps.gateway.runUserQuery(pattern.cypher, pattern.params, {
              timeoutMs: left(),
              rowCap: Math.min(deps.config.CYPHER_ROW_CAP, MAX_FINDINGS_PER_PATTERN),
            });
            if (truncated) complete = false;
            // The evidence and subgraphs of all of a pattern's rows in one transaction, not one per row.
            const found = await inReadTx(deps.gateway, (read) => findingsOf(pattern, rows, read), left());
            findings.push(...found);
          } catch (error) {
            if (!(error instanceof QueryTimeoutError)) throw error;
            complete = false;
            break;
          }
        }
        return { findings, complete };
      },
    }),
  ];
}

type Finding = z.infer<typeof FindingsResponse>["findings"][number];

async function findingsOf(pattern: Pattern, rows: Array<Record<string, unknown>>, read: NamedReader): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const row of rows) {
    const entities = [...new Set(asStrings(row.entities))];
    const relations = [...new Set(asStrings(row.relKeys ?? row.relations))];
    if (entities.length === 0 && relations.length === 0) continue;
    const id = `${pattern.name}:${createHash("sha256").update(JSON.stringify([entities, relations])).digest("hex").slice(0, 12)}`;
    const evidence = Array.isArray(row.evidence)
      ? (row.evidence as Array<Record<string, unknown>>)
      : relations.length
        ? await read("finding-evidence", { relKeys: relations })
        : [];
    const nodes = await nodesById(read, entities);
    const edges = await edgesAmong(read, entities, allFilters, 1000);
    const relationSet = new Set(relations);
    found.push({
      id,
      pattern: typeof row.pattern === "string" ? row.pattern : pattern.name,
      title: typeof row.title === "string" ? row.title : pattern.title,
      summary: typeof row.summary === "string" ? row.summary : pattern.title,
      entities,
      relations,
      evidence: evidence.map((e: Record<string, unknown>) => ({
        relKey: String(e.relKey),
        quote: (e.quote as string | null) ?? null,
        docKey: String(e.docKey),
        docTitle: (e.docTitle as string | null) ?? null,
      })),
      elements: { nodes, edges: edges.filter((edge) => relationSet.has(edge.data.id)) },
    });
  }
  return found;
}
