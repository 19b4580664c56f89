/**
 * Key formats of the model ("<docKey>#q<number>") as functions, so the keys
 * the ingestion MERGEs on are built from the same text the README documents.
 */
export type KeyParts = Record<string, string | number>;

/** "<docKey>:c<start>" → (parts) => `${parts.docKey}:c${parts.start}`; a missing part throws. */
export function compileKeyFormat(format: string): (parts: KeyParts) => string {
  // split keeps the captured names at the odd positions: ["", "docKey", ":c", "start", ""]
  const pieces = format.split(/<(\w+)>/);
  return (parts) => {
    let out = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) {
      const value = parts[pieces[i]!];
      if (value === undefined) throw new Error(`key ${format}: missing ${pieces[i]}`);
      out += String(value) + pieces[i + 1]!;
    }
    return out;
  };
}

/** The part names a format needs, in order. */
export function keyFormatParts(format: string): string[] {
  return [...format.matchAll(/<(\w+)>/g)].map((m) => m[1]!);
}
