/**
 * Facts stated by a document's frame rather than its prose: who asked
 * (Indiener, "Vragen van het lid …", the committee, the fracties), who answered
 * ("Beantwoord door …", the addressed ministers), parties and offices in
 * parentheses, signatures, the committee's chair and clerk. Each becomes a
 * mention at the exact span where the header names it, and a relation whose
 * evidence is that header line. Also decides who "ik" is per section.
 */
import type { Structure, HeaderPerson } from "../structure/structure-schema.ts";
import type { RelationType } from "../model/graph-model.ts";
import type { RawMention } from "../mentions/find-mentions.ts";
import { splitPersonName } from "../mentions/find-mentions.ts";
import type { Knowledge } from "./knowledge.ts";
import { splitSentences } from "../sentences/split-sentences.ts";
import { personNamesConflict } from "../resolve/person-names.ts";
import { committeeBySubject, committeeEntry, committeeSubject, splitSubjects } from "./committee-entry.ts";
import { kbPersonOf } from "./kb-people.ts";

export interface HeaderRelation {
  type: RelationType;
  source: RawMention | "@doc";
  target: RawMention | "@doc";
  evidence: string;
  section: string | null;
  start: number;
  end: number;
  rule: string;
}

export interface SectionContext {
  writer: string | null;
  /** lexicon kind of the writer when it is an organisation (e.g. "auditor") */
  writerKind?: string | null;
  answerer: string | null;
  writerMinistry: string | null;
}

export interface HeaderFacts {
  mentions: RawMention[];
  relations: HeaderRelation[];
  contextFor(entityOf: (m: RawMention) => string | null): (section: string | null) => SectionContext;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where `needle` occurs in text[from, to) as a whole word: "SP" is never the
 * "sp" inside "Nispen". Acronyms (no lower-case letter) must match their case;
 * longer names match case-insensitively ("Minister van Financiën").
 */
export function findWord(text: string, needle: string, from: number, to: number): number {
  if (!needle) return -1;
  const exact = !/\p{Ll}/u.test(needle);
  const hay = exact ? text.slice(from, to) : text.slice(from, to).toLowerCase();
  const key = exact ? needle : needle.toLowerCase();
  for (let i = hay.indexOf(key); i >= 0; i = hay.indexOf(key, i + 1)) {
    const at = from + i;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) return at;
  }
  return -1;
}

/** longer than this, a "line" is a page or a whole letter without line breaks: quote the sentence instead */
const LONG_LINE = 400;

const GOVERNMENT_OFFICE = /\b(minister|staatssecretaris|minister-president|premier)\b/i;

