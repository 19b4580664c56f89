/**
 * The one table of kamergraaf's data model (followthemoney style): entity types,
 * relation types with their allowed ends and direction, and display hints.
 * Zod enums, Neo4j labels / relationship types, the Cypher docs and the
 * Cytoscape styles are all derived from these rows; add a type here, nowhere else.
 */
import { z } from "zod";

export const ENTITY_TYPES = {
  Person: { label: "Person", plural: "people", color: "#1f77b4", shape: "ellipse", description: "A named human, or an unnamed one with a traceable role (employer plus position)." },
  Organisation: { label: "Organisation", plural: "organisations", color: "#d62728", shape: "round-rectangle", description: "Ministries, agencies, directorates, foundations, companies, councils, auditors, parliament." },
  Programme: { label: "Programme", plural: "programmes", color: "#2ca02c", shape: "hexagon", description: "Programmes, projects, systems, platforms and services." },
  Party: { label: "Party", plural: "parties", color: "#9467bd", shape: "diamond", description: "Political parties and their fracties." },
  Committee: { label: "Committee", plural: "committees", color: "#8c564b", shape: "octagon", description: "Parliamentary committees." },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;
export const entityTypeNames = Object.keys(ENTITY_TYPES) as [EntityType, ...EntityType[]];
export const EntityTypeSchema = z.enum(entityTypeNames);

/** Organisation kinds: a node property, styled as a border colour in the explorer. */
export const ORGANISATION_KINDS = {
  ministry: "#b22222",
  agency: "#e6550d",
  directorate: "#fd8d3c",
  auditor: "#31a354",
  "advisory body": "#756bb1",
  regulator: "#637939",
  foundation: "#e7ba52",
  company: "#843c39",
  parliament: "#3182bd",
  "international organisation": "#6baed6",
  municipality: "#9ecae1",
  "government body": "#bd9e39",
  other: "#969696",
} as const;
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;
export const OrganisationKindSchema = z.enum(Object.keys(ORGANISATION_KINDS) as [OrganisationKind, ...OrganisationKind[]]);

const ANY: readonly EntityType[] = entityTypeNames;
const ACTOR: readonly EntityType[] = ["Person", "Organisation", "Committee", "Party"];

/**
 * Relation types between entities. `target: "@doc"` means the relation points
 * at the document itself (ASKED / ANSWERED); in the graph it lands on the
 * Document node.
 */
export const RELATION_TYPES = {
  ASKED: { source: ACTOR, target: "@doc", label: "asked", color: "#1f77b4", description: "Source put the questions of this document." },
  ANSWERED: { source: ACTOR, target: "@doc", label: "answered", color: "#17becf", description: "Source answered the questions of this document." },
  ADVISED: { source: ANY, target: ANY, label: "advised", color: "#9467bd", description: "Source gave advice to target." },
  COMMISSIONED: { source: ACTOR, target: ANY, label: "commissioned", color: "#d62728", description: "Source gave target an assignment, order, contract or request to investigate." },
  FUNDED: { source: ACTOR, target: ANY, label: "funded", color: "#ff7f0e", description: "Source paid or financed target." },
  FOUNDED: { source: ACTOR, target: ANY, label: "founded", color: "#8c564b", description: "Source set up target." },
  BOARD_MEMBER_OF: { source: ["Person"], target: ["Organisation", "Committee"], label: "board member of", color: "#e377c2", description: "Person sits on the board of target." },
  EMPLOYED_BY: { source: ["Person"], target: ["Organisation", "Committee"], label: "employed by", color: "#7f7f7f", description: "Person works for target." },
  PART_OF: { source: ["Organisation", "Programme", "Committee"], target: ["Organisation", "Programme", "Committee"], label: "part of", color: "#bcbd22", description: "Organisation or programme belongs to target." },
  MEMBER_OF: { source: ["Person"], target: ["Party"], label: "member of", color: "#aec7e8", description: "Person belongs to a party." },
  HOLDS_OFFICE: { source: ["Person"], target: ["Organisation"], label: "holds office at", color: "#ffbb78", description: "Person holds a government office at target ministry." },
  INVESTIGATED: { source: ["Organisation", "Committee", "Person"], target: ANY, label: "investigated", color: "#2ca02c", description: "Auditor or advisory body examined target." },
  RESPONSIBLE_FOR: { source: ["Organisation", "Person"], target: ["Programme", "Organisation"], label: "responsible for", color: "#98df8a", description: "Organisation runs or owns a programme or system." },
  CONTRACTED: { source: ["Organisation"], target: ["Organisation"], label: "contracted", color: "#ff9896", description: "Organisation buys services or products from target supplier." },
  CHAIRS: { source: ["Person"], target: ["Organisation", "Committee"], label: "chairs", color: "#c5b0d5", description: "Person chairs target." },
} as const satisfies Record<string, { source: readonly EntityType[]; target: readonly EntityType[] | "@doc"; label: string; color: string; description: string }>;

export type RelationType = keyof typeof RELATION_TYPES;
export const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];
export const RelationTypeSchema = z.enum(relationTypeNames);

/** Structural relationships of the graph (not extracted facts, but how documents hang together). */
export const STRUCTURAL_RELATIONS = {
  HAS_QUESTION: { source: "Document", target: "Question", description: "Document contains this question with its answer." },
  MENTIONS: { source: "Document|Question", target: "Entity", description: "Document or question mentions the entity (with spans)." },
  PROMISED: { source: "Entity", target: "Commitment", description: "Actor made this commitment." },
  ABOUT: { source: "Commitment", target: "Entity", description: "Commitment concerns this entity." },
  STATED_IN: { source: "Commitment", target: "Document", description: "Commitment is stated in this document." },
} as const;

export const COMMITMENT_KINDS = ["inform_parliament", "decision", "report", "investigation", "delivery"] as const;
export const CommitmentKindSchema = z.enum(COMMITMENT_KINDS);

export const DOCUMENT_KINDS = ["kamervraag", "kamerbrief", "vragenlijst", "unknown"] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
