/**
 * RFC 4180 CSV → rows keyed by the header. The knowledge-base CSVs quote
 * fields that hold commas (sources, role names); no other dialect is needed.
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { record.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field); field = "";
      if (record.length > 1 || record[0] !== "") records.push(record);
      record = [];
    } else field += c;
  }
  if (field !== "" || record.length > 0) { record.push(field); records.push(record); }
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`CSV row ${n + 2}: ${cells.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]!]));
  });
}
