/**
 * Commitments (toezeggingen) as rule rows {id, match, emits, reason}: the Dutch
 * constructions by which a government actor binds itself to a future act.
 * `emits` is the default kind; kindOf() refines it from the sentence.
 * Exclusions are rows too, so a wrong (non-)commitment traces to one row.
 */
import type { CommitmentKind } from "./commitment-kinds.ts";

export interface CommitmentRule {
  id: string;
  match: RegExp;
  emits: CommitmentKind;
  reason: string;
}

const INF = "\\p{L}+(?:en|eren)"; // a Dutch infinitive, roughly

export const PROMISE_RULES: CommitmentRule[] = [
  { id: "promise.ik-zal", match: /\b(?:ik|wij|we)\s+(?:zal|zullen)\b|\b(?:zal|zullen)\s+(?:ik|wij|we)\b/iu, emits: "delivery", reason: "first person + zullen: a promise" },
  { id: "promise.ik-ga", match: new RegExp(`\\b(?:ik|wij|we)\\s+(?:ga|gaan)\\b[^.?!]{0,80}?\\b${INF}\\b|\\b(?:ga|gaan)\\s+(?:ik|wij|we)\\b`, "iu"), emits: "delivery", reason: "first person + gaan + infinitive" },
  { id: "promise.ik-laat", match: new RegExp(`\\b(?:ik|wij|we)\\s+(?:laat|laten)\\b[^.?!]{0,140}?\\b(?:${INF}|toekomen|weten)\\b|\\b(?:laat|laten)\\s+(?:ik|wij|we)\\b`, "iu"), emits: "investigation", reason: "ik laat … onderzoeken / toekomen: commissioning a future act" },
  { id: "promise.ik-neem-besluit", match: /\b(?:neem|nemen)\s+(?:ik|wij|we)\s+(?:een|het)\s+besluit\b|\b(?:ik|wij|we)\s+(?:neem|nemen)\s+(?:een|het)\s+besluit\b/iu, emits: "decision", reason: "ik neem een besluit" },
  { id: "promise.ik-neem-mee", match: /\b(?:ik|wij|we)\s+(?:neem|nemen)\b[^.?!]{0,200}?\bmee\b|\b(?:neem|nemen)\s+(?:ik|wij|we)\b[^.?!]{0,200}?\bmee\b/iu, emits: "decision", reason: "ik neem … mee (in the coming decision)" },
  { id: "promise.ik-neem-maatregelen", match: /\b(?:ik|wij|we)\s+(?:neem|nemen|tref|treffen)\s+(?:\p{L}+\s+){0,2}maatregelen\b/iu, emits: "delivery", reason: "ik neem maatregelen" },
  { id: "promise.ik-wil", match: new RegExp(`\\b(?:wil|willen)\\s+(?:ik|wij|we)\\b[^.?!]{0,120}?\\b${INF}\\b|\\b(?:ik|wij|we)\\s+(?:wil|willen)\\b[^.?!]{0,120}?\\b${INF}\\b`, "iu"), emits: "delivery", reason: "ik wil … + infinitive" },
  { id: "promise.voornemens", match: /\b(?:ben|zijn|is)\s+(?:\p{L}+\s+){0,3}voornemens\b|\bhet voornemen\s+(?:is|om)\b/iu, emits: "decision", reason: "ik ben voornemens" },
  { id: "promise.streef", match: /\b(?:ik|wij|we|het kabinet)\s+(?:streef|streven|streeft)\s+(?:ernaar|naar)\b/iu, emits: "delivery", reason: "ik streef ernaar" },
  { id: "promise.verwacht-te", match: new RegExp(`\\b(?:ik|wij|we)\\s+(?:verwacht|verwachten)\\b[^.?!]{0,100}?\\bte\\s+${INF}\\b`, "iu"), emits: "report", reason: "ik verwacht … te hebben/kunnen" },
  { id: "promise.informeer", match: /\b(?:ik|wij|we)\s+(?:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden)\b[^.?!]{0,80}?\b(?:kamer|u)\b|\b(?:informeer|stuur|zend|bied)\s+(?:ik|wij|we)\b/iu, emits: "inform_parliament", reason: "ik informeer de Kamer / stuur u" },
  { id: "promise.breiden-uit", match: /\b(?:breid|breiden|voer|voeren|start|starten|zet|zetten|richt|richten)\s+(?:ik|wij|we)\b[^.?!]{0,120}?\b(?:uit|in|op)\b/iu, emits: "delivery", reason: "we breiden … uit / voeren … in (with a date)" },
  { id: "promise.kamer-wordt-geinformeerd", match: /\b(?:uw\s+|de\s+)?kamer\s+(?:wordt|zal)\b[^.?!]{0,120}?\b(?:geïnformeerd|ingelicht|op de hoogte gehouden|gesteld)\b|\bwordt\s+uw\s+kamer\b[^.?!]{0,120}?\bgeïnformeerd\b/iu, emits: "inform_parliament", reason: "uw Kamer wordt (nader) geïnformeerd" },
  { id: "promise.aan-kamer-aangeboden", match: /\b(?:wordt|worden|zal|zullen)\b[^.?!]{0,120}?\baan\s+(?:uw|de)\s+kamer\s+(?:aangeboden|toegezonden|gestuurd|verzonden|voorgelegd)\b/iu, emits: "inform_parliament", reason: "wordt … aan de Kamer aangeboden" },
  { id: "promise.passive-future", match: /\b(?:zal|zullen)\b[^.?!]{0,120}?\b(?:worden|zijn)\b|\b(?:zal|zullen)\s+(?:\p{L}+\s+){0,6}(?:ge|be|ver|ont|her|uit|mee|op|aan|in|af|over)\p{L}+(?:d|t|en)\s+(?:worden|zijn)\b/iu, emits: "delivery", reason: "passive future: zal/zullen … worden" },
  { id: "promise.passive-present-plan", match: /\b(?:wordt|worden)\s+(?:\p{L}+\s+){0,10}?(?:meegenomen|betrokken|bepaald|bezien|uitgewerkt|opgesteld|aangevuld|verrijkt|uitgevoerd|opgeleverd|afgerond|gestart|geëvalueerd|herzien|aangepast|beoordeeld|verkend|onderzocht|geïnventariseerd)\b/iu, emits: "delivery", reason: "wordt … meegenomen/bepaald/uitgewerkt: planned follow-up in the present passive" },
  { id: "promise.voorzien", match: /\b(?:is|zijn|staat|staan)\s+(?:\p{L}+\s+){0,12}?(?:voorzien|gepland|ingepland|voorgenomen)\b/iu, emits: "delivery", reason: "is voorzien / gepland" },
  { id: "promise.bedoeling", match: /\b(?:de\s+)?bedoeling\s+is\b|\bis\s+de\s+bedoeling\b/iu, emits: "delivery", reason: "(de) bedoeling is om …" },
  { id: "promise.toegezegd", match: /\btoegezegd\b|\bzeg(?:gen)?\s+(?:ik|wij|we)\s+toe\b|\b(?:ik|wij|we)\s+zeg(?:gen)?\b[^.?!]{0,60}?\btoe\b/iu, emits: "delivery", reason: "a promise made (toegezegd) or made now (ik zeg toe)" },
  { id: "promise.beschikbaar", match: /\b(?:zijn|is|komt|komen)\s+(?:naar verwachting\s+)?(?:over|in|voor|na|begin|eind|medio)\s+[^.?!]{0,40}?\b(?:beschikbaar|gereed|klaar|afgerond)\b/iu, emits: "report", reason: "zijn over enige maanden beschikbaar" },
  { id: "promise.gaat-doen", match: new RegExp(`\\b(?:gaat|gaan)\\s+(?:nu\\s+|ook\\s+|zelf\\s+)*(?:\\p{L}+\\s+){0,8}?(?:${INF}|doen)\\b`, "iu"), emits: "delivery", reason: "X gaat … onderzoek doen" },
];

