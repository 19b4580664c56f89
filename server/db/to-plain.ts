import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from "neo4j-driver";

/**
 * Driver values → plain JSON-safe JS. Integers become numbers (strings when
 * outside the safe range, so nothing is silently rounded), temporal values
 * ISO strings, nodes/relationships plain objects. Neo4j's internal ids are
 * deliberately dropped: keys are the only identity we expose.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) return { labels: [...value.labels], properties: toPlain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlain),
      relationships: value.segments.map((segment) => toPlain(segment.relationship)),
    };
  }
  if (isPoint(value)) {
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}

export type PlainRow = Record<string, unknown>;

export function recordToPlain(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): PlainRow {
  const row: PlainRow = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}
