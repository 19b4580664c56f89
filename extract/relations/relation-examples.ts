/**
 * The example runner of the relations family: applies one relation row to an
 * example sentence with inline entity marks (see rules/marked-text.ts) and
 * returns what it emits as "TYPE source -> target", ends named by mention
 * text. Context keys: writer, writerKind, writerMinistry, answerer ("ik", "auditor", …).
 */
import type { RuleExample, RuleRow } from "../rules/rule-files.ts";
import { parseMarkedText } from "../rules/marked-text.ts";
import { renderPlaceholders } from "./placeholders.ts";
import { applyRuleSet, compileRelationRow, type CompiledRelationRule, type RelationRow } from "./apply-rules.ts";

const cache = new Map<string, CompiledRelationRule>();

export function runRelationExample(row: RuleRow, example: RuleExample): string[] {
  let rule = cache.get(row.id);
  if (!rule) {
    rule = compileRelationRow(row as RelationRow);
    cache.set(row.id, rule);
  }
  const { text, mentions } = parseMarkedText(example.text);
  const rendered = renderPlaceholders(text, 0, mentions);
  const ctx = example.context ?? {};
  return applyRuleSet([rule], { text, start: 0, end: text.length, section: null }, rendered, {
    writer: ctx.writer ?? null,
    writerKind: ctx.writerKind ?? null,
    writerMinistry: ctx.writerMinistry ?? null,
    answerer: ctx.answerer ?? null,
    hasEntity: () => true,
  }).map((r) => `${r.type} ${r.source} -> ${r.target}`);
}
