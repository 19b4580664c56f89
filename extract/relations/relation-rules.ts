/**
 * Relation rules as rows {id, match, emits, reason}. Each row is one Dutch
 * construction; every relation carries the id of the row that produced it.
 * Patterns run over sentences whose entity mentions are placeholders (see
 * rule-dsl.ts). Order does not matter: all rows run, duplicates collapse.
 */
import { organisationKindsWith } from "../model/graph-model.ts";
import type { RuleRow } from "./rule-dsl.ts";

/** kinds whose findings are INVESTIGATED facts (traits in model/graph-model.json) */
const AUDITORS: string[] = organisationKindsWith("auditor", "advisory");
const MINISTRY = ["ministry"];
const COMPANY = ["company"];
const NOT_MINISTRY = ["!ministry", "!company", "!parliament"];

export const RELATION_RULES: RuleRow[] = [
  // ── PART_OF ────────────────────────────────────────────────────────────────
  { id: "part-of.onderdeel-van", match: "{OP:a}[^⟦]{0,60}?(?:als |is |vormt |maakt )?(?:een )?(?:onderdeel|deel) (?:uit )?van DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "X (als) onderdeel van Y", negatable: true },
  { id: "part-of.maakt-deel-uit", match: "{OP:a}~maakt~deel uit van DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "X maakt deel uit van Y", negatable: true },
  { id: "part-of.ondergebracht-bij", match: "{OP:a}~(?:organisatorisch |formeel )?(?:ondergebracht|gepositioneerd|belegd|gehuisvest|ingebed) (?:bij|in|onder) DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "X is ondergebracht/gepositioneerd bij Y", negatable: true },
  { id: "part-of.als-agentschap-van", match: "{OP:a}~\\bals (?:agentschap|onderdeel|uitvoeringsorganisatie|dienst|directie|zbo|baten-lastendienst|uitvoeringsdienst) van DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "X is als agentschap van Y" },
  { id: "part-of.agentschap-van", match: "{OP:a},? (?:een |het )?(?:agentschap|uitvoeringsorganisatie|onderdeel|directie|dienst) van DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "X, agentschap van Y (apposition)", kinds: { b: MINISTRY } },
  { id: "part-of.directie-van-ministerie", match: "\\b(?:directie|directoraat-generaal|afdeling|dienst|inspectie)\\s+{ORG:a}(?:\\s*\\(⟦\\d+:O⟧\\))? van DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "de directie X van het ministerie Y", kinds: { a: NOT_MINISTRY, b: MINISTRY } },
  { id: "part-of.unit-van-ministerie", match: "{ORG:a}(?:\\s*\\(⟦\\d+:O⟧\\))? van DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "a directorate or agency \"van\" a ministry is part of it", kinds: { a: ["directorate", "agency", "inspectorate"], b: MINISTRY } },
  { id: "part-of.valt-onder", match: "{OP:a}~\\b(?:valt|vallen|viel) (?:organisatorisch )?onder DET {ORG:b}", emits: [{ type: "PART_OF", source: "a", target: "b" }], reason: "X valt onder Y", negatable: true },

  // ── FUNDED ─────────────────────────────────────────────────────────────────
  { id: "funded.heeft-gefinancierd", match: "\\b(?:heeft|hebben|had) DET {ACT:a}~DET {OP:b}[^⟦]{0,120}?\\b(?:gefinancierd|gesubsidieerd|bekostigd)", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "heeft A B gefinancierd (inversion after adverbial)", negatable: true },
  { id: "funded.a-heeft-b-gefinancierd", match: "{ACT:a} (?:heeft|hebben|had)~DET {OP:b}[^⟦]{0,120}?\\b(?:gefinancierd|gesubsidieerd|bekostigd)", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "A heeft B gefinancierd", negatable: true },
  { id: "funded.financiert", match: "{ACT:a}~\\b(?:financiert|financierde|financierden|subsidieert|subsidieerde|bekostigt|bekostigde|sponsort|sponsorde) DET {OP:b}", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "A financiert B", negatable: true },
  { id: "funded.besloot-te-financieren", match: "\\b(?:besloot|besluit|besloten) (?:de (?:directie|leiding) van )?DET {ACT:a} (?:om )?DET {OP:b}[^⟦]{0,60}? te (?:financieren|subsidiëren|bekostigen)", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "besloot A om B te financieren", negatable: true },
  { id: "funded.subsidie-aan", match: "{ACT:a}~\\b(?:verstrekt|verstrekte|verleent|verleende|kent|kende|geeft|gaf)[^⟦]{0,30}?(?:subsidie|bijdrage|financiering|financiële steun)[^⟦]{0,30}? aan DET {OP:b}", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "A verstrekt subsidie aan B", negatable: true },
  { id: "funded.ontvangt-van", match: "{OP:b}~\\b(?:ontvangt|ontving|ontvangen|krijgt|kreeg)[^⟦]{0,30}?(?:subsidie|bijdrage|financiering|financiële steun|middelen) (?:van|uit) DET {ACT:a}", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "B ontvangt subsidie van A", negatable: true },
  { id: "funded.gefinancierd-door", match: "{OP:b}~\\b(?:wordt|werd|is|zijn|worden) (?:mede )?(?:gefinancierd|gesubsidieerd|bekostigd) (?:door|uit middelen van) DET {ACT:a}", emits: [{ type: "FUNDED", source: "a", target: "b" }], reason: "B wordt gefinancierd door A", negatable: true },

  // ── COMMISSIONED ───────────────────────────────────────────────────────────
  { id: "commissioned.financieren-voor-levering", match: "{ACT:a}[^⟦]{0,40}?DET {OP:b}[^⟦]{0,60}? te financieren voor (?:een|het|de) (?:prototype|project|ontwikkeling|levering|pilot|bouw|onderzoek)", emits: [{ type: "COMMISSIONED", source: "a", target: "b" }], reason: "A financiert B voor een te leveren prototype/project: een opdracht", negatable: true },
  { id: "commissioned.door-c-laten-doen", match: "DET {OP:b}[^⟦]{0,120}?\\b(?:gefinancierd|betaald) voor het door DET {ANY:c} (?:doen|laten) \\p{L}+", emits: [{ type: "COMMISSIONED", source: "b", target: "c" }], reason: "B gefinancierd voor het door C laten opleveren: B is C's opdrachtgever" },
  { id: "commissioned.laat-door", match: "{ACT:a}~\\b(?:laat|liet|lieten|heeft|hebben)[^⟦]{0,40}? door DET {ANY:c} (?:laten|doen) \\p{L}+", emits: [{ type: "COMMISSIONED", source: "a", target: "c" }], reason: "A laat iets door C uitvoeren", negatable: true },
  { id: "commissioned.opdracht-aan", match: "{ACT:a}~\\b(?:heeft|hebben|had|gaf|gaven|verleende|verleent|gunde|gunt|geeft)[^⟦]{0,40}?(?:opdracht|opdrachten|gegund|verleend|gegeven|verstrekt)[^⟦]{0,30}? aan DET {ANY:b}", emits: [{ type: "COMMISSIONED", source: "a", target: "b" }], reason: "A verleende/gunde de opdracht aan B", negatable: true },
  { id: "commissioned.b-opdracht-gegeven", match: "{ACT:a} (?:heeft|hebben|had) DET {ANY:b}[^⟦]{0,20}? (?:de |een )?opdracht (?:gegeven|verleend|verstrekt)", emits: [{ type: "COMMISSIONED", source: "a", target: "b" }], reason: "A heeft B opdracht gegeven", negatable: true },
  { id: "commissioned.ik-laat-onderzoeken", match: "\\b(?:(?:ik|wij|we) (?:laat|laten)|(?:laat|laten) (?:ik|wij|we))(?: \\S+){0,2}? DET {ORG:b} (?:\\S+ ){0,6}?(?:onderzoeken|nagaan|toetsen|uitzoeken|beoordelen|valideren|doorlichten|evalueren)\\b", emits: [{ type: "COMMISSIONED", source: "$writer", target: "b" }], reason: "ik laat B onderzoeken: the writer commissions B" },
  { id: "commissioned.in-opdracht-van", match: "(?<b>(?:⟦\\d+:[OC]⟧[^⟦]{0,40}?){1,4}),? in opdracht van DET {ACT:a}", emits: [{ type: "COMMISSIONED", source: "a", target: "b" }], reason: "B (doet iets) in opdracht van A", kinds: { b: ["!company"] } },
  { id: "commissioned.gevraagd-te-onderzoeken", match: "{ACT:a} (?:heeft|hebben|had)~DET {ORG:b} (?:gevraagd|verzocht)[^⟦]{0,40}?(?:onderzoek|te onderzoeken|advies|te adviseren|uit te voeren)", emits: [{ type: "COMMISSIONED", source: "a", target: "b" }], reason: "A heeft B gevraagd een onderzoek uit te voeren" },
  { id: "commissioned.ik-heb-gevraagd", match: "\\b(?:heb|hebben) (?:ik|wij|we)~DET {ORG:b} (?:gevraagd|verzocht)[^⟦]{0,40}?(?:onderzoek|te onderzoeken|advies|te adviseren|uit te voeren)", emits: [{ type: "COMMISSIONED", source: "$writer", target: "b" }], reason: "ik heb B gevraagd een onderzoek uit te voeren" },

  // ── CONTRACTED ─────────────────────────────────────────────────────────────
  { id: "contracted.contract-met", match: "{ORG:a}[^⟦]{0,100}?\\p{L}*(?:contract|overeenkomst|licenties?)\\b[^⟦]{0,20}? (?:met|bij) DET {ORG:b}", emits: [{ type: "CONTRACTED", source: "a", target: "b" }], reason: "A heeft een contract met leverancier B", kinds: { a: ["!company"], b: COMPANY }, negatable: true },
  { id: "contracted.gebruik-van-diensten", match: "{ORG:a}[^⟦]{0,40}?\\b(?:maakt|maken|maakte) gebruik van[^⟦]{0,60}?\\p{L}*(?:diensten|producten|software|platform|oplossingen) van DET {ORG:b}", emits: [{ type: "CONTRACTED", source: "a", target: "b" }], reason: "A maakt gebruik van de diensten van leverancier B", kinds: { b: COMPANY }, negatable: true },
  { id: "contracted.koopt-in-bij", match: "{ORG:a}~\\b(?:koopt|kocht|kopen|betrekt|betrok|neemt|nam)[^⟦]{0,40}? (?:in |af )?(?:bij|van) DET {ORG:b}", emits: [{ type: "CONTRACTED", source: "a", target: "b" }], reason: "A koopt in bij leverancier B", kinds: { b: COMPANY }, negatable: true },

  // ── FOUNDED ────────────────────────────────────────────────────────────────
  { id: "founded.heeft-a-b-opgericht", match: "\\b(?:heeft|hebben|had) DET {ACT:a}~~DET {ANY:b}[^⟦]{0,40}? (?:opgericht|ingesteld|opgezet|in het leven geroepen)\\b", emits: [{ type: "FOUNDED", source: "a", target: "b" }], reason: "heeft A … B opgericht", negatable: true },
  { id: "founded.a-heeft-b-opgericht", match: "{ACT:a} (?:heeft|hebben|had)~~DET {ANY:b}[^⟦]{0,40}? (?:opgericht|ingesteld|opgezet|in het leven geroepen)\\b", emits: [{ type: "FOUNDED", source: "a", target: "b" }], reason: "A heeft B opgericht", negatable: true },
  { id: "founded.richtte-op", match: "{ACT:a}~\\b(?:richtte|richtten|richt)[^⟦]{0,30}? DET {ANY:b}[^⟦]{0,30}? op\\b", emits: [{ type: "FOUNDED", source: "a", target: "b" }], reason: "A richtte B op", negatable: true },
  { id: "founded.opgericht-door", match: "{ANY:b}[^⟦]{0,30}?\\b(?:is|werd|wordt|zijn|werden)?\\s?(?:opgericht|ingesteld|opgezet) door DET {ACT:a}", emits: [{ type: "FOUNDED", source: "a", target: "b" }], reason: "B is opgericht door A", negatable: true },
  { id: "founded.dat-hij-had-ingesteld", match: "^(?:[^⟦]{0,20})DET {ACT:a}~~DET {ANY:b},? (?:dat|die) (?:hij|zij|ze|het) (?:zelf )?(?:had|heeft|hadden|hebben) (?:opgericht|ingesteld|opgezet)", emits: [{ type: "FOUNDED", source: "a", target: "b" }], reason: "A … B dat hij zelf had ingesteld (subject founded B)" },

  // ── ADVISED ────────────────────────────────────────────────────────────────
  { id: "advised.adviseert", match: "{ANY:a}~\\b(?:adviseert|adviseerde|adviseren|adviseerden)(?:\\s+DET|\\b[^⟦]{0,60}?\\bwaaronder\\s+DET)(?<b>⟦\\d+:[OPC]⟧(?:(?:\\s*,\\s*|\\s+(?:en|of)\\s+)(?:(?:de|het)\\s+)?⟦\\d+:[OPC]⟧)*)", emits: [{ type: "ADVISED", source: "a", target: "b" }], reason: "A adviseert (o.a.) B", negatable: true },
  { id: "advised.adviseert-writer", match: "{ORG:a}\\s+(?:adviseert|adviseerde)\\b(?![^⟦]*⟦)", emits: [{ type: "ADVISED", source: "a", target: "$answerer" }], reason: "A adviseert (the government answering)", negatable: true },
  { id: "advised.subject-en-adviseert", match: "^[^⟦]{0,30}?DET {ORG:a}~~\\ben (?:adviseert|adviseerde|adviseren)\\s+DET {ANY:b}", emits: [{ type: "ADVISED", source: "a", target: "b" }], reason: "A heeft … en adviseert B (coordinated clause, same subject)", negatable: true },
  { id: "advised.heeft-mij-geadviseerd", match: "{ANY:a} (?:heeft|hebben|had) (?:mij|ons|het kabinet) (?:\\S+ ){0,3}?geadviseerd", emits: [{ type: "ADVISED", source: "a", target: "$writer" }], reason: "A heeft mij geadviseerd" },
  { id: "advised.advies-gevraagd-aan", match: "\\b(?:minister|staatssecretaris) (?:van )?DET {ORG:b}[^⟦]{0,60}?advies (?:gevraagd|ingewonnen|aangevraagd) (?:aan|bij|van) DET {ANY:a}", emits: [{ type: "ADVISED", source: "a", target: "b" }], reason: "de minister van B vroeg advies aan A", kinds: { b: MINISTRY } },
  { id: "advised.a-vroeg-advies", match: "{ACT:b} (?:heeft|hebben|had|vroeg|vroegen)[^⟦]{0,40}?advies (?:gevraagd )?(?:aan|bij|van) DET {ANY:a}", emits: [{ type: "ADVISED", source: "a", target: "b" }], reason: "B vroeg advies aan A" },
  { id: "advised.ik-vroeg-advies", match: "\\b(?:heb|hebben|vroeg|vroegen) (?:ik|wij|we)[^⟦]{0,40}?advies (?:gevraagd |ingewonnen )?(?:aan|bij|van) DET {ANY:a}", emits: [{ type: "ADVISED", source: "a", target: "$writer" }], reason: "ik heb advies gevraagd aan A" },
  { id: "advised.dank-voor-advies", match: "\\b(?:dank|danken|bedank|bedanken)\\b[^⟦]{0,10}?DET {ANY:a} voor (?:het|hun|zijn|haar|dit)[^⟦]{0,30}?advies", emits: [{ type: "ADVISED", source: "a", target: "$writer" }], reason: "ik dank A voor het advies" },
  { id: "advised.advies-van-aan", match: "\\badvies van DET {ANY:a} aan DET {ANY:b}", emits: [{ type: "ADVISED", source: "a", target: "b" }], reason: "het advies van A aan B" },
  { id: "advised.heeft-geadviseerd", match: "{ANY:a} (?:heeft|hebben|had)[^⟦]{0,40}?(?:geadviseerd|advies uitgebracht|een advies uitgebracht)(?: aan)? DET {ANY:b}", emits: [{ type: "ADVISED", source: "a", target: "b" }], reason: "A heeft B geadviseerd", negatable: true },

  // ── INVESTIGATED ───────────────────────────────────────────────────────────
  { id: "investigated.onderzoek-naar", match: "{ORG:a}~\\b(?:heeft|hebben|had|doet|deed|verricht|verrichtte|voert|voerde)?[^⟦]{0,60}?\\b(?:onderzoek|audit|toets|doorlichting)\\w* (?:verricht |gedaan |uitgevoerd )?(?:naar|bij|op|in) (?:[^⟦,;]{0,40}? van )?DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "A heeft onderzoek verricht naar B", negatable: true },
  { id: "investigated.onderzoekt", match: "{ORG:a}~\\b(?:onderzoekt|onderzocht|onderzochten|toetst|toetste|auditeert|controleert|controleerde|inspecteert|beoordeelt|beoordeelde)\\b[^⟦]{0,40}?DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "A onderzoekt B", kinds: { a: AUDITORS }, negatable: true },
  { id: "investigated.constateert-dat", match: "{ORG:a}~\\b(?:constateert|constateerde|concludeert|concludeerde|stelt vast|stelde vast|signaleert|signaleerde|oordeelt|oordeelde|meldt)\\b[^⟦]{0,10}?(?: dat| het volgende)?[^⟦]{0,30}?DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "auditor A constateert dat B …", kinds: { a: AUDITORS } },
  { id: "investigated.concludeert-inverted", match: "\\b(?:concludeert|constateert|stelt|signaleert) DET {ORG:a}[^⟦]{0,60}?DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "Wel concludeert auditor A dat … B", kinds: { a: AUDITORS } },
  { id: "investigated.volgens", match: "{ANYS:b}[^⟦]{0,40}?\\bvolgens DET {ORG:a}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "B … volgens auditor A", kinds: { a: AUDITORS } },
  { id: "investigated.inzage", match: "{ORG:a}~\\b(?:heeft|had|kreeg)[^⟦]{0,60}?inzage[^⟦]{0,100}?DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "auditor A had inzage in B", kinds: { a: AUDITORS } },
  { id: "investigated.eens-met", match: "\\beens met DET {ORG:a} dat DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "ik ben het eens met auditor A dat B …", kinds: { a: AUDITORS } },
  { id: "investigated.wij-constateren", match: "\\b(?:(?:hebben|hadden) (?:wij|we) (?:\\S+ ){0,4}?|(?:wij|we) (?:hebben |heeft )?)(?:constateren|constateerden|geconstateerd|stellen vast|stelden vast|vastgesteld|concluderen|concludeerden|geconcludeerd|signaleren|zien)\\b[^⟦]{0,40}?DET {ANY:b}", emits: [{ type: "INVESTIGATED", source: "$writerAuditor", target: "b" }], reason: "an auditor writing 'wij constateren dat B …'", kinds: { b: ["!ministry", "!parliament"] } },
  { id: "investigated.verantwoordingsonderzoek", match: "\\bverantwoordingsonderzoek(?: \\d{4})? (?:bij|naar|over) DET {ORG:b}", emits: [{ type: "INVESTIGATED", source: "lex:ark", target: "b" }], reason: "het verantwoordingsonderzoek is by law the Algemene Rekenkamer's audit of a ministry", kinds: { b: MINISTRY } },
  { id: "investigated.gevraagd-onderzoek", match: "DET {ANY:b}~~,? (?:is|zijn|werd|wordt) DET {ORG:a} gevraagd[^⟦]{0,40}?(?:onderzoek|audit|te onderzoeken)", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "om … B …, is A gevraagd een onderzoek uit te voeren" },
  { id: "investigated.zal-onderzoeken", match: "{ORG:a}~\\b(?:zal|gaat|gaan|zullen)[^⟦]{0,30}?onderzoeken\\b[^⟦]{0,100}?{ORGS:b}", emits: [{ type: "INVESTIGATED", source: "a", target: "b" }], reason: "A zal onderzoeken hoe B …", kinds: { a: AUDITORS } },

  // ── RESPONSIBLE_FOR ────────────────────────────────────────────────────────
  { id: "responsible.programma-bij", match: "{PROG:b}[’'»”]? (?:bij|van) DET {ORG:a}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "programma B bij/van organisatie A", kinds: { a: ["!company"] } },
  { id: "responsible.org-possessive", match: "{ORG:a}(?:'s|’s)? {PROG:b}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "A's B (owner before product name)", kinds: { a: COMPANY }, noun: true },
  { id: "responsible.subject-verantwoordelijk", match: "^[^⟦]{0,20}?DET {ORG:a}~~\\bverantwoordelijk (?:is |zijn )?voor[^⟦]{0,80}?{PROGS:b}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "subject A … is verantwoordelijk voor B", negatable: true },
  { id: "responsible.verantwoordelijk-voor", match: "(?<!\\bvan (?:het |de )?){ORG:a}~\\b(?:is|zijn|blijft|blijven)?[^⟦]{0,40}?verantwoordelijk (?:is |zijn )?voor[^⟦]{0,80}?{PROGS:b}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "A is verantwoordelijk voor B", negatable: true },
  { id: "responsible.beheert", match: "{ORG:a}~\\b(?:beheert|beheerde|exploiteert|ontwikkelt|ontwikkelde|onderhoudt|levert|leverde|biedt|bood)\\b[^⟦]{0,40}?{PROGS:b}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "A beheert/levert B", negatable: true },
  { id: "responsible.beheerd-door", match: "{PROG:b}[^⟦]{0,60}?\\b(?:wordt|werd|is|worden) (?:\\p{L}+ )?(?:beheerd|ontwikkeld|geëxploiteerd|geüpdatet|bijgehouden|onderhouden|gebouwd|aangeboden) door DET {ORG:a}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "B wordt beheerd door A", negatable: true },
  { id: "responsible.dienstverlening-waaronder", match: "\\b(?:dienstverlening|diensten|voorzieningen|systemen|bouwstenen) van DET {ORG:a}[^⟦]{0,100}?\\b(?:waaronder|zoals|namelijk)(?<b>.*)", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "de dienstverlening van A, waaronder B, C", types: { b: ["Programme"] } },
  { id: "responsible.en-andere-diensten-van", match: "{PROGS:b} en (?:alle |de )?(?:andere |overige )?(?:dienstverlening|diensten|systemen|voorzieningen|producten) van DET {ORG:a}", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "B en alle andere dienstverlening van A" },
  { id: "responsible.in-productie-bij", match: "{PROG:b}[^⟦]{0,80}?\\bbij DET {ORG:a} in (?:productie|beheer|gebruik)", emits: [{ type: "RESPONSIBLE_FOR", source: "a", target: "b" }], reason: "B is bij A in productie/beheer" },

  // ── EMPLOYED_BY / BOARD_MEMBER_OF / CHAIRS (named people) ──────────────────
  { id: "employed.werkzaam-bij", match: "{PER:a}~\\b(?:werkzaam|in dienst|werkt|werkte|werken) (?:bij|van) DET {ORG:b}", emits: [{ type: "EMPLOYED_BY", source: "a", target: "b" }], reason: "P is werkzaam bij O", negatable: true },
  { id: "board.bestuur-van", match: "{PER:a}~~\\b(?:toegetreden tot|zitting (?:genomen )?in|lid van|bestuurslid van|plaatsgenomen in) (?:het )?(?:bestuur|de raad van toezicht|de raad van bestuur) van DET {ORG:b}", emits: [{ type: "BOARD_MEMBER_OF", source: "a", target: "b" }], reason: "P trad toe tot het bestuur van O", negatable: true },
  { id: "chairs.voorzitter-van", match: "{PER:a},? (?:de )?(?:voorzitter|president|fungerend voorzitter) van DET {ACT:b}", emits: [{ type: "CHAIRS", source: "a", target: "b" }], reason: "P, voorzitter van O" },
  { id: "chairs.voorzitter-name", match: "\\b(?:voorzitter|president) van DET {ACT:b},? {PER:a}", emits: [{ type: "CHAIRS", source: "a", target: "b" }], reason: "voorzitter van O, P" },

  // ── MEMBER_OF / HOLDS_OFFICE ───────────────────────────────────────────────
  { id: "member.party-in-parentheses", match: "{PER:a}\\s*(?:\\([^()⟦]*\\)\\s*)?\\({PARTY:b}\\)", emits: [{ type: "MEMBER_OF", source: "a", target: "b" }], reason: "Naam (PARTIJ)" },
  { id: "member.van-party", match: "\\b(?:lid|leden|kamerlid|kamerleden|fractievoorzitter|woordvoerder) {PER:a} (?:van (?:de )?)?{PARTY:b}", emits: [{ type: "MEMBER_OF", source: "a", target: "b" }], reason: "het lid P van PARTIJ" },
  { id: "office.minister-van-name", match: "\\b(?:minister|staatssecretaris|minister-president)(?: voor [\\p{L} ]+?)? van DET {ORG:b},?\\s+{PER:a}", emits: [{ type: "HOLDS_OFFICE", source: "a", target: "b" }], reason: "De Minister van O, P (signature or apposition)", kinds: { b: MINISTRY } },
  { id: "office.name-minister-van", match: "{PER:a},? (?:de )?(?:minister|staatssecretaris) (?:van )?DET {ORG:b}", emits: [{ type: "HOLDS_OFFICE", source: "a", target: "b" }], reason: "P, minister van O", kinds: { b: MINISTRY } },
  { id: "office.minister-name-ministry", match: "\\b(?:minister|staatssecretaris) {PER:a} (?:van )?DET {ORG:b}", emits: [{ type: "HOLDS_OFFICE", source: "a", target: "b" }], reason: "minister P (van) O", kinds: { b: MINISTRY } },

  // ── ASKED / ANSWERED in committee lists and written consultations ─────────
  { id: "asked.commissie-vragen-voorgelegd", match: "{COM:a} heeft[^⟦]{0,60}?vragen[^⟦]{0,60}?voorgelegd", emits: [{ type: "ASKED", source: "a", target: "@doc" }], reason: "De commissie heeft vragen voorgelegd" },
  { id: "asked.leden-van-fractie", match: "\\bleden van de {PARTY:a}(?:-fractie)? (?:vragen|willen|hebben|verzoeken|vinden|lezen|merken|constateren)", emits: [{ type: "ASKED", source: "a", target: "@doc" }], reason: "De leden van de X-fractie vragen" },
  { id: "asked.fracties-van", match: "\\bfracties van {PARTYS:a} (?:hebben|stellen|vragen)", emits: [{ type: "ASKED", source: "a", target: "@doc" }], reason: "De fracties van X en Y hebben vragen" },
  { id: "answered.voorgelegd-aan-ministers", match: "\\bvoorgelegd aan (?:de )?(?:ministers?|staatssecretaris(?:sen)?|bewindspersonen)(?<a>(?:[^⟦.]{0,14}⟦\\d+:O⟧)+)", emits: [{ type: "ANSWERED", source: "a", target: "@doc" }], reason: "vragen voorgelegd aan de ministers van A, B en C (who answer them)", kinds: { a: MINISTRY } },
];