export function headerFacts(text: string, structure: Structure, k: Knowledge): HeaderFacts {
  const mentions: RawMention[] = [];
  const relations: HeaderRelation[] = [];
  const h = structure.header;
  const sectionOf = (pos: number) => structure.segments.find((s) => s.start <= pos && pos < s.end)?.id ?? "header";
  const lineAround = (start: number, end: number) => {
    const a = text.lastIndexOf("\n", start - 1) + 1;
    let b = text.indexOf("\n", end);
    if (b < 0) b = text.length;
    return { start: a, end: b, text: text.slice(a, b).trim() };
  };
  const find = (needle: string, from: number, to: number): number => findWord(text, needle, from, Math.max(to, from + needle.length + 200));
  // evidence is the header line; a "line" of a text without line breaks is the whole letter, so then the sentence
  const evidenceAround = (start: number, end: number) => {
    const line = lineAround(start, end);
    if (line.end - line.start <= LONG_LINE) return line;
    const from = Math.max(line.start, start - 600);
    const to = Math.min(line.end, end + 600);
    const s = splitSentences(text.slice(from, to), from).find((x) => x.start <= start && start < x.end);
    return s ? { start: s.start, end: s.end, text: s.text.trim() } : { start, end, text: text.slice(start, end).trim() };
  };
  const rel = (type: RelationType, source: RawMention | "@doc", target: RawMention | "@doc", at: { start: number; end: number; evidence?: { start: number; end: number } }, rule: string) => {
    // the header clause or signature that states the fact (one sentence, however the PDF wrapped it), else its line
    const ev = at.evidence ? { ...at.evidence, text: text.slice(at.evidence.start, at.evidence.end) } : evidenceAround(at.start, at.end);
    relations.push({ type, source, target, evidence: ev.text.replace(/\s+/g, " ").trim(), section: sectionOf(ev.start), start: ev.start, end: ev.end, rule });
  };

  const personEntry = (name: string): string | undefined => {
    const bySurname = k.resolver.surnames.get(splitPersonName(name).surname.toLowerCase().replace(/[\s\-.']/g, ""));
    return k.personByName(name)?.id ?? (bySurname && bySurname.length === 1 ? bySurname[0] : undefined);
  };
  const personMention = (p: HeaderPerson, role: string): RawMention | null => {
    // office, ministry and date name one person in the knowledge base; that beats a surname in the lexicon
    const kb = kbPersonOf(p, role, structure.meta, k);
    // the structure stage says where the name is written; otherwise look for it in the person's span
    if (p.nameSpan) {
      const m: RawMention = { start: p.nameSpan.start, end: p.nameSpan.end, text: text.slice(p.nameSpan.start, p.nameSpan.end), type: "Person", name: p.name,
        entryId: kb?.entryId ?? personEntry(p.name), ...(kb ? { resolution: kb.resolution } : {}), person: splitPersonName(p.name), rule: `header.${role}`, section: sectionOf(p.nameSpan.start) };
      mentions.push(m);
      return m;
    }
    const at = find(p.name, p.start, p.end);
    if (at < 0) return null;
    const parts = p.parts ?? splitPersonName(p.name);
    const bySurname = k.resolver.surnames.get(parts.surname.toLowerCase().replace(/[\s\-.']/g, ""));
    // a unique surname in the lexicon is that person only when initials and given name do not say otherwise
    const surnameEntry = bySurname && bySurname.length === 1 ? k.byId(bySurname[0]!) : undefined;
    const entryId = kb?.entryId ?? k.personByName(p.name)?.id ?? (surnameEntry && !personNamesConflict(parts, surnameEntry) ? surnameEntry.id : undefined);
    const name = p.parts ? [p.parts.given ?? p.parts.initials, p.parts.surname].filter(Boolean).join(" ") : p.name;
    const m: RawMention = { start: at, end: at + p.name.length, text: text.slice(at, at + p.name.length), type: "Person", name,
      entryId, ...(kb ? { resolution: kb.resolution } : {}), person: parts, rule: p.rule ? `header.${role}:${p.rule}` : `header.${role}`, section: sectionOf(at) };
    mentions.push(m);
    return m;
  };
  const orgMention = (entryText: string, from: number, to: number, entry: { id: string; type: string; kind?: string | null } | null, rule: string): RawMention | null => {
    if (!entry) return null;
    const at = find(entryText, from, to);
    if (at < 0) return null;
    // one span, one mention: two signers of the same organisation share it
    const same = mentions.find((x) => x.start === at && x.end === at + entryText.length);
    if (same) return same;
    const m: RawMention = { start: at, end: at + entryText.length, text: text.slice(at, at + entryText.length), type: entry.type as RawMention["type"], kind: entry.kind ?? null,
      entryId: entry.id, rule, section: sectionOf(at) };
    mentions.push(m);
    return m;
  };

  // a span the structure stage located (the parenthesised party, never a search that finds "sp" in "Nispen")
  const spanMention = (span: { start: number; end: number }, entry: { id: string; type: string; kind?: string | null } | null, rule: string): RawMention | null => {
    if (!entry) return null;
    const same = mentions.find((x) => x.start === span.start && x.end === span.end);
    if (same) return same;
    const m: RawMention = { start: span.start, end: span.end, text: text.slice(span.start, span.end), type: entry.type as RawMention["type"], kind: entry.kind ?? null,
      entryId: entry.id, rule, section: sectionOf(span.start) };
    mentions.push(m);
    return m;
  };
  const withAffiliations = (p: HeaderPerson, person: RawMention) => {
    if (p.party) {
      const entry = k.partyByText(p.party);
      const party = p.partySpan ? spanMention(p.partySpan, entry, "header.party") : orgMention(p.party, p.start, p.end, entry, "header.party");
      if (party) rel("MEMBER_OF", person, party, p, p.rule ? `${p.rule}:party` : "header.party-in-parentheses");
    }
    if (p.ministry && (!p.office || GOVERNMENT_OFFICE.test(p.office))) {
      const entry = k.ministryByText(p.ministry);
      const ministry = p.ministrySpan ? spanMention(p.ministrySpan, entry, "header.ministry") : orgMention(p.ministry, p.start, p.end, entry, "header.ministry");
      if (ministry) rel("HOLDS_OFFICE", person, ministry, p, p.rule ? `${p.rule}:office` : "header.office");
    }
  };

  const persons: Record<string, RawMention[]> = { askers: [], answerers: [], signers: [] };
  for (const p of h.askers) {
    const m = personMention(p, "asker");
    if (!m) continue;
    persons.askers!.push(m);
    rel("ASKED", m, "@doc", p, p.rule ?? "header.asker");
    withAffiliations(p, m);
  }
  for (const p of h.answerers) {
    const m = personMention(p, "answerer");
    if (!m) continue;
    persons.answerers!.push(m);
    rel("ANSWERED", m, "@doc", p, p.rule ?? "header.answerer");
    withAffiliations(p, m);
  }
  // the sender of a postponement notice holds the office but has not answered
  const notifiers: RawMention[] = [];
  for (const p of h.notifiers ?? []) {
    const m = personMention(p, "notifier");
    if (!m) continue;
    notifiers.push(m);
    withAffiliations(p, m);
  }
  // a letter signed for an organisation ("drs. A.P. Visser, president" of the Algemene Rekenkamer)
  const signingOrgs: RawMention[] = [];
  for (const p of h.signers) {
    const m = personMention(p, "signer");
    if (!m) continue;
    persons.signers!.push(m);
    withAffiliations(p, m);
    const org = p.ministry && (!p.office || !GOVERNMENT_OFFICE.test(p.office)) ? k.entryByName(p.ministry) : null;
    if (org && org.kind !== "ministry") {
      const om = orgMention(p.ministry!, p.start, p.end + 200, org, "header.signing-organisation") ?? orgMention(p.ministry!, 0, text.length, org, "header.signing-organisation");
      if (om) {
        signingOrgs.push(om);
        const chairs = p.relation ? p.relation === "CHAIRS" : /\b(?:president|voorzitter)\b/i.test(p.office ?? "");
        rel(chairs ? "CHAIRS" : "EMPLOYED_BY", m, om, p, p.rule ?? (chairs ? "header.signer-chairs" : "header.signer-employed"));
      }
    }
  }

  let committee: RawMention | null = null;
  if (h.committee) {
    const entry = k.index.byFirst.get("vaste")?.find((s) => s.text.toLowerCase() === h.committee!.name.toLowerCase())?.entry ?? null;
    const at = find(h.committee.name, h.committee.start, h.committee.end);
    if (at >= 0) {
      committee = { start: at, end: at + h.committee.name.length, text: h.committee.name, type: "Committee", name: entry?.name ?? h.committee.name, entryId: entry?.id,
        rule: "header.committee", section: sectionOf(at) };
      mentions.push(committee);
      if (structure.meta.kind === "vragenlijst") rel("ASKED", committee, "@doc", h.committee, "header.committee-asks");
    }
  }
  // committees (or the House) a covering sentence names as askers: "de door de vaste commissie voor X gestelde vragen"
  for (const b of h.askingBodies) {
    if (b.kind === "house") {
      const house = orgMention(b.text, b.start, b.end, k.entryByName("Tweede Kamer"), `header.asking-house:${b.rule}`);
      if (house) rel("ASKED", house, "@doc", b, b.rule);
      continue;
    }
    // "de vaste commissies voor A, B en C", or one head over two known committees ("Vaste Kamercommissie van Asiel en Migratie en Justitie en Veiligheid")
    const s = committeeSubject(b.text);
    const one = committeeEntry(b.text, k);
    const parts = s ? splitSubjects(s.subject, k).map((x) => ({ ...x, reading: committeeBySubject(x.subject, k), at: b.start + b.text.length - s.subject.length + x.offset, len: x.subject.length })) : [];
    const split = b.kind === "committees" || (!one?.entry && parts.length > 1 && parts.every((x) => x.reading?.entry));
    const subjects = split ? parts : [{ subject: b.text, offset: 0, reading: one, at: b.start, len: b.text.length }];
    for (const x of subjects) {
      if (!x.reading) continue;
      const cm: RawMention = { start: x.at, end: x.at + x.len, text: text.slice(x.at, x.at + x.len), type: "Committee", name: x.reading.name, entryId: x.reading.entry?.id,
        rule: `header.asking-committee:${b.rule}`, section: sectionOf(x.at) };
      mentions.push(cm);
      rel("ASKED", cm, "@doc", b, b.rule);
    }
  }
  // the Speaker a letter is addressed to ("Geachte mevrouw Arib," to the Voorzitter van de Tweede Kamer)
  for (const p of h.addressedChairs) {
    const m = personMention(p, "addressee");
    const house = p.ministry ? orgMention(p.ministry, 0, text.length, k.entryByName(p.ministry), `header.addressed-house:${p.rule}`) : null;
    if (m && house) rel("CHAIRS", m, house, p, p.rule ?? "header.addressed-chair");
  }
  // an organisation answering in its own name (the Algemene Rekenkamer)
  const answeringOrgs: RawMention[] = [];
  for (const b of h.answeringBodies) {
    const om = orgMention(text.slice(b.start, b.end), b.start, b.end, k.entryByName(b.name), `header.answering-organisation:${b.rule}`);
    if (!om) continue;
    answeringOrgs.push(om);
    rel("ANSWERED", om, "@doc", b, b.rule);
  }

  for (const p of h.chairs) {
    const m = personMention(p, "chair");
    if (m && committee) rel("CHAIRS", m, committee, p, "header.committee-chair");
  }
  for (const p of h.clerks) {
    const m = personMention(p, "clerk");
    if (m && committee) rel("EMPLOYED_BY", m, committee, p, "header.committee-clerk");
  }
  const addressed: RawMention[] = [];
  if (structure.meta.kind === "vragenlijst") {
    for (const o of h.addressees) {
      const m = o.ministry ? orgMention(o.ministry, o.start, o.end, k.ministryByText(o.ministry), "header.addressee") : null;
      if (m) { addressed.push(m); rel("ANSWERED", m, "@doc", o, "header.addressed-minister-answers"); }
    }
  }

  // Headings "… bij het Ministerie van X" split a committee list into per-ministry parts.
  const ministryHeadings: Array<{ at: number; entry: { id: string } }> = [];
  for (const m of text.matchAll(/^Vragen en antwoorden inzake[^\n]*?\b(?:bij|van) (?:het )?(?:Ministerie|ministerie) van ([^\n(]+)/gmu)) {
    const e = k.ministryByText(m[1]!.trim());
    if (e) ministryHeadings.push({ at: m.index!, entry: e });
  }

  // Two answerers write one text and mark who speaks: "Ik (Staatssecretaris) snap …", "Mijn (Minister) ambtsvoorganger …".
  // An answer with a marker is that answerer's; the answers after it follow it until the next marker.
  const markedAnswerer = new Map<string, number>();
  if (h.answerers.length > 1) {
    let current = 0;
    for (const seg of structure.segments) {
      if (seg.kind !== "answer") continue;
      const marker = /\((minister|staatssecretaris)\)/i.exec(text.slice(seg.start, seg.end))?.[1]?.toLowerCase();
      const at = marker ? h.answerers.findIndex((a) => a.office?.toLowerCase() === marker) : -1;
      if (at >= 0) current = at;
      markedAnswerer.set(seg.id, current);
    }
  }

  return {
    mentions,
    relations,
    contextFor(entityOf) {
      const idOf = (m: RawMention | undefined) => (m ? entityOf(m) : null);
      const officeMinistry = (p: HeaderPerson | undefined) => (p?.ministry ? k.ministryByText(p.ministry)?.id ?? null : null);
      const kind = structure.meta.kind;
      return (section) => {
        // "wij" of a letter answered in an organisation's own name is that organisation
        if (answeringOrgs.length > 0) {
          const org = idOf(answeringOrgs[0]);
          return { writer: org, answerer: org, writerMinistry: null, writerKind: answeringOrgs[0]!.kind ?? null };
        }
        if (kind === "vragenlijst") {
          const seg = structure.segments.find((s) => s.id === section);
          const heading = seg ? [...ministryHeadings].reverse().find((x) => x.at <= seg.start) : undefined;
          const ministry = heading?.entry.id ?? (addressed.length >= 1 ? idOf(addressed[0]) : null);
          return { writer: ministry, answerer: ministry, writerMinistry: ministry };
        }
        if (kind === "kamervraag") {
          let idx = markedAnswerer.get(section ?? "") ?? 0;
          if (section?.startsWith("notice")) {
            const seg = structure.segments.find((s) => s.id === section);
            const body = seg ? text.slice(seg.start, seg.end) : "";
            const onBehalf = /mede namens de (minister|staatssecretaris)/i.exec(body)?.[1]?.toLowerCase();
            if (onBehalf) idx = Math.max(0, h.answerers.findIndex((a) => !!a.office && !a.office.toLowerCase().includes(onBehalf)));
          }
          const who = persons.answerers![idx] ?? persons.answerers![0] ?? notifiers[0];
          const id = idOf(who);
          return { writer: id, answerer: id, writerMinistry: officeMinistry(h.answerers[idx] ?? h.answerers[0] ?? h.notifiers?.[0]) };
        }
        // "wij" in a letter signed for an organisation is the organisation
        if (signingOrgs.length > 0 && !h.signers.some((p) => p.office && GOVERNMENT_OFFICE.test(p.office))) {
          const org = idOf(signingOrgs[0]);
          return { writer: org, answerer: org, writerMinistry: null, writerKind: signingOrgs[0]!.kind ?? null };
        }
        const signer = persons.signers![0] ?? persons.answerers![0];
        const id = idOf(signer);
        return { writer: id, answerer: id, writerMinistry: officeMinistry(h.signers[0] ?? h.answerers[0]) };
      };
    },
  };
}
