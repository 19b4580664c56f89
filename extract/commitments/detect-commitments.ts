/**
 * Commitments (toezeggingen): sentences in which a government actor binds
 * itself to a future act. Pure: sentences in, commitments out.
 *
 * Dutch marks a promise grammatically, so the rules follow the grammar, not
 * the seed sentences:
 *   - first person + future/modal: "ik zal", "zullen we", "ik ga", "wil ik …
 *     overzetten", "ik ben voornemens", "ik streef ernaar … te"
 *   - first person + a verb that is itself a promise in the present tense:
 *     "ik laat … onderzoeken", "ik neem een besluit", "ik informeer uw Kamer",
 *     "ik kom hierop terug", "ik zeg toe"
 *   - passive future, whose agent is the government: "Uw Kamer wordt …
 *     geïnformeerd", "wordt … aan de Kamer aangeboden", "zal worden meegenomen",
 *     "Er zal een GEB uitgevoerd worden", "wordt … bepaald"
 *   - planned with a time: "is voorzien in september 2026"
 *   - an intention noun: "Bedoeling is om …", "het voornemen is …"
 *   - a reported promise: "is … toegezegd dat BZK nader onderzoek gaat doen"
 *   - any present-tense act dated in the future: "breiden we … per 1 juli
 *     uit", "sluit de rijksoverheid eind 2024 … nieuwe raamovereenkomsten"
 * and excludes: questions, members' questions ("De leden … vragen"), negated
 * clauses, references to this very text ("hieronder", "met deze brief"),
 * habitual reporting ("jaarlijks"), conditionals about others, and other
 * parties' acts (municipalities, suppliers, the next cabinet).
 *
 * The actor is the caller's business (it knows who answers each section);
 * a government agency named as subject ("De politie past dit aan") is still
 * attributed to the answering ministry, as the gold does.
 */
import type { z } from "zod";
import type { CommitmentKindSchema } from "../model/graph-model.ts";
import { parseDue, type DueResult } from "./due-date.ts";
import { scanLiterals, prefilterFor, type Prefilter } from "../pipeline/literal-prefilter.ts";

export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

export interface CommitmentSentence {
  text: string;
  start: number;
  end: number;
  section: string | null;
}

export interface DetectInput {
  sentences: readonly CommitmentSentence[];
  documentDate: string | null;
  /** actor for every sentence unless `actorFor` says otherwise */
  defaultActor?: string | null;
  /** the answerer of a sentence's section (minister, ministry, auditor); null falls back to defaultActor */
  actorFor?: (sentence: CommitmentSentence) => string | null;
  /** names by which the answerer refers to itself in the third person ("de Algemene Rekenkamer") */
  selfNames?: readonly string[];
  /** entity mentions of a sentence (offsets in the same text as the sentence's): the named source of a reported promise */
  mentionsFor?: (sentence: CommitmentSentence) => readonly CommitmentMention[];
  /**
   * true when the section's writer reports on the government rather than being it (an auditor):
   * there only its own first-person promises are its own, and a third-person one needs a named source
   */
  reportsOnOthers?: (sentence: CommitmentSentence) => boolean;
}

export interface CommitmentMention {
  entity: string;
  type: string;
  kind: string | null;
  start: number;
  end: number;
}

/**
 * Who a hit speaks for: the writer itself (first person, its own name), someone it reports
 * ("De minister heeft toegezegd …"), no-one named (a passive or a dated act), or the
 * subject of the previous reported promise ("Zij zal …").
 */
export type Voice = "self" | "reported" | "agentless" | "continued";

export interface DetectedCommitment {
  actor: string;
  text: string;
  due: string | null;
  due_text: string | null;
  kind: CommitmentKind;
  evidence: string;
  provenance: { section: string | null; start: number; end: number; rule: string };
}

// ── vocabulary ────────────────────────────────────────────────────────────

/** gap of up to n words, lazily */
const W = (n: number): string => `(?:\\s+\\S+){0,${n}}?`;
/** words that open a subordinate clause: a gap must not run into one ("zal onderzoeken hoe … kan worden") */
const SUBORDINATORS = "dat|om|hoe|of|die|wat|welke|zodat|opdat|waardoor|waarbij|waarin|waarmee|waarop|omdat|als|indien|zodra|wanneer|nadat|voordat";
/** gap of up to n words that stays in the clause */
const G = (n: number): string => `(?:\\s+(?!(?:${SUBORDINATORS})\\b)[^\\s,;:]+){0,${n}}?`;
const P1 = "(?:ik|we|wij)";
/** first person before or after the finite verb: "ik zal" / "zal ik" */
const withP1 = (verbs: string): string => `(?:\\b${P1}\\s+(?:${verbs})\\b|\\b(?:${verbs})\\s+${P1}\\b)`;
/** the answerer speaking of itself in the third person */
const GOV_SELF = "(?:het kabinet|de regering|de minister|de staatssecretaris|het ministerie|mijn ministerie|ons ministerie|het departement|mijn departement|Nederland)";
const KAMER = "(?:uw|de)\\s+(?:Tweede\\s+)?Kamer";
const INFORM_PP = "(?:geïnformeerd|geinformeerd|ingelicht|bericht|op de hoogte (?:gesteld|gehouden)|meegenomen in de besluitvorming)";
/** a process still to come, into which something is taken: "bij de besluitvorming", "in de ontwikkeling van" */
const PROCESS = "\\b(?:bij|in)\\s+(?:de|het|mijn|onze|ons|een|dit|deze)\\s+(?:\\S+\\s+){0,4}?(?:besluitvorming|afweging|uitwerking|uitwerken|ontwikkeling|ontwikkelen|herziening|herzien|evaluatie|evalueren|voorbereiding|voorbereiden|beoordeling|beoordelen|vormgeving|vormgeven|opstellen|opzet|verdere|vervolg|nieuwe|volgende|komende|eerstvolgende|toekomstige?)|\\b(?:daarin|daarbij)\\b";
const RESEARCH_INF = "(?:onderzoeken|uitvoeren|valideren|toetsen|uitzoeken|nagaan|analyseren|evalueren|doorlichten|verkennen|doorrekenen|uitwerken|opstellen|beoordelen|bezien|in kaart brengen|onderzoek doen)";
const ACT_INF = "(?:onderzoek(?:en)? doen|onderzoeken|uitvoeren|invoeren|aanpassen|uitbreiden|ontwikkelen|opstellen|verbeteren|evalueren|regelen|inrichten|bouwen|aanbieden|starten|opzetten|realiseren|vervangen|publiceren|afronden|implementeren|verkennen|bekijken|onderzoeken|toetsen|herzien|wijzigen|instellen)";

