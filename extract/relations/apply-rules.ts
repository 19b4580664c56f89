/**
 * Runs the compiled relation rules over one placeholder-rendered sentence.
 * Pure: rendered sentence + context in, relations out, each with its rule id.
 */
import type { Relation } from "../model/extraction.ts";
import { organisationKindsWith, type RelationType } from "../model/graph-model.ts";
import { placeholdersIn, type Rendered } from "./placeholders.ts";
import { compileRule, type CompiledRule, type End } from "./rule-dsl.ts";
import { RELATION_RULES } from "./relation-rules.ts";
import { scanLiterals, prefilterFor, type Prefilter } from "../pipeline/literal-prefilter.ts";

export interface RuleContext {
  /** entity id of "ik" (the minister or body writing / answering) */
  writer: string | null;
  /** lexicon kind of the writer when it is an organisation ("auditor" for the Rekenkamer) */
  writerKind?: string | null;
  /** entity id of the government party answering (ministry in committee lists, minister otherwise) */
  answerer: string | null;
  /** ids of the entities present in this document */
  hasEntity(id: string): boolean;
}

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  section: string | null;
}

/** "wij constateren" is an INVESTIGATED fact only when an auditor or advisory body writes it. */
const AUDITOR_KINDS = new Set<string>(organisationKindsWith("auditor", "advisory"));
/** a placeholder right after a preposition is a complement ("de continuïteit van DigiD"), never a clause subject */
const AFTER_PREPOSITION = /(?<!\b(?:minister|staatssecretaris|directie|directeur|leiding|bestuur|president|voorzitter|ministerie)\s|⟧[’'»”]?\s)\b(?:van|naar|bij|in|op|voor|met|over|aan|tot|uit|tussen|binnen)\s+(?:(?:de|het|een)\s+)?$/i;
const NEGATION = /\b(?:geen|niet|nooit|noch)\b/i;

type RunnableRule = CompiledRule & { subjectFirst: boolean; pass: Prefilter };
let compiled: RunnableRule[] | null = null;
export function compiledRules(): RunnableRule[] {
  // rows whose pattern opens with the source entity read it as the clause subject;
  // `pass` tests the literal text any match contains, tested before the regex runs
  compiled ??= RELATION_RULES.map(compileRule).map((r) => ({ ...r, subjectFirst: !r.noun && /^\{(?:ORG|PER|ACT|OP|ANY|PROG|COM):a\}/.test(r.match), pass: prefilterFor(r.re.source) }));
  return compiled;
}

/** A cheap test before any regex runs: rendered sentences with fewer than one placeholder cannot hold a relation. */
export function applyRules(sentence: SentenceSpan, rendered: Rendered, ctx: RuleContext): Relation[] {
  if (rendered.mentions.length === 0) return [];
  const out: Relation[] = [];
  const seen = new Set<string>();
  // Rules read the sentence as written and once more without its dash asides, so that
  // "HIS adviseert departementen – waaronder BZK – en is ondergebracht bij UBR" has HIS as subject.
  const stripped = rendered.text.replace(/\s[–—][^–—]{1,160}?[–—]\s/g, " ");
  const views = stripped === rendered.text ? [rendered.text] : [rendered.text, stripped];
  const rules = compiledRules();
  const scans = views.map(scanLiterals);
  for (const rule of rules) for (let v = 0; v < views.length; v++) {
    const view = views[v]!;
    if (!rule.pass(scans[v]!)) continue;
    rule.re.lastIndex = 0;
    for (const m of view.matchAll(rule.re)) {
      if (rule.negatable && NEGATION.test(m[0])) continue;
      if (rule.subjectFirst && AFTER_PREPOSITION.test(view.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      for (const e of rule.emits) {
        const sources = ends(e.source, m.groups, rendered, rule, ctx);
        const targets = ends(e.target, m.groups, rendered, rule, ctx);
        for (const s of sources) for (const t of targets) {
          if (s === t) continue;
          const key = `${e.type}|${s}|${t}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ type: e.type as RelationType, source: s, target: t, evidence: sentence.text,
            provenance: { section: sentence.section, start: sentence.start, end: sentence.end, rule: rule.id } });
        }
      }
    }
  }
  return out;
}

function ends(end: End, groups: Record<string, string> | undefined, r: Rendered, rule: CompiledRule, ctx: RuleContext): string[] {
  if (end === "@doc") return ["@doc"];
  if (end === "$writer") return ctx.writer ? [ctx.writer] : [];
  if (end === "$writerAuditor") return ctx.writer && ctx.writerKind && AUDITOR_KINDS.has(ctx.writerKind) ? [ctx.writer] : [];
  if (end === "$answerer") return ctx.answerer ? [ctx.answerer] : [];
  if (end.startsWith("lex:")) {
    const id = end.slice(4);
    return ctx.hasEntity(id) ? [id] : [];
  }
  const allowKinds = rule.kinds?.[end];
  const allowTypes = rule.types?.[end];
  const ids: string[] = [];
  for (const n of placeholdersIn(groups?.[end])) {
    const mention = r.mentions[n];
    if (!mention) continue;
    if (allowTypes && !allowTypes.includes(mention.type)) continue;
    if (allowKinds && !kindAllowed(mention.kind, allowKinds)) continue;
    if (!ids.includes(mention.entityId)) ids.push(mention.entityId);
  }
  return ids;
}

function kindAllowed(kind: string | null, rules: string[]): boolean {
  const positive = rules.filter((r) => !r.startsWith("!"));
  if (rules.some((r) => r.startsWith("!") && r.slice(1) === kind)) return false;
  return positive.length === 0 || (kind !== null && positive.includes(kind));
}
