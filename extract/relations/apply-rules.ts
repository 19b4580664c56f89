/**
 * Runs the relation rule rows (extract/rules/relations/*.json) over one
 * placeholder-rendered sentence. Pure: rendered sentence + context in,
 * relations out, each with the id of its row.
 */
import type { Relation } from "../model/extraction.ts";
import type { EntityType, RelationType } from "../model/graph-model.ts";
import { placeholdersIn, type Rendered } from "./placeholders.ts";
import { compileRow, familyRows, wordLists, type RuleRow } from "../rules/rule-files.ts";
import type { Slot } from "../rules/match-language.ts";
import { scanLiterals, prefilterFor, type Prefilter } from "../pipeline/literal-prefilter.ts";

/** An end of an emitted relation: a slot name, "$writer", "$writerMinistry", "$answerer", "@doc" or "lex:<id>". */
export type End = string;

export interface RelationRow extends RuleRow {
  emits: Array<{ type: RelationType; source: End; target: End }>;
  /** allowed lexicon kinds per slot or context end; "!x" excludes, "#list" names a word list of kinds */
  kinds?: Record<string, string[]>;
}

export interface RuleContext {
  /** entity id of "ik" (the minister or body writing / answering) */
  writer: string | null;
  /** lexicon kind of the writer when it is an organisation ("auditor" for the Rekenkamer) */
  writerKind?: string | null;
  /** entity id of the writer's ministry ("mijn ministerie", "in opdracht van mijn ambtsvoorganger") */
  writerMinistry?: string | null;
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

/** a placeholder right after a preposition is a complement ("de continuïteit van DigiD"), never a clause subject; words from words/function-words.json */
function alt(list: string): string {
  const words = wordLists().get(list);
  if (!words) throw new Error(`word list #${list} is missing (extract/rules/words)`);
  return words.join("|");
}
let afterPreposition: RegExp | null = null;
let negation: RegExp | null = null;
function contextRegexes(): { afterPreposition: RegExp; negation: RegExp } {
  afterPreposition ??= new RegExp(`(?<!\\b(?:${alt("head-noun")})\\s|⟧[’'»”]?\\s)\\b(?:${alt("complement-preposition")})\\s+(?:(?:de|het|een)\\s+)?$`, "i");
  negation ??= new RegExp(`\\b(?:${alt("negation")})\\b`, "i");
  return { afterPreposition, negation };
}
/** a sentence that ends in a question mark (before closing quotes, brackets or a footnote number) asks, it does not state */
const QUESTION = /\?[\s’'"”»)\]\d]*$/u;

export interface CompiledRelationRule {
  row: RelationRow;
  re: RegExp;
  slots: Map<string, readonly EntityType[]>;
  kinds: Map<string, string[]>;
  negatable: boolean;
  /** flag "statement": the row reads a claim, so a question ("Heeft de ARK onderzocht of …?") gives nothing */
  statement: boolean;
  /** the match opens with the source slot: that entity is read as the clause subject (not with flag "noun") */
  subjectFirst: boolean;
  pass: Prefilter;
}

const FLAGS = new Set(["negatable", "noun", "statement"]);

export function compileRelationRow(row: RelationRow): CompiledRelationRule {
  const lists = wordLists();
  const m = compileRow(row, lists);
  for (const f of row.flags) if (!FLAGS.has(f)) throw new Error(`rule ${row.id}: unknown flag ${f}`);
  const slots = new Map<string, readonly EntityType[]>(m.slots.map((s: Slot) => [s.name, s.types]));
  const kinds = new Map(Object.entries(row.kinds ?? {}).map(([end, ks]) => [end, ks.flatMap((k) => expandKind(k, lists, row.id))]));
  for (const e of row.emits) for (const end of [e.source, e.target]) {
    if (!/^(?:\$writer|\$writerMinistry|\$answerer|@doc|lex:.+)$/.test(end) && !slots.has(end)) throw new Error(`rule ${row.id}: emits end ${end} is no slot of its match`);
  }
  const first = row.emits[0]?.source;
  const subjectFirst = !row.flags.includes("noun") && first !== undefined && m.source.startsWith(`(?<${first}>`) && slots.has(first);
  return { row, re: m.re, slots, kinds, negatable: row.flags.includes("negatable"), statement: row.flags.includes("statement"), subjectFirst, pass: prefilterFor(m.re.source) };
}

function expandKind(k: string, lists: ReturnType<typeof wordLists>, id: string): string[] {
  const neg = k.startsWith("!") ? "!" : "";
  const name = k.slice(neg.length);
  if (!name.startsWith("#")) return [k];
  const words = lists.get(name.slice(1));
  if (!words) throw new Error(`rule ${id}: unknown kind list ${name}`);
  return words.map((w) => neg + w);
}

let compiled: CompiledRelationRule[] | null = null;
export function compiledRules(): CompiledRelationRule[] {
  compiled ??= (familyRows("relations") as RelationRow[]).map(compileRelationRow);
  return compiled;
}

export function applyRules(sentence: SentenceSpan, rendered: Rendered, ctx: RuleContext): Relation[] {
  return applyRuleSet(compiledRules(), sentence, rendered, ctx);
}

export function applyRuleSet(rules: readonly CompiledRelationRule[], sentence: SentenceSpan, rendered: Rendered, ctx: RuleContext): Relation[] {
  if (rendered.mentions.length === 0) return [];
  const out: Relation[] = [];
  const seen = new Set<string>();
  // Rules read the sentence as written and once more without its dash asides, so that
  // "HIS adviseert departementen – waaronder BZK – en is ondergebracht bij UBR" has HIS as subject.
  const stripped = rendered.text.replace(/\s[–—][^–—]{1,160}?[–—]\s/g, " ");
  const views = stripped === rendered.text ? [rendered.text] : [rendered.text, stripped];
  const scans = views.map(scanLiterals);
  const question = QUESTION.test(sentence.text);
  const { afterPreposition: AFTER_PREPOSITION, negation: NEGATION } = contextRegexes();
  for (const rule of rules) for (let v = 0; v < views.length; v++) {
    if (question && rule.statement) continue;
    const view = views[v]!;
    if (!rule.pass(scans[v]!)) continue;
    rule.re.lastIndex = 0;
    for (const m of view.matchAll(rule.re)) {
      if (rule.negatable && NEGATION.test(m[0])) continue;
      if (rule.subjectFirst && AFTER_PREPOSITION.test(view.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      for (const e of rule.row.emits) {
        const sources = ends(e.source, m.groups, rendered, rule, ctx);
        const targets = ends(e.target, m.groups, rendered, rule, ctx);
        for (const s of sources) for (const t of targets) {
          if (s === t) continue;
          const key = `${e.type}|${s}|${t}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ type: e.type, source: s, target: t, evidence: sentence.text,
            provenance: { section: sentence.section, start: sentence.start, end: sentence.end, rule: rule.row.id } });
        }
      }
    }
  }
  return out;
}

function ends(end: End, groups: Record<string, string> | undefined, r: Rendered, rule: CompiledRelationRule, ctx: RuleContext): string[] {
  if (end === "@doc") return ["@doc"];
  const allowKinds = rule.kinds.get(end);
  if (end === "$writer") return ctx.writer && (!allowKinds || kindAllowed(ctx.writerKind ?? null, allowKinds)) ? [ctx.writer] : [];
  if (end === "$writerMinistry") return ctx.writerMinistry ? [ctx.writerMinistry] : [];
  if (end === "$answerer") return ctx.answerer ? [ctx.answerer] : [];
  if (end.startsWith("lex:")) {
    const id = end.slice(4);
    return ctx.hasEntity(id) ? [id] : [];
  }
  const types = rule.slots.get(end);
  const ids: string[] = [];
  for (const n of placeholdersIn(groups?.[end])) {
    const mention = r.mentions[n];
    if (!mention) continue;
    if (types && !types.includes(mention.type)) continue;
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