// ── trigger rows ──────────────────────────────────────────────────────────

/** needs a time expression (any / one in the document's future) or a process still to come (PROCESS) */
type Requirement = "due" | "future-due" | "process";

export interface TriggerRow {
  id: string;
  /** regex source, compiled once with flags "iu" */
  match: string;
  /** the kind, or "by-content" to read it from the sentence (KIND_CUES) */
  emits: CommitmentKind | "by-content";
  reason: string;
  /** needs a time expression (any / one in the document's future) */
  requires?: Requirement;
  /** the present tense reads as habitual unless something marks the future */
  presentTense?: boolean;
  /** who speaks: "self" rows are first person; others are "agentless" unless a first person is the subject */
  voice?: Voice;
  /** also read the answerer's own third-person names ("De Algemene Rekenkamer zal") as the answerer */
  selfNames?: boolean;
}

export const TRIGGER_ROWS: readonly TriggerRow[] = [
  {
    id: "commit.reported-promise",
    match: `\\btoegezegd\\b${W(4)}\\s+(?:dat|om|te)\\b|\\b(?:heb|hebben|is|zijn)\\s+(?:\\S+\\s+){0,8}?toegezegd\\b|\\btoezegging\\b${W(4)}\\s+(?:gedaan\\s+)?(?:dat|om)\\b|${withP1("zeg|zeggen")}${W(10)}\\s+toe\\b`,
    emits: "by-content",
    reason: "a promise stated or reported as a promise ('is … toegezegd dat', 'ik zeg toe')",
    voice: "reported",
  },
  {
    id: "commit.reported-third-person",
    match: `\\b(?:zegt|zeggen)\\b${G(8)}\\s+toe\\s+(?:\\S+\\s+){0,6}?(?:te|dat|om)\\b|\\b(?:aangegeven|gemeld|laten weten|meegedeeld|medegedeeld|aangekondigd|geschreven|verklaard)\\s+(?:dat\\s+(?:hij|zij|ze|het|zijn|haar)\\b${G(10)}\\s+(?:zal|zullen|gaat|gaan)\\b|ernaar\\s+te\\s+streven|voornemens\\s+te|van\\s+plan\\s+te)`,
    emits: "by-content",
    reason: "someone else's promise reported: 'zegt de minister toe … te', 'heeft aangegeven dat hij zal bezien', 'gemeld ernaar te streven'",
    voice: "reported",
  },
  {
    id: "commit.continued-promise",
    match: "^\\s*(?:zij|hij|ze)\\s+(?:zal|zullen|gaat|gaan)\\b",
    emits: "by-content",
    reason: "'Zij zal de resultaten naar uw Kamer sturen' right after a reported promise continues it",
    voice: "continued",
  },
  {
    id: "commit.first-person-future",
    match: withP1("zal|zullen|ga|gaan"),
    emits: "by-content",
    reason: "first person with zullen/gaan: the writer announces its own act",
    voice: "self",
  },
  {
    id: "commit.first-person-coordinated",
    match: `\\b${P1}\\s+(?:[^\\s,;:]+\\s+){1,12}?en\\s+(?:zal|zullen)\\b`,
    emits: "by-content",
    reason: "first person carried into a second verb: 'Wij beraden ons … en zullen de suggestie meenemen'",
    voice: "self",
  },
  {
    id: "commit.first-person-subclause",
    match: `\\b(?:dat|zodat)\\s+${P1}\\s+(?:\\S+\\s+){0,8}?(?:zal|zullen)\\b`,
    emits: "by-content",
    reason: "first-person future in a subordinate clause, verb last: 'geldt dat ik alleen zal toestaan'",
    voice: "self",
  },
  {
    id: "commit.self-future",
    match: `\\b${GOV_SELF}\\s+(?:zal|zullen|gaat|gaan)\\b|\\b(?:zal|zullen)\\s+${GOV_SELF}\\b|\\b${GOV_SELF}\\s+(?:[^\\s,;:]+\\s+){1,12}?en\\s+(?:zal|zullen)\\b`,
    emits: "by-content",
    reason: "the answerer in the third person with zullen/gaan ('Het kabinet zal', 'zal mijn departement', 'Nederland blijft … en zal')",
    voice: "self",
    selfNames: true,
  },
  {
    id: "commit.first-person-intent",
    match: `(?:\\b${P1}\\s+(?:ben|zijn)|\\b(?:ben|zijn)\\s+${P1})\\s+(?:\\S+\\s+){0,3}?(?:voornemens|van plan|van zins|bereid|voorstander om)\\b|\\b${P1}\\s+(?:heb|hebben)\\s+(?:het|als)\\s+voornemen\\b`,
    emits: "by-content",
    reason: "first person declares an intention ('ik ben voornemens', 'ik ben bereid')",
    voice: "self",
  },
  {
    id: "commit.first-person-strive",
    match: `${withP1("streef|streven")}\\s+(?:\\S+\\s+){0,1}?(?:ernaar|naar)\\b${W(20)}\\s+te\\s+\\S+`,
    emits: "by-content",
    reason: "first person strives to do something ('ik streef ernaar … vast te stellen')",
    voice: "self",
  },
  {
    id: "commit.first-person-want",
    match: `${withP1("wil|willen")}(?!(?:\\s+(?:ik|we|wij|graag|ook|wel|juist))*\\s+dat\\b)`,
    emits: "by-content",
    reason: "first person wants to do something ('wil ik … overzetten'); 'wil dat …' is a wish about others",
    voice: "self",
  },
  {
    id: "commit.let-investigate",
    match: `${withP1("laat|laten")}${W(15)}\\s+${RESEARCH_INF}\\b`,
    emits: "investigation",
    reason: "first person has something examined ('ik laat … onderzoeken', 'laat ik … extern valideren')",
    voice: "self",
  },
  {
    id: "commit.let-deliver",
    match: `${withP1("laat|laten")}\\s+(?:u|${KAMER})\\b${W(15)}\\s+(?:toekomen|geworden|toesturen)\\b`,
    emits: "inform_parliament",
    reason: "first person will send parliament something ('ik laat u … toekomen')",
    voice: "self",
  },
  {
    id: "commit.decide",
    match: `${withP1("neem|nemen")}${W(6)}\\s+(?:een\\s+|het\\s+)?(?:definitief\\s+|definitieve\\s+|nieuwe\\s+|aanvullende\\s+)?(?:besluit|beslissing|maatregelen|stappen|initiatief)\\b`,
    emits: "by-content",
    reason: "first person takes a decision or measures ('ik neem een besluit', 'ik neem maatregelen')",
    voice: "self",
  },
  {
    id: "commit.take-into-process",
    match: `${withP1("neem|nemen")}.*\\bmee\\b`,
    emits: "by-content",
    reason: "first person takes something into a process still to come ('ik neem … bij de besluitvorming … mee')",
    presentTense: true,
    requires: "process",
    voice: "self",
  },
  {
    id: "commit.inform",
    match: `${withP1("informeer|informeren|bericht|berichten|stuur|sturen|zend|zenden|bied|bieden|rapporteer|rapporteren|kom|komen")}${W(14)}\\s+(?:${KAMER}|u)\\b|${withP1("informeer|informeren|bericht|berichten|stuur|sturen|zend|zenden|bied|bieden|rapporteer|rapporteren")}\\s+(?:${KAMER}|u)\\b|${withP1("kom|komen")}${W(12)}\\s+(?:op\\s+)?terug\\b`,
    emits: "inform_parliament",
    reason: "first person informs parliament or comes back to it ('ik informeer uw Kamer', 'ik kom hierop terug')",
    presentTense: true,
    voice: "self",
  },
  {
    id: "commit.expect-to",
    match: `${withP1("verwacht|verwachten")}${W(14)}\\s+te\\s+\\S+|\\b(?:verwacht|verwachten)\\s+${P1}\\b(?!\\s+(?:\\S+\\s+){0,2}?dat\\b)`,
    emits: "by-content",
    reason: "first person expects to have/deliver something by a date ('ik verwacht … eind maart een beeld te hebben', 'de resultaten verwacht ik begin 2026'); 'verwacht dat …' is a forecast",
    requires: "due",
    voice: "self",
  },
  {
    id: "commit.passive-inform",
    match: `\\b${KAMER}\\s+(?:wordt|zal)\\b${G(16)}\\s+${INFORM_PP}|\\b(?:wordt|zal)\\s+${KAMER}\\b${G(16)}\\s+${INFORM_PP}|\\b${KAMER}\\s+(?:ontvangt|zal\\s+\\S+\\s+ontvangen)\\b|\\bontvangt\\s+${KAMER}\\b`,
    emits: "inform_parliament",
    reason: "passive: parliament will be informed / will receive",
    presentTense: true,
  },
  {
    id: "commit.passive-to-parliament",
    match: `\\b(?:wordt|worden|zal|zullen)\\b${W(16)}\\s+aan\\s+${KAMER}\\s+(?:aangeboden|gestuurd|toegestuurd|toegezonden|verzonden|gezonden|voorgelegd)\\b|\\b(?:wordt|worden|zal|zullen)\\b${W(16)}\\s+(?:aangeboden|gestuurd|toegestuurd|toegezonden|verzonden|gezonden|voorgelegd)\\s+aan\\s+${KAMER}\\b`,
    emits: "inform_parliament",
    reason: "passive: a document will be sent to parliament",
    presentTense: true,
  },
  {
    id: "commit.passive-future",
    match: `\\b(?:zal|zullen)\\b${G(14)}\\s+worden\\b`,
    emits: "by-content",
    reason: "future passive ('zal worden meegenomen', 'er zal een GEB uitgevoerd worden'): the government is the agent",
  },
  {
    id: "commit.future-event",
    match: `\\b(?:zal|zullen)\\b${G(14)}\\s+(?:plaatsvinden|plaatshebben|van\\s+start\\s+gaan|starten)\\b`,
    emits: "by-content",
    reason: "a step of the government's process will take place ('zal besluitvorming over de vergoedingen plaatsvinden')",
  },
  {
    id: "commit.passive-into-process",
    match: `\\b(?:wordt|worden)\\b${G(14)}\\s+(?:meegenomen|betrokken|meegewogen|bezien|verwerkt)\\b`,
    emits: "by-content",
    reason: "present passive 'wordt meegenomen / betrokken bij' a process still to come",
    presentTense: true,
    requires: "process",
  },
  {
    id: "commit.passive-decision",
    match: `\\b(?:wordt|worden)\\b${G(14)}\\s+(?:bepaald|beoordeeld|besloten|bezien|geëvalueerd|heroverwogen|onderzocht)\\b`,
    emits: "by-content",
    reason: "present passive of a decision or investigation ('op basis hiervan wordt het vervolgtraject bepaald')",
    presentTense: true,
  },
  {
    id: "commit.planned",
    match: `\\b(?:is|zijn|staat|staan)\\b${G(14)}\\s+(?:voorzien|gepland|ingepland|beoogd|voorgenomen|geagendeerd)\\b`,
    emits: "by-content",
    reason: "planned with a time ('is voorzien in september 2026')",
    requires: "due",
  },
  {
    id: "commit.intention-noun",
    match: `(?:^|\\bhet is de |\\bde |\\bis het )bedoeling\\s+(?:is\\s+)?(?:om|dat)\\b|(?:^|\\bhet is de )bedoeling\\s+is\\b|\\bhet\\s+voornemen\\s+is\\b|\\b(?:het\\s+)?streven\\s+is\\s+om\\b${W(20)}\\s+te\\s+\\S+`,
    emits: "by-content",
    reason: "an intention noun about the writer's own plan ('Bedoeling is om in 2026 … uit te voeren')",
  },
  {
    id: "commit.self-present-act",
    match: `\\b${GOV_SELF}\\s+(?:stelt|stellen|werkt|werken|brengt|brengen|legt|leggen)\\b${G(12)}\\s+(?:op|uit|in kaart|voor)\\b|\\b(?:stelt|stellen|werkt|werken|brengt|brengen|legt|leggen)\\s+${GOV_SELF}\\b${G(12)}\\s+(?:op|uit|in kaart|voor)\\b`,
    emits: "by-content",
    reason: "the answerer in the present tense of a separable act verb ('stelt het kabinet een handreiking op'): Dutch uses it for a decided act",
    presentTense: true,
    voice: "self",
    selfNames: true,
  },
  {
    id: "commit.gov-going-to",
    match: `\\b(?:gaat|gaan)\\b${W(8)}\\s+${ACT_INF}\\b`,
    emits: "by-content",
    reason: "a government body is going to act ('DICTU gaat … onderzoek doen')",
  },
  {
    id: "commit.present-change",
    match: `(?<!\\bte\\s)\\b(?:pas|past|passen)\\b${W(12)}\\s+aan\\b(?!\\s+(?:de|het|een|bij)\\s+(?:eisen|orde|voorwaarden))|(?<!\\bte\\s)\\b(?:breid|breidt|breiden)\\b${W(12)}\\s+uit\\b|(?<!\\bte\\s)\\b(?:stel|stelt|stellen)\\b${W(12)}\\s+bij\\b(?=\\s*[.,;])`,
    emits: "delivery",
    reason: "present tense of a change verb ('De politie past dit aan', 'we breiden … uit'): Dutch uses it for a decided future change",
    presentTense: true,
  },
  {
    id: "commit.dated-act",
    match: "",
    emits: "by-content",
    reason: "a present-tense act dated in the document's future ('sluit de rijksoverheid eind 2024 … nieuwe raamovereenkomsten', 'Dit wordt de komende jaren aangevuld')",
    requires: "future-due",
  },
];

