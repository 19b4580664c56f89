/**
 * The inline signature block of an Algemene Rekenkamer letter on OCR text:
 * "Algemene Rekenkamer drs. A.P. (Arno) Visser, president drs. C. (Cornelis)
 * van der Werf, secretaris", or names first and roles after them ("Ewout
 * Irrgang, Cornelis van der Werf, wnd. president secretaris"). Each person
 * keeps the given name and initials the letter states; the role row
 * (signatureRoles in rekenkamer-rules.json) decides the relation.
 */
import { AR_RULES, firstMatch } from "./rekenkamer-rules.ts";
import type { HeaderPerson } from "./structure-schema.ts";

const TITLE = String.raw`(?:(?:drs|dr|mr|ir|prof|ing)\.?\s*)*`;
/** "A.P.", "F.Ch.", and as the scan wrote them: "MA." (dot lost), "M.A," / "MA," (comma for dot) */
const INITIALS = String.raw`(?:(?:\p{Lu}\p{Ll}?\.\s?){1,5}(?:\p{Lu},\s?)?|\p{Lu}{2,3}[.,]\s?)`;
const GIVEN = String.raw`\p{Lu}\p{Ll}+`;
const SURNAME = String.raw`(?:(?:van|de|der|den|ter|ten|het)\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const SUFFIX = String.raw`(?:\s+(?:RA|MGA|RE|RC|MBA|MPA))*`;
/** "drs. A.P. (Arno) Visser", "dr. Ellen M.A. van Schoten RA", "Cornelis van der Werf", "drs. F.Ch. (Francine) Giskes" */
const SIGNER = new RegExp(
  String.raw`(?<![\p{L}.])${TITLE}(?:(?<initials>${INITIALS})\s*(?:\((?<pgiven>${GIVEN})\)\s*)?(?:(?<igiven>${GIVEN})\s+(?=\p{L}))?|(?<given>${GIVEN})\s+(?:(?<ginitials>${INITIALS})\s*)?)(?<surname>${SURNAME})${SUFFIX}(?=\s*,|\s*\n|\s+(?:wnd\.?\s+)?(?:president|secretaris)\b)`,
  "gu",
);
const ROLE = /\b(?:(?:wnd|wncl|waarnemend)\.?\s+)?(?:president|secretaris)\b/g;
const SEPARATOR_ONLY = /^[\s,.'‘’*\\/|—-]{0,6}$/;
const NOT_GIVEN = new Set(["Ministerie", "Minister", "Staatssecretaris", "Commissie", "Algemene", "Rekenkamer", "Tweede", "Kamer", "Hierbij", "Geachte", "Beantwoording", "Antwoorden", "Postbus", "Lange"]);

interface Item { kind: "person" | "role"; start: number; end: number; text: string; m?: RegExpExecArray }

function personOf(m: RegExpExecArray): HeaderPerson["parts"] & object {
  const g = m.groups!;
  const initials = (g.initials ?? g.ginitials)?.replace(/\s+/g, "");
  const given = g.pgiven ?? g.given ?? g.igiven;
  return { surname: g.surname!.replace(/\s+/g, " "), ...(initials ? { initials } : {}), ...(given ? { given } : {}) };
}

/**
 * Names and roles of the signature block in order; a role directly after a
 * name is that name's, and "N1, N2, president secretaris" pairs in order.
 */
export function readSignatures(text: string, from: number, to: number, organisation: string): HeaderPerson[] {
  const region = text.slice(from, to);
  const items: Item[] = [];
  for (const m of region.matchAll(SIGNER)) {
    const g = m.groups!;
    if (g.given && NOT_GIVEN.has(g.given)) continue;
    items.push({ kind: "person", start: from + m.index, end: from + m.index + m[0].length, text: m[0], m });
  }
  for (const m of region.matchAll(ROLE)) {
    const start = from + m.index;
    if (items.some((x) => x.start <= start && start < x.end)) continue;
    items.push({ kind: "role", start, end: start + m[0].length, text: m[0] });
  }
  items.sort((a, b) => a.start - b.start);
  // runs of names followed by runs of roles: as many of each pair in order ("N1, N2, president secretaris");
  // otherwise the role next to a name is that name's ("Stuiveling, dr. Ellen van Schoten RA, secretaris")
  const pairs: Array<[Item, Item]> = [];
  // a run is compact: only separators between its items ("Visser, drs. C. van der Werf, president secretaris")
  const next = (i: number, kind: Item["kind"], run: Item[]) =>
    i < items.length && items[i]!.kind === kind && (run.length === 0 || SEPARATOR_ONLY.test(text.slice(run[run.length - 1]!.end, items[i]!.start)));
  for (let i = 0; i < items.length; ) {
    const names: Item[] = [];
    while (next(i, "person", names)) names.push(items[i++]!);
    const roles: Item[] = [];
    while (next(i, "role", roles)) roles.push(items[i++]!);
    if (names.length === 0 && roles.length === 0) { i++; continue; }
    // only when the roles follow the names directly: OCR drops names and roles, and a far role belongs to a name it lost
    if (names.length === 0 || roles.length === 0 || !SEPARATOR_ONLY.test(text.slice(names[names.length - 1]!.end, roles[0]!.start))) continue;
    if (names.length === roles.length) names.forEach((n, k) => pairs.push([n, roles[k]!]));
    else pairs.push([names[names.length - 1]!, roles[0]!]);
  }
  pairs.sort((x, y) => x[0].start - y[0].start);
  const out: HeaderPerson[] = [];
  for (const [p, r] of pairs) {
    const roleText = r.text.toLowerCase();
    const row = AR_RULES.signatureRoles.find((x) => firstMatch(x, roleText));
    if (!row) continue;
    const relation = row.emits.relation === "CHAIRS" || row.emits.relation === "EMPLOYED_BY" ? row.emits.relation : undefined;
    out.push({ name: p.text.trim(), party: null, office: roleText.replace(/\s+/g, " "), ministry: organisation, start: p.start, end: r.end,
      parts: personOf(p.m!), relation, rule: row.id });
  }
  return out;
}

const ORGANISATION = /\bAlgemene\s+Rekenkamer\b/g;

export interface SignatureBlock {
  signers: HeaderPerson[];
  /** the organisation's name heading the block */
  organisation: { start: number; end: number } | null;
  /** the block's span, -1 when there is none */
  start: number;
  end: number;
}

/**
 * The block in [from, to): its signers, and the "Algemene Rekenkamer" just before the first of them
 * (the covering letter may name the Rekenkamer in a sentence of its own before that).
 */
export function readSignatureBlock(text: string, from: number, to: number, organisation: string): SignatureBlock {
  const orgs = [...text.slice(from, to).matchAll(ORGANISATION)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  const signers = readSignatures(text, from, to, organisation).filter((p) => !orgs.some((o) => o.start < p.end && p.start < o.end));
  const first = signers[0]?.start ?? to;
  const org = [...orgs].reverse().find((o) => o.end <= first && first - o.end <= 120) ?? (signers.length === 0 && orgs[0] && orgs[0].start - from <= 40 ? orgs[0] : null);
  const start = org?.start ?? signers[0]?.start ?? -1;
  const end = signers.length > 0 ? signers[signers.length - 1]!.end : org?.end ?? -1;
  for (const p of signers) p.evidence = { start, end };
  return { signers, organisation: org, start, end };
}
