// Turning a search box string into a safe Lucene query for the `entityNames`
// full-text index. User input never reaches Lucene unescaped.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Words as the standard analyzer sees them (letters and digits), lower-cased.
 * Every word must match; the last word also matches as a prefix so typing
 * "huff" finds "Huffelen" (autocomplete). Whole-word matches are boosted so
 * "UBR" ranks the organisation UBR above "UBR-crisisteam".
 */
export function searchQuery(input: string): string | null {
  const words = (input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map(escapeLucene);
  if (words.length === 0) return null;
  const last = words.length - 1;
  const exact = words.map((w) => `${w}`).join(" AND ");
  const prefix = words.map((w, i) => (i === last ? `${w}*` : w)).join(" AND ");
  return `(${exact})^4 OR (${prefix})`;
}