// ── exclusion rows ────────────────────────────────────────────────────────

export interface ExclusionRow {
  id: string;
  match: string;
  reason: string;
  /** only for these triggers; all when absent */
  only?: readonly string[];
  /** does not apply to these triggers */
  except?: readonly string[];
  /** test only the main clause: a past or modal verb in "…, waardoor …" / "hoe … kunnen" is not the promise's verb */
  scope?: "main-clause" | "trigger-clause";
  /** does not apply when something marks the future (zal, voornemens, a due date) */
  unlessFuture?: boolean;
  /** does not apply when a first person is the subject: the act is then the writer's own wherever the date sits */
  unlessFirstPerson?: boolean;
}

const PRESENT_ROWS = TRIGGER_ROWS.filter((r) => r.presentTense || r.requires === "future-due").map((r) => r.id);

export const EXCLUSION_ROWS: readonly ExclusionRow[] = [
  { id: "skip.question", match: "\\?\\s*[»”’\"')\\]]*\\s*$", reason: "a question asks, it does not promise" },
  { id: "skip.no", match: "^\\s*nee\\b", reason: "an answer that starts with 'Nee' refuses" },
  { id: "skip.citation", match: "\\b(?:www\\.|https?://)|\\b[\\w-]+\\.(?:nl|com|org|eu|int|gov)/", reason: "a source reference (footnote with a web address) states no act" },
  {
    id: "skip.members-ask",
    match: "\\b(?:de\\s+)?leden\\b.*\\b(?:vragen|vraagt|willen weten|horen graag|verzoeken|vernemen graag)\\b|\\bvragen\\s+(?:deze|de)\\s+leden\\b|\\bfracties?\\b.*\\bvragen\\s+gesteld\\b",
    reason: "reports what MPs ask or want",
  },
  {
    id: "skip.this-text",
    match: "\\b(?:hierbij|hiermee|deze brief|met deze beantwoording|bij deze|hieronder|hierna|onderstaand|in dit antwoord|in de blokken|als volgt|bijgaand|hierboven|ter uitvoering van)\\b|\\b(?:ga|gaan)\\b(?:\\s+\\S+){0,8}?\\s+(?:op\\s+in|in\\s+op)\\b|\\bin\\s+te\\s+gaan\\s+op\\b|\\bingaan\\s+op\\b|\\bverwijs\\b|\\bverwijzen\\b|\\bwijd\\b.*\\buit\\b|\\bervan\\s+uit\\b",
    reason: "points at this very text or fulfils a promise now; not a future act",
  },
  {
    id: "skip.discourse-want",
    match: "\\b(?:wil|willen)\\b(?:\\s+\\S+){0,4}?\\s+(?:benadrukken|opmerken|onderstrepen|vooropstellen|bedanken|danken|herhalen|zeggen|erkennen|wijzen|melden|aangeven|toelichten|stilstaan|beginnen|afsluiten|nogmaals)\\b",
    reason: "'ik wil benadrukken' is a way of speaking, not an act",
    only: ["commit.first-person-want"],
  },
  {
    id: "skip.continuation",
    match: "\\b(?:zal|zullen)\\s+(?:\\S+\\s+){0,4}?blijven\\b|\\b(?:ga|gaan|gaat)\\s+(?:\\S+\\s+){0,3}?door\\s+met\\b",
    reason: "going on with what is done already ('zal … blijven volgen', 'ga ik door met de ingezette maatregelen') is no new act",
    only: ["commit.first-person-future", "commit.self-future"],
  },
  {
    id: "skip.aim",
    match: "\\b(?:wil|willen)\\b(?:\\s+\\S+){0,3}?\\s+(?:ervoor|er\\s+voor)\\s+(?:zorgen|waken)\\b|\\b(?:wil|willen)\\b(?:\\s+\\S+){0,8}?\\s+op\\s+(?:\\S+\\s+){0,3}?inzetten\\b",
    reason: "an aim ('ik wil ervoor zorgen dat …', 'willen we op nabijheid inzetten') names an outcome, not an act",
    only: ["commit.first-person-want"],
  },
  {
    id: "skip.habitual",
    match: "\\b(?:jaarlijks|jaarlijkse|periodiek|periodieke|maandelijks|maandelijkse|wekelijks|wekelijkse|halfjaarlijks|halfjaarlijkse|elk(?:e)? (?:jaar|kwartaal|maand|week)|ieder(?:e)? (?:jaar|kwartaal|maand|week)|telkens|doorlopend|doorgaans|gebruikelijk|regulier(?:e)?|jaarrapportage|jaarverslag(?:en)?|standaardhandelwijze|steeds)\\b",
    reason: "habitual reporting is practice, not a promise (unless something marks the future)",
    only: PRESENT_ROWS,
    unlessFuture: true,
  },
  {
    id: "skip.ongoing",
    match: "\\b(?:momenteel|thans|op dit moment|inmiddels|reeds|al langer|nog steeds|tot nu toe|tot dusver|tot op heden|sinds)\\b|\\b(?:werkt|werken)\\s+(?:\\S+\\s+){0,6}?aan\\b|\\bbezig\\s+met\\b",
    reason: "describes work in progress, not an act still to come",
    only: ["commit.passive-decision", "commit.dated-act", "commit.passive-into-process"],
  },
  {
    id: "skip.not-an-act",
    match: "\\b(?:loopt|lopen|liep)\\b(?:\\s+\\S+){0,8}?\\s+af\\b|\\b(?:afloopt|aflopen|verloopt|verlopen|eindigt|eindigen|vervalt|vervallen|afnemen|neemt\\s+af|toenemen|neemt\\s+toe|stijgt|stijgen|daalt|dalen|bedraagt|bedragen|kost|kosten|duurt|duren|geldt|gelden|verwacht|verwachten|treedt|treden)\\b|\\bwordt\\b(?:\\s+\\S+){0,10}?\\s+verwacht\\b",
    reason: "expiry, forecasts and amounts happen to the government, it does not do them",
    only: ["commit.dated-act", "commit.passive-future"],
  },
  {
    id: "skip.past",
    match: "\\b(?:heeft|hebben|had|hadden|was|waren|werd|werden)\\b|\\b(?:is|zijn)\\b(?:\\s+\\S+){0,10}?\\s+(?:\\p{L}+)?ge\\p{L}+(?:d|t|en)\\b",
    reason: "perfect or past tense reports what was done",
    only: ["commit.dated-act", "commit.present-change", "commit.self-present-act", "commit.gov-going-to", "commit.take-into-process", "commit.inform", "commit.passive-into-process", "commit.passive-decision"],
    scope: "main-clause",
  },
  {
    id: "skip.possibility",
    match: "\\b(?:kan|kunnen|kon|konden|zou|zouden|mag|mogen|moet|moeten|dient|dienen|hoeft|hoeven)\\b",
    reason: "possibility or obligation, not a stated act",
    only: ["commit.dated-act", "commit.present-change", "commit.self-present-act", "commit.gov-going-to"],
    scope: "main-clause",
  },
  {
    id: "skip.modal-passive",
    match: "\\b(?:kan|kunnen|kon|konden|mag|mogen|moet|moeten|zou|zouden|dient|dienen)\\s+(?:\\S+\\s+){0,4}?(?:worden|zijn)\\b",
    reason: "'kan worden besloten' states a possibility, not a planned act",
    only: ["commit.passive-decision", "commit.passive-into-process", "commit.passive-future"],
    scope: "trigger-clause",
  },
  {
    id: "skip.relative-date",
    match: "^[,;:]?\\s*(?:die|dat|welke|waarin|waarbij|waarmee|waarop|waarvan)\\b",
    reason: "the date sits in a relative clause about something else ('de standaarden die … dit jaar gepubliceerd worden')",
    only: ["commit.dated-act"],
    scope: "trigger-clause",
    unlessFirstPerson: true,
  },
  {
    id: "skip.advice-to-others",
    match: "\\b(?:wordt|worden)\\b(?:\\s+\\S+){0,6}?\\s+(?:geadviseerd|aanbevolen|verzocht|gevraagd|opgeroepen)\\b",
    reason: "advice or a request to someone else",
  },
];

