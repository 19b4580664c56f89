/** Small wording helpers of the explorer's panels. */

/** "1 mention", "2 mentions"; `plural` for irregular words. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? singular : plural}`;
}

/** Longest quote shown whole; longer "sentences" (tables, lists the sentence splitter left as one) are clipped. */
export const QUOTE_SHOWN = 400;

/**
 * Clips a quote at a word boundary near `max` characters. Returns null when it
 * fits, so the caller knows whether to offer "show whole sentence".
 */
export function clipQuote(quote: string, max = QUOTE_SHOWN): string | null {
  if (quote.length <= max) return null;
  const cut = quote.lastIndexOf(" ", max);
  return `${quote.slice(0, cut > max * 0.6 ? cut : max).trimEnd()} …`;
}
