/** Typed wrappers around the kamergraaf HTTP API (see /api/openapi.json). */

export interface NodeData { id: string; label: string; type: string; kind?: string | null; aliases?: string[]; docCount?: number }
export interface EdgeData { id: string; source: string; target: string; type: string; label?: string; evidenceCount?: number; firstDate?: string | null; lastDate?: string | null }
export interface Elements { nodes: { data: NodeData }[]; edges: { data: EdgeData }[] }

export interface SearchResult { key: string; name: string; type: string; kind?: string | null; aliases?: string[]; score?: number }
export interface EntityDetails {
  entity: { key: string; name: string; type: string; kind?: string | null; subtype?: string | null; aliases?: string[] };
  counts: { documents: number; mentions: number; relations: number };
  relationCounts: Record<string, number>;
  documents: { key: string; title: string; date?: string | null; kind?: string; mentions?: number }[];
  merges?: { surface: string; rule: string; reason?: string; docKey?: string }[];
}
export interface Neighbourhood { elements: Elements; truncated: boolean; limit: number }
export interface NeighbourTypes { hub: { data: NodeData }; total: number; types: { type: string; count: number }[] }
export interface NeighboursOfType { elements: Elements; type: string; total: number; offset: number; nextOffset: number | null }
export interface PathsResult { paths: { nodes: string[]; edges: string[]; length: number }[]; elements: Elements }
export interface EvidenceItem { quote: string; docKey: string; docTitle: string; docDate?: string | null; section?: string | null; questionNumber?: number | string | null; start: number; end: number; rule?: string }
export interface EvidenceResult { relation: { key: string; type: string; source: { key: string; name: string }; target: { key: string; name: string } }; evidence: EvidenceItem[] }
export interface DocumentFact { kind: "mention" | "evidence" | "commitment"; start: number; end: number; entityKey?: string; relKey?: string; relType?: string; rule?: string }
export interface DocumentSegment { id: string; kind: string; number?: number | string | null; start: number; end: number }
export interface DocumentResult {
  document: { key: string; file?: string; kind?: string; number?: string | null; title: string; date?: string | null; submitted?: string | null; text: string };
  segments: DocumentSegment[];
  facts: DocumentFact[];
}
export interface Commitment {
  key: string; actor: { key: string; name: string } | null; text: string; due: string | null; dueText?: string | null; kind?: string;
  status: "open" | "overdue"; quote: string; docKey: string; docTitle: string; docDate?: string | null; start: number; end: number;
}
export interface Finding {
  id: string; pattern: string; title: string; summary: string; entities: string[]; relations: string[];
  evidence: { relKey: string; quote: string; docKey: string; docTitle: string }[]; elements: Elements;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

type Query = Record<string, string | number | boolean | undefined | null | string[]>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(name, value.join(","));
    } else params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  const response = await fetch(`api/${path}${queryString(query)}`, { headers: { accept: "application/json" } });
  if (!response.ok) {
    let code = "HttpError";
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
    } catch {
      // Non-JSON error body: keep the status line.
    }
    throw new ApiError(response.status, code, message);
  }
  return (await response.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  search: (q: string, limit = 10, type?: string) => getJson<{ results: SearchResult[] }>("search", { q, limit, type }),
  entity: (key: string) => getJson<EntityDetails>(`entities/${enc(key)}`),
  neighbourhood: (key: string, query: { depth?: number; limit?: number; relTypes?: string[]; nodeTypes?: string[]; from?: string; to?: string; minEvidence?: number } = {}) =>
    getJson<Neighbourhood>(`entities/${enc(key)}/neighbourhood`, query),
  paths: (from: string, to: string, maxLength = 4, limit = 3) => getJson<PathsResult>("paths", { from, to, maxLength, limit }),
  evidence: (relKey: string) => getJson<EvidenceResult>(`relations/${enc(relKey)}/evidence`),
  document: (key: string) => getJson<DocumentResult>(`documents/${enc(key)}`),
  commitments: (query: { actor?: string; status?: string; asOf?: string; dueFrom?: string; dueTo?: string; document?: string } = {}) =>
    getJson<{ commitments: Commitment[] }>("commitments", query),
  findings: () => getJson<{ findings: Finding[] }>("findings"),
  neighbourTypes: (key: string) => getJson<NeighbourTypes>(`entities/${enc(key)}/neighbour-types`),
  neighboursOfType: (key: string, type: string, offset: number, limit: number) => getJson<NeighboursOfType>(`entities/${enc(key)}/neighbours`, { type, offset, limit }),
};