/** Others' acts are not the answerer's promises; checked in the subject region only. */
const OTHER_ACTORS = "\\b(?:gemeenten?|gemeentes|provincies?|waterschappen|bedrijven|bedrijf|leveranciers?|infrastructuurleverancier|marktpartij(?:en)?|aanbieders?|inschrijvers?|(?:de\\s+)?(?:Algemene\\s+)?Rekenkamer|ARK|Europese\\s+Commissie|Meta|leden|fracties?|Kamerleden|het\\s+lid|opvolger|volgende\\s+kabinet|nieuwe\\s+kabinet|nieuwe\\s+bewindspersoon|college|burgemeester|wethouders?|gemeenteraad|raad\\s+van\\s+state|rechter|werkgevers?|vakbonden|universiteiten|hogescholen|scholen|burgers?|ondernemers?)\\b";

/** Conditions whose fulfilment lies with someone else: "Als de Kamer dat wenst, zal ik …". */
const CONDITIONAL = /^(?:\s*(?:maar|en|dan)\s+)?(?:(?:alleen|enkel|slechts|pas)\s+(?:als|wanneer|indien)|als|indien|mocht|mochten|tenzij|ingeval|in het geval dat|voor zover)\b([^,]*?)(?:,|\s(?=(?:zal|zullen|wordt|worden)\b))/iu;

