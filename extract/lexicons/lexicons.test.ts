import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nameKey } from "../text/tokens.ts";
import { LexiconError, loadLexicons, readLexiconDir } from "./load-lexicons.ts";
import type { LexiconEntry } from "./lexicon-schema.ts";

const lex = loadLexicons();

function surfaces(e: LexiconEntry): string[] {
  return [e.name, ...e.aliases, ...e.acronyms, ...e.historical.map((h) => h.name)];
}

/** Which entry ids a surface (compared the way the matcher compares) belongs to. */
function ownersOf(text: string): string[] {
  const key = nameKey(text);
  return lex.entries.filter((e) => surfaces(e).some((s) => nameKey(s) === key)).map((e) => e.id);
}

describe("shipped lexicons", () => {
  it("load, validate and are breadth-first (hundreds of rows)", () => {
    expect(lex.entries.length).toBeGreaterThan(200);
    expect(lex.offices.length).toBeGreaterThanOrEqual(10);
  });

  it("have unique ids", () => {
    const ids = lex.entries.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(lex.byId.size).toBe(ids.length);
  });

  it("never let two entries claim one surface unless both are marked ambiguous", () => {
    const claims = new Map<string, LexiconEntry[]>();
    for (const e of lex.entries) {
      for (const k of new Set(surfaces(e).map(nameKey))) claims.set(k, [...(claims.get(k) ?? []), e]);
    }
    const clashes = [...claims.entries()]
      .filter(([, es]) => es.length > 1 && !es.every((e) => e.ambiguous))
      .map(([k, es]) => `"${k}": ${es.map((e) => e.id).join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("keep dates ordered and ministries linked to real ids", () => {
    for (const e of lex.entries) {
      for (const h of e.historical) if (h.from && h.to) expect(h.from <= h.to, `${e.id} ${h.name}`).toBe(true);
      for (const o of e.offices ?? []) {
        if (o.from && o.to) expect(o.from <= o.to, `${e.id} ${o.office}`).toBe(true);
        if (o.ministry) expect(lex.byId.get(o.ministry)?.type, `${e.id} → ${o.ministry}`).toBe("Organisation");
      }
    }
  });

  it("have no partOf cycles", () => {
    for (const e of lex.entries) {
      const seen = new Set<string>();
      for (let cur: LexiconEntry | undefined = e; cur?.partOf; cur = lex.byId.get(cur.partOf)) {
        expect(seen.has(cur.id), `cycle through ${cur.id}`).toBe(false);
        seen.add(cur.id);
      }
    }
  });

  it("know every current ministry under each of its spellings", () => {
    const expected: Record<string, string[]> = {
      bzk: ["BZK", "Binnenlandse Zaken", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"],
      ezk: ["EZK", "EZ", "Economische Zaken", "Ministerie van Economische Zaken", "Ministerie van Economische Zaken en Klimaat"],
      jenv: ["JenV", "J&V", "Justitie en Veiligheid", "VenJ"],
      ienw: ["IenW", "I&W", "IenM"],
      ocw: ["OCW", "Onderwijs, Cultuur & Wetenschap"],
      fin: ["Financiën", "Ministerie van Financiën"],
      lvvn: ["LVVN", "LNV"],
      kgg: ["KGG"], az: ["AZ"], bz: ["BuZa"], defensie: ["Defensie"], szw: ["SZW"], vws: ["VWS"], vro: ["VRO"], aenm: ["Asiel en Migratie"],
    };
    for (const [id, forms] of Object.entries(expected)) {
      expect(lex.byId.get(id)?.kind, id).toBe("ministry");
      for (const f of forms) expect(ownersOf(f), f).toEqual([id]);
    }
  });

  it("use the canonical names and parents the annotations use", () => {
    const cases: Array<[string, string]> = [
      ["Auditdienst Rijk", "adr"], ["Audit Dienst Rijk", "adr"], ["Bureau ICT-toetsing", "bit"], ["Bureau ICT Toetsing", "bit"],
      ["Adviescollege ICT-toetsing", "acict"], ["SSC ICT", "ssc-ict"], ["Shared Service Center ICT", "ssc-ict"], ["Dienst ICT Uitvoering", "dictu"],
      ["Politie", "politie"], ["Europese Unie", "eu"], ["NAVO", "navo"], ["Tweede Kamer der Staten-Generaal", "tweede-kamer"],
      ["vaste commissie voor Digitale Zaken", "commissie-digitale-zaken"], ["Webex", "webex"], ["Cisco", "cisco"], ["SP Cloud platform", "sp-cloud"],
      ["Haagse Inkoop Samenwerking", "his"], ["Rijksdienst voor Identiteitsgegevens", "rvig"], ["GroenLinks-PvdA", "groenlinks-pvda"],
      ["Nieuw Sociaal Contract", "nsc"], ["Van Huffelen", "person:van-huffelen"], ["Bruins Slot", "person:bruins-slot"],
    ];
    for (const [text, id] of cases) expect(ownersOf(text), text).toEqual([id]);
    const parent = (id: string) => lex.byId.get(id)?.partOf;
    expect([parent("logius"), parent("ubr"), parent("belastingdienst"), parent("dictu"), parent("his")]).toEqual(["bzk", "bzk", "fin", "ezk", "ubr"]);
    expect(lex.byId.get("digid")?.ownerId).toBe("logius");
    expect(lex.byId.get("webex")?.ownerId).toBe("cisco");
  });

  it("leave vendor + product phrases to be split, so \"Cisco Webex\" yields both the company and the product", () => {
    expect(ownersOf("Cisco Webex")).toEqual([]);
    expect(ownersOf("Microsoft Teams")).toEqual([]);
  });

  it("mark very short party acronyms case-sensitive", () => {
    for (const id of ["sp", "cu"]) expect(lex.byId.get(id)?.caseSensitive, id).toBe(true);
  });

  it("list legal instruments with a source, unique ids and no surface shared with an entity", () => {
    const { legalInstruments, entries } = loadLexicons();
    expect(legalInstruments.length).toBeGreaterThan(30);
    expect(new Set(legalInstruments.map((r) => r.id)).size).toBe(legalInstruments.length);
    const entitySurfaces = new Set(entries.flatMap((e) => [e.name, ...e.aliases, ...e.acronyms]));
    for (const r of legalInstruments) {
      expect(r.source).toMatch(/^https:\/\//);
      for (const s of [r.name, ...r.aliases, ...r.acronyms]) expect(entitySurfaces.has(s), `${r.id}: ${s}`).toBe(false);
    }
  });

  it("describe offices with a title list and relation", () => {
    const byTitle = (t: string) => lex.offices.find((o) => o.titles.includes(t));
    expect(byTitle("staatssecretaris")?.relation).toBe("HOLDS_OFFICE");
    expect(byTitle("voorzitter")?.relation).toBe("CHAIRS");
    expect(byTitle("kamerlid")?.government).toBe(false);
  });
});

describe("readLexiconDir", () => {
  let dir = "";
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
  const write = (files: Record<string, unknown>) => {
    dir = mkdtempSync(join(tmpdir(), "lexicons-"));
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), typeof data === "string" ? data : JSON.stringify(data));
    return dir;
  };
  const row = { id: "x", type: "Organisation", kind: "agency", name: "X", source: "test" };

  it("names file, row and id of a bad row", () => {
    write({ "a.json": [row, { ...row, id: "y", kind: "galaxy" }] });
    expect(() => readLexiconDir(dir)).toThrow(LexiconError);
    expect(() => readLexiconDir(dir)).toThrow(/a\.json, row 1 \(id "y"\): kind/);
  });

  it("rejects misspelt field names, duplicate ids and dangling parents", () => {
    write({ "a.json": [{ ...row, alias: ["Y"] }] });
    expect(() => readLexiconDir(dir)).toThrow(/alias/);
    rmSync(dir, { recursive: true });
    write({ "a.json": [row], "b.json": [row] });
    expect(() => readLexiconDir(dir)).toThrow(/"x" is already defined in a\.json/);
    rmSync(dir, { recursive: true });
    write({ "a.json": [{ ...row, partOf: "nowhere" }] });
    expect(() => readLexiconDir(dir)).toThrow(/partOf "nowhere" is not a lexicon id/);
  });

  it("reports invalid JSON with the file name", () => {
    write({ "a.json": "[{" });
    expect(() => readLexiconDir(dir)).toThrow(/a\.json: not valid JSON/);
  });

  it("fills defaults so consumers see complete rows", () => {
    write({ "a.json": [row], "offices.json": [{ id: "office:minister", titles: ["minister"], relation: "HOLDS_OFFICE", government: true }] });
    const l = readLexiconDir(dir);
    expect(l.entries[0]).toMatchObject({ aliases: [], acronyms: [], historical: [], partOf: null, ambiguous: false, caseSensitive: false });
    expect(l.offices.map((o) => o.id)).toEqual(["office:minister"]);
  });
});