/** Rows that veto a candidate: not a commitment whatever else the sentence says. */
export const EXCLUSION_RULES: CommitmentRule[] = [
  { id: "not.question", match: /\?\s*$/u, emits: "delivery", reason: "a question is not a promise" },
  { id: "not.negated", match: /\b(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan|wil|willen)\s+(?:\p{L}+\s+){0,2}(?:niet|geen)\b|\b(?:zie|zien)\s+(?:ik|wij|we)\s+geen\b|\b(?:ik|wij|we)\s+(?:zie|zien)\s+geen\b|^\s*nee\b/iu, emits: "delivery", reason: "a negated or refused act" },
  { id: "not.mps", match: /^\s*(?:de\s+)?(?:leden|fracties?)\s+van\b/iu, emits: "delivery", reason: "what members of parliament ask or want" },
  { id: "not.conditional-others", match: /^\s*(?:als|indien|wanneer|mocht)\b[^,]{0,80}\b(?:gemeenten|de gemeente|het college|de raad|zij|hij)\b/iu, emits: "delivery", reason: "a condition on others' acts" },
];

/** Time words that make a present-tense act a future one ("we breiden per 1 juli uit"). */
export const FUTURE_TIME = /\b(?:volgend|komend)\s+jaar\b|\bkomende\s+(?:tijd|periode|maanden|jaren|weken)\b|\bover\s+(?:enige|enkele|een aantal)\s+(?:maanden|weken)\b|\bvoor\s+het\s+\p{L}*reces\b|\bbinnenkort\b|\bop\s+korte\s+termijn\b/iu;