// ── kind cues: which act is promised ──────────────────────────────────────

const KIND_CUES: ReadonlyArray<{ kind: CommitmentKind; match: RegExp }> = [
  { kind: "inform_parliament", match: /\b(?:informeer|informeren|geïnformeerd|geinformeerd|inlichten|ingelicht|berichten|toekomen|aangeboden|toegezonden|toegestuurd|voortgangsbrief|voortgangsrapportage|kamerbrief|update)\b|\bterug\s*(?:kom|komen)\b|\b(?:uw|de)\s+kamer\b.*\b(?:sturen|stuur|ontvangt|ontvangen|delen|deel|rapporteren|rapporteer|toe)\b|\b(?:delen|deel|rapporteren|rapporteer)\b.*\b(?:uw|de)\s+kamer\b/iu },
  { kind: "investigation", match: /\b(?:\p{L}*onderzoe\p{L}*|evalu\p{L}*|valider\p{L}*|analys\p{L}*|verken\p{L}*|toets\p{L}*|nagaan|uitzoeken|bezien|bezie|doorlicht\p{L}*|GEB|DPIA|proof of concepts?|in kaart)\b/iu },
  { kind: "decision", match: /\b(?:besluit\p{L}*|beslis\p{L}*|beslu\p{L}*|bepaald|bepalen|bepaal|beoordeeld|beoordelen|vaststellen|vast\s+te\s+stellen|vastgesteld|keuze|kiezen)\b/iu },
  { kind: "report", match: /\b(?:rapport\p{L}*|verslag|plan|plannen|overzicht|beeld|kader|notitie|visie|strategie|brief)\b/iu },
];

