/**
 * Renders a sentence with its entity mentions replaced by typed placeholders
 * ("⟦3:O⟧"), so relation rules can be plain regular expressions over Dutch
 * word order without caring how long or odd an entity's name is.
 */
import { ENTITY_TYPES, entityTypeNames, type EntityType } from "../model/graph-model.ts";

/** Placeholder letter of each entity type ("⟦3:O⟧"), from the model. */
export const TYPE_LETTER = Object.fromEntries(entityTypeNames.map((t) => [t, ENTITY_TYPES[t].placeholder])) as Record<EntityType, string>;

export interface SentenceMention {
  entityId: string;
  type: EntityType;
  kind: string | null;
  start: number;
  end: number;
  text: string;
}

export interface Rendered {
  text: string;
  /** placeholder number → mention */
  mentions: SentenceMention[];
}

export function renderPlaceholders(sentence: string, base: number, mentions: readonly SentenceMention[]): Rendered {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = base;
  const kept: SentenceMention[] = [];
  for (const m of sorted) {
    if (m.start < pos) continue; // overlapping mention: the earlier, longer one wins
    out += sentence.slice(pos - base, m.start - base);
    out += `⟦${kept.length}:${TYPE_LETTER[m.type]}⟧`;
    kept.push(m);
    pos = m.end;
  }
  out += sentence.slice(pos - base);
  return { text: out, mentions: kept };
}

/** All placeholder numbers inside a matched group, in order. */
export function placeholdersIn(s: string | undefined): number[] {
  if (!s) return [];
  return [...s.matchAll(/⟦(\d+):[A-Z]⟧/g)].map((m) => Number(m[1]));
}
