/**
 * RFC 4180 CSV → rows keyed by the header. The knowledge-base CSVs quote
 * fields that hold commas (sources, role names); no other dialect is needed.
 * One sticky regex per field: a quoted field ("" is a quote) or a bare one,
 * then its separator (a comma, a line end, or the end of the text).
 */
const FIELD = /(?:"((?:[^"]|"")*)"|([^,"\r\n]*))(,|\r\n|\n|\r|$)/y;

export function parseCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = [];
  let record: string[] = [];
  FIELD.lastIndex = 0;
  while (FIELD.lastIndex < text.length) {
    const at = FIELD.lastIndex;
    const m = FIELD.exec(text);
    if (!m || (m[0] === "" && at < text.length)) throw new Error(`CSV: malformed field at offset ${at}`);
    record.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    if (m[3] !== ",") {
      if (record.length > 1 || record[0] !== "") records.push(record);
      record = [];
      if (m[3] === "") break;
    } else if (FIELD.lastIndex === text.length) {
      record.push("");
      records.push(record);
      record = [];
    }
  }
  if (record.length > 0) records.push(record);
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`CSV row ${n + 2}: ${cells.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
  });
}