function kindOf(text: string): CommitmentKind {
  for (const c of KIND_CUES) if (c.match.test(text)) return c.kind;
  return "delivery";
}

// ── compiled once ─────────────────────────────────────────────────────────

// `pass`: tests the literal text any match contains; a sentence without it skips the regex.
interface CompiledTrigger extends TriggerRow {
  re: RegExp | null;
  pass: Prefilter;
}
const TRIGGERS: readonly CompiledTrigger[] = TRIGGER_ROWS.map((r) => ({ ...r, re: r.match ? new RegExp(r.match, "iu") : null, pass: r.match ? prefilterFor(r.match) : () => true }));
const EXCLUSIONS = EXCLUSION_ROWS.map((r) => ({ ...r, re: new RegExp(r.match, "iu"), pass: prefilterFor(r.match) }));
const GENERAL_EXCLUSIONS = EXCLUSIONS.filter((e) => !e.only && !e.except);
/** per trigger row: the exclusions that apply to it */
const SPECIFIC_EXCLUSIONS = new Map(TRIGGERS.map((row) => [row.id, EXCLUSIONS.filter((e) => (e.only || e.except) && applies(e, row.id))]));
const OTHER_RE = new RegExp(OTHER_ACTORS, "iu");
const P1_RE = new RegExp(`\\b${P1}\\b|\\bmijn\\b|\\bons\\b|\\bonze\\b`, "iu");
const PROCESS_RE = new RegExp(PROCESS, "iu");
const FUTURE_MARK = /\b(?:zal|zullen|ga|gaat|gaan|voornemens|van plan|straks|binnenkort|nog)\b/iu;
const NEGATION = /\b(?:niet|geen|nooit|noch|geenszins)\b/iu;
const SUBORDINATOR = /\b(?:dat|om|zodat|opdat|waardoor|waarmee|waarbij|waarin|die|wat|welke|zodra|omdat|hoe|of|tot welke)\b/iu;
/** sections that are never the answerer speaking: the questions themselves, headers, signatures */
const SKIP_SECTION = /^(?:q\d|header|footer|signature)/i;

