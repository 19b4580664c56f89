/**
 * Plain-text table for query results in a terminal: one column per result
 * key, lists and maps as compact JSON, long cells cut with an ellipsis.
 */
export function formatCell(value: unknown, maxWidth: number): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else text = JSON.stringify(value);
  text = text.replace(/\s+/g, " ");
  return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
}

export function formatTable(columns: string[], rows: Array<Record<string, unknown>>, options: { maxWidth?: number } = {}): string {
  const maxWidth = options.maxWidth ?? 60;
  const cells = rows.map((row) => columns.map((c) => formatCell(row[c], maxWidth)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
