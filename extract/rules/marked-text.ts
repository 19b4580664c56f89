/**
 * Example sentences name their entity mentions inline, so a rule's example
 * does not depend on the lexicons: "[Logius](ORG agency) beheert [DigiD](PROG)".
 * The type is a single-type class (ORG PER PROG PARTY COM), the optional
 * second word the organisation kind; the entity id is the mention text.
 */
import type { EntityType } from "../model/graph-model.ts";
import type { SentenceMention } from "../relations/placeholders.ts";
import { TYPE_CLASSES } from "./match-language.ts";

export interface MarkedText {
  text: string;
  mentions: SentenceMention[];
}

const MARK = /\[([^\]]+)\]\(([A-Z]+)(?: ([^)]+))?\)/g;

export function parseMarkedText(marked: string): MarkedText {
  let text = "";
  let pos = 0;
  const mentions: SentenceMention[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(pos, m.index);
    const types = TYPE_CLASSES[m[2]!];
    if (!types || types.length !== 1) throw new Error(`example: ${m[2]} is not a single entity type (use ORG PER PROG PARTY COM)`);
    const start = text.length;
    text += m[1]!;
    mentions.push({ entityId: m[1]!, type: types[0] as EntityType, kind: m[3] ?? null, start, end: text.length, text: m[1]! });
    pos = m.index! + m[0].length;
  }
  text += marked.slice(pos);
  return { text, mentions };
}
