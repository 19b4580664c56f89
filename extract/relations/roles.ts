/**
 * Unnamed people with a traceable role ("een ambtenaar werkzaam bij UBR",
 * "de directeur UBR"): the gold annotates them when the text gives an employer
 * plus a position. They become Person mentions named by a short description
 * ("ambtenaar UBR, voorzitter NTF"), together with the relations the same
 * phrase states (employed by, board member of, chairs).
 */
import type { RelationType } from "../model/graph-model.ts";
import type { Rendered } from "./placeholders.ts";

export interface RoleFinding {
  /** span of the role phrase in the sentence (document offsets) */
  start: number;
  end: number;
  text: string;
  name: string;
  relations: Array<{ type: RelationType; targetMention: number; rule: string }>;
  /** placeholder of the board organisation, for "tot het bestuur" in later sentences */
  boardMention: number | null;
}

const ORG = "⟦(\\d+):O⟧";
const DET = "(?:(?:de|het|stichting)\\s+)?";
const EMPLOYEE = new RegExp(`\\b(?:een|de|twee) (?:(tweede|derde|vierde|andere|oud-) ?)?(ambtenaar|ambtenaren|medewerker|werknemer|functionaris|projectleider|adviseur) (?:werkzaam|in dienst|die werkzaam (?:is|was)) (?:bij|van) ${DET}${ORG}`, "giu");
const HEAD = new RegExp(`\\b(?:de|het|een) (directeur|directeur-generaal|secretaris-generaal|plaatsvervangend directeur|hoofd|topman|topvrouw|bestuursvoorzitter|CIO) (?:van )?${DET}${ORG}`, "giu");
const NON_CIVIL = new RegExp(`\\been (niet-ambtelijk lid|extern lid|lid) van ${DET}${ORG}(?=.{0,160}?(?:opgericht|oprichtte|toegetreden|bestuur))`, "giu");
const BOARD_ROLE = /\b(?:in de rol van|als|tot) (voorzitter|secretaris|penningmeester|bestuurslid|lid|vicevoorzitter)\b/i;
const BOARD_OF = new RegExp(`\\b(?:bestuur|raad van toezicht|raad van bestuur) van ${DET}${ORG}`, "iu");
const BOARD_ANAPHOR = /\b(?:tot|in) het bestuur\b/i;
const FOUNDED_TARGET = new RegExp(`${ORG}(?:\\s*\\(⟦\\d+:O⟧\\))?[^⟦]{0,40}?\\b(?:opgericht|oprichtte)`, "iu");

/**
 * Map a rendered-text offset back to the document offset: placeholders are
 * shorter or longer than the names they replace.
 */
export function renderedToDoc(r: Rendered, sentenceStart: number, at: number): number {
  let docPos = sentenceStart;
  let rPos = 0;
  const re = /⟦(\d+):[A-Z]⟧/g;
  for (let m = re.exec(r.text); m; m = re.exec(r.text)) {
    if (m.index >= at) break;
    const mention = r.mentions[Number(m[1])]!;
    if (m.index + m[0].length > at) return mention.start;
    docPos = mention.end;
    rPos = m.index + m[0].length;
  }
  return docPos + (at - rPos);
}

export function findRoles(r: Rendered, sentenceStart: number, sentenceText: string, lastBoard: number | null, shortName: (mention: number) => string): RoleFinding[] {
  const out: RoleFinding[] = [];
  const boardRole = BOARD_ROLE.exec(r.text)?.[1]?.toLowerCase() ?? null;
  const boardOf = BOARD_OF.exec(r.text);
  const boardMention = boardOf ? Number(boardOf[1]) : BOARD_ANAPHOR.test(r.text) ? lastBoard : null;
  const joinsBoard = /\b(?:toegetreden|zitting|benoemd|bestuurslid|plaatsgenomen)\b/i.test(r.text) || !!boardOf;

  const span = (m: RegExpExecArray) => {
    const start = renderedToDoc(r, sentenceStart, m.index);
    const end = renderedToDoc(r, sentenceStart, m.index + m[0].length);
    return { start, end, text: sentenceText.slice(start - sentenceStart, end - sentenceStart).replace(/^(?:een|de|het|twee)\s+/i, "") };
  };

  for (const m of r.text.matchAll(EMPLOYEE)) {
    const employer = Number(m[3]);
    const role = m[2]!.toLowerCase().replace(/en$/, "");
    const rels: RoleFinding["relations"] = [{ type: "EMPLOYED_BY", targetMention: employer, rule: "role.employee-of" }];
    let name = `${role} ${shortName(employer)}`;
    if (joinsBoard && boardMention !== null && boardMention !== employer) {
      rels.push({ type: "BOARD_MEMBER_OF", targetMention: boardMention, rule: "role.joins-board" });
      if (boardRole === "voorzitter") rels.push({ type: "CHAIRS", targetMention: boardMention, rule: "role.board-chair" });
      if (boardRole && boardRole !== "lid") name += `, ${boardRole} ${shortName(boardMention)}`;
      else name += `, bestuurslid ${shortName(boardMention)}`;
    }
    out.push({ ...span(m as RegExpExecArray), name, relations: rels, boardMention });
  }
  for (const m of r.text.matchAll(HEAD)) {
    const org = Number(m[2]);
    out.push({ ...span(m as RegExpExecArray), name: `${m[1]!.toLowerCase()} ${shortName(org)}`, relations: [{ type: "EMPLOYED_BY", targetMention: org, rule: "role.head-of" }], boardMention: null });
  }
  for (const m of r.text.matchAll(NON_CIVIL)) {
    const group = Number(m[2]);
    let name = `${m[1]!.toLowerCase()} van de ${shortName(group)}`;
    const founded = FOUNDED_TARGET.exec(r.text.slice(m.index + m[0].length));
    if (founded) name += `, oprichter ${shortName(Number(founded[1]))}`;
    out.push({ ...span(m as RegExpExecArray), name, relations: [], boardMention: null });
  }
  return out;
}