/** a first-person subject (possessives such as "ons onderzoek" are not one) */
const P1_SUBJECT = new RegExp(`\\b${P1}\\b`, "iu");
/** a sentence that starts in lower case is a fragment whose subject went elsewhere */
const FRAGMENT = /^[\p{Ll}]/u;

interface Found {
  row: CompiledTrigger;
  start: number;
  end: number;
  /** a self-name row matched the answerer's own name, not a government subject ("de minister") */
  ownName?: boolean;
}

/** Is the clause around the trigger negated? Negation inside a subordinate clause after it does not count. */
function negated(flat: string, start: number, end: number): boolean {
  const before = flat.slice(0, start);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("("));
  const clauseStart = cut + 1;
  const after = flat.slice(end);
  const stop = after.search(/[,;:()]/);
  let clause = flat.slice(clauseStart, end + (stop < 0 ? after.length : stop));
  const triggerOffset = start - clauseStart;
  const sub = SUBORDINATOR.exec(clause.slice(triggerOffset + 1));
  if (sub) clause = clause.slice(0, triggerOffset + 1 + sub.index);
  return NEGATION.test(clause);
}

/** Opening subordinate clauses that precede the main clause: "Zodra het onderzoek is afgerond, …", "Om … te versterken breiden we …". */
const LEADING_SUBCLAUSE = /^(?:zodra|nadat|als|indien|wanneer|omdat|nu|voordat|doordat|hoewel|aangezien|om)\b[^,]*,\s*/iu;
const CLAUSE_BREAK = new RegExp(`[,;:]|\\s(?=(?:${SUBORDINATORS})\\b)`, "iu");

/** The main clause: drop a leading subordinate clause, stop at the first subordinate one after it. */
export function mainClause(flat: string): string {
  const rest = flat.replace(LEADING_SUBCLAUSE, "");
  const cut = CLAUSE_BREAK.exec(rest.slice(1));
  return cut ? rest.slice(0, cut.index + 1) : rest;
}

/** The clause the trigger sits in: from the previous clause break (comma, subordinator) to the trigger's end. */
function triggerClause(flat: string, start: number, end: number): string {
  const before = flat.slice(0, start);
  let from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const subs = [...before.matchAll(new RegExp(`\\b(?:${SUBORDINATORS})\\b`, "giu"))];
  const lastSub = subs[subs.length - 1];
  if (lastSub && lastSub.index! > from) from = lastSub.index!;
  return flat.slice(Math.max(0, from), end);
}

function applies(ex: { only?: readonly string[]; except?: readonly string[] }, id: string): boolean {
  if (ex.only && !ex.only.includes(id)) return false;
  if (ex.except && ex.except.includes(id)) return false;
  return true;
}

/** stands in for the answerer's own name; GOV_SELF matches it */
const SELF_PLACEHOLDER = "het departement";

