/**
 * A tiny pattern language over placeholder-rendered sentences, compiled once.
 *   {ORG:a}   one organisation, captured as group a     (classes: ruleTypeClasses of model/graph-model.json)
 *   {ORGS:a}  a list of them ("A, B en C", "zowel A als B")
 *   DET       an optional article or possessive
 *   ~         a short gap without other entities or a dash aside ("A – waaronder B – en is …")
 *   ~~        a longer gap that may contain entities
 * Everything else is a regular expression, matched case-insensitively.
 */
import { RULE_TYPE_CLASSES, type EntityType, type RelationType } from "../model/graph-model.ts";
import { TYPE_LETTER } from "./placeholders.ts";

export type End = string; // group name, "$writer", "$answerer", "$subject", "@doc" or "lex:<id>"

export interface RuleRow {
  id: string;
  match: string;
  emits: Array<{ type: RelationType; source: End; target: End }>;
  reason: string;
  /** allowed kinds per group (lexicon kind); "!x" excludes */
  kinds?: Record<string, string[]>;
  /** allowed entity types per group, for free-form groups */
  types?: Record<string, EntityType[]>;
  /** the pattern is a noun phrase ("Cisco Webex"), not a clause: its first entity need not be a subject */
  noun?: boolean;
  /** skip when the matched text carries a negation */
  negatable?: boolean;
}

export interface CompiledRule extends RuleRow {
  re: RegExp;
}

/** Class name → regex class of placeholder letters, from the model's ruleTypeClasses (ORG → "O", ACT → "[OPC]"). */
const TYPE_CLASS: Record<string, string> = Object.fromEntries(
  Object.entries(RULE_TYPE_CLASSES).map(([name, types]) => {
    const letters = types.map((t) => TYPE_LETTER[t]).join("");
    return [name, letters.length === 1 ? letters : `[${letters}]`];
  }),
);

export function compileRule(row: RuleRow): CompiledRule {
  let src = row.match
    .replace(/\{([A-Z]+?)(S?):(\w+)\}/g, (_, t: string, plural: string, name: string) => {
      const cls = TYPE_CLASS[t];
      if (!cls) throw new Error(`rule ${row.id}: unknown entity class ${t}`);
      const one = `⟦\\d+:${cls}⟧`;
      return plural
        ? `(?<${name}>${one}(?:(?:\\s*,\\s*|\\s+(?:en|of|als|en ook|alsmede)\\s+)(?:(?:de|het)\\s+)?${one})*)`
        : `(?<${name}>${one})`;
    })
    .replace(/DET\s*/g, "(?:(?:de|het|een|stichting|zijn|haar|hun|mijn|ons|onze)\\s+)?")
    .replace(/~~/g, ".{0,160}?")
    .replace(/~/g, "[^⟦–—]{0,60}?");
  try {
    return { ...row, re: new RegExp(src, "giu") };
  } catch (e) {
    throw new Error(`rule ${row.id}: bad pattern ${src}: ${(e as Error).message}`);
  }
}