/** The first trigger row that fires for this sentence and survives its exclusions, with its due date. */
export function matchCommitment(text: string, documentDate: string | null, selfNames: readonly string[] = []): { rule: string; kind: CommitmentKind; due: DueResult | null; voice: Voice } | null {
  const flat = text.replace(/\s+/g, " ").trim();
  // every text a regex below reads is `flat` or a piece of it, so its literals are in `lower`
  const lower = scanLiterals(flat);
  // parsed on first need: most sentences are settled by an exclusion or fire no trigger before the dated-act row
  let dueCache: DueResult | null | undefined;
  const dueOf = (): DueResult | null => (dueCache === undefined ? (dueCache = parseDue(flat, { documentDate })) : dueCache);
  if (GENERAL_EXCLUSIONS.some((e) => e.pass(lower) && e.re.test(flat))) return null;

  // The answerer's own third-person name reads as the answerer speaking
  // ("De Algemene Rekenkamer zal …" in a Rekenkamer letter) and is no "other".
  let others = flat;
  let own = flat;
  for (const n of selfNames) {
    const re = new RegExp(`(?:\\b(?:de|het)\\s+)?${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "giu");
    others = others.replace(re, " ");
    own = own.replace(re, SELF_PLACEHOLDER);
  }
  const cond = CONDITIONAL.exec(flat);
  if (cond && !P1_RE.test(cond[1]!)) return null;

  const lowerOwn = own === flat ? lower : scanLiterals(own);
  for (const row of TRIGGERS) {
    let found: Found | null = null;
    if (row.re) {
      const self = !!row.selfNames;
      if (!row.pass(self ? lowerOwn : lower)) continue;
      const m = row.re.exec(self ? own : flat);
      if (!m) continue;
      found = { row, start: m.index, end: m.index + m[0].length, ownName: self && m[0].includes(SELF_PLACEHOLDER) };
    } else {
      // the dated-act row: the "trigger" is the future time expression itself
      const due = dueOf();
      if (!due) continue;
      const at = flat.indexOf(due.due_text ?? "");
      found = { row, start: Math.max(0, at), end: Math.max(0, at) + (due.due_text?.length ?? 0) };
    }
    if (row.requires === "due" && !dueOf()) continue;
    if (row.requires === "future-due" && !dueOf()) continue;
    if (row.requires === "process" && !PROCESS_RE.test(flat.slice(found.start))) continue;
    const specific = SPECIFIC_EXCLUSIONS.get(row.id)!;
    const main = mainClause(flat);
    const local = triggerClause(flat, found.start, found.end);
    const scoped = (e: { scope?: string }) => (e.scope === "main-clause" ? main : e.scope === "trigger-clause" ? local : flat);
    const head = flat.slice(0, found.end + 40);
    const p1Subject = P1_SUBJECT.test(head);
    if (specific.some((e) => e.pass(lower) && !(e.unlessFirstPerson && p1Subject) && (e.unlessFuture ? e.re.test(flat) && !FUTURE_MARK.test(flat) && !dueOf()?.due : e.re.test(scoped(e))))) continue;
    if (negated(flat, found.start, found.end)) continue;
    const firstPerson = P1_RE.test(flat.slice(0, found.end + 40));
    const subjectRegion = others.slice(0, Math.min(others.length, found.end));
    if (!firstPerson && OTHER_RE.test(subjectRegion)) continue;
    // a passive or dated act names no agent: the writer's own when a first person or its own name is the subject
    let voice: Voice = row.voice ?? "agentless";
    // a writer with its own names (the Rekenkamer) is not "de minister" or "het kabinet": that is a body it reports on
    if (row.selfNames && selfNames.length > 0 && !found.ownName) voice = "agentless";
    if ((voice === "agentless" || voice === "reported") && (p1Subject || own.slice(0, found.end + 40).includes(SELF_PLACEHOLDER))) voice = "self";
    if (voice === "agentless" && FRAGMENT.test(flat)) continue;
    return { rule: row.id, kind: row.emits === "by-content" ? kindOf(flat) : row.emits, due: dueOf(), voice };
  }
  return null;
}

/** The kinds of organisation whose reported plans are government commitments. */
const GOVERNMENT_KINDS = new Set(["ministry", "agency", "directorate", "advisory body", "regulator", "government body", "minister", "service"]);
/** a sentence that says whose words it reports */
const REPORTING = /\b(?:toegezegd|toezegging|toe te zeggen|aangegeven|gemeld|laten weten|meegedeeld|medegedeeld|aangekondigd|geschreven|verklaard|zegt|zeggen|schrijft|meldt|reactie)\b/iu;
const ACCORDING_TO = /\bvolgens(?:\s+\S+){0,3}\s*$/iu;

/**
 * The government body a reported promise belongs to: the one named after "volgens"
 * ("zal volgens het Ministerie van Defensie in 2015 worden afgerond"), else, when the
 * sentence reports someone's words, the first government body or person it names
 * ("De minister van OCW heeft … toegezegd dat zij …"). None named: nobody to hold to it.
 */
export function reportedSource(sentence: CommitmentSentence, mentions: readonly CommitmentMention[], writer: string | null): string | null {
  const candidates = mentions
    .filter((m) => m.entity !== writer && (m.type === "Person" || (m.type === "Organisation" && m.kind !== null && GOVERNMENT_KINDS.has(m.kind))))
    .sort((a, b) => a.start - b.start);
  for (const m of candidates) if (ACCORDING_TO.test(sentence.text.slice(0, Math.max(0, m.start - sentence.start)))) return m.entity;
  if (!REPORTING.test(sentence.text)) return null;
  return candidates[0]?.entity ?? null;
}

const wordsOf = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** The same promise written twice in one document (an answer repeated, a summary): nine tenths of the shorter's words recur. */
function repeats(a: string, b: string): boolean {
  const [short, long] = wordsOf(a).length <= wordsOf(b).length ? [wordsOf(a), new Set(wordsOf(b))] : [wordsOf(b), new Set(wordsOf(a))];
  return short.length > 0 && short.filter((w) => long.has(w)).length >= 0.9 * short.length;
}

export function detectCommitments(input: DetectInput): DetectedCommitment[] {
  const out: DetectedCommitment[] = [];
  // the last reported promise, which "Zij zal …" in the next sentence continues
  let reported: { actor: string; index: number; section: string | null } | null = null;
  for (const [index, s] of input.sentences.entries()) {
    if (s.section && SKIP_SECTION.test(s.section)) continue;
    const hit = matchCommitment(s.text, input.documentDate, input.selfNames ?? []);
    if (!hit) continue;
    const writer = input.actorFor?.(s) ?? input.defaultActor ?? null;
    const outsider = input.reportsOnOthers?.(s) ?? false;
    let actor: string | null;
    if (hit.voice === "continued") actor = reported && reported.index === index - 1 && reported.section === s.section ? reported.actor : null;
    else if (outsider && hit.voice !== "self") actor = reportedSource(s, input.mentionsFor?.(s) ?? [], writer);
    else actor = writer;
    if (!actor) continue; // a promise nobody can be held to is not a graph fact
    if (hit.voice === "reported" || (outsider && hit.voice === "agentless")) reported = { actor, index, section: s.section };
    if (out.some((c) => c.actor === actor && repeats(c.text, s.text))) continue;
    out.push({
      actor,
      text: s.text.replace(/\s+/g, " ").trim(),
      due: hit.due?.due ?? null,
      due_text: hit.due?.due_text ?? null,
      kind: hit.kind,
      evidence: s.text,
      provenance: { section: s.section, start: s.start, end: s.end, rule: hit.rule },
    });
  }
  return out;
}
