/**
 * Typed loader of model/graph-model.json, the one data model of kamergraaf.
 * No zod here: the explorer imports this module, and its bundle must stay
 * small (the zod enums are in extract/model/graph-model.ts). The JSON is
 * checked once at load, so a typo in an end or a group fails at start-up.
 */
import model from "./graph-model.json" with { type: "json" };

type Json = typeof model;
export type EntityType = keyof Json["entityTypes"];
export type RelationType = keyof Json["relationTypes"];
export type OrganisationKind = keyof Json["organisationKinds"];
export type OrganisationTrait = keyof Json["organisationTraits"];
export type DocumentKind = keyof Json["documentKinds"];
export type SegmentKind = keyof Json["segmentKinds"];
export type CommitmentKind = keyof Json["commitmentKinds"];
export type StructuralNodeLabel = keyof Json["structuralNodes"];
export type StructuralRelationType = keyof Json["structuralRelationships"];
export type NodeLabel = StructuralNodeLabel | EntityType;

export interface EntityTypeRow { label: string; plural: string; placeholder: string; color: string; shape: string; keyFormat: string; description: string }
export interface RelationTypeRow {
  source: readonly EntityType[];
  /** "@doc": the relation points at the document itself (in the graph: the Document node). */
  target: readonly EntityType[] | "@doc";
  label: string;
  reverseLabel: string;
  color: string;
  /** optional properties the relation may carry (names of RELATION_PROPERTIES) */
  properties: readonly RelationProperty[];
  description: string;
}
export interface OrganisationKindRow { color: string; traits: readonly OrganisationTrait[]; examples: readonly string[] }
export type PropertyType = "string" | "string[]" | "integer" | "boolean" | "date" | "datetime";
export interface NodePropertyRow { type: PropertyType; index?: "range"; fulltext?: string; values?: string; description?: string }
export interface StructuralNodeRow {
  keyFormat: string;
  keyExample: string;
  keyDescription?: string;
  labels?: string;
  display?: { label: string; color: string; shape: string };
  description: string;
  properties: Record<string, NodePropertyRow>;
}
export interface StructuralRelationRow { source: readonly NodeLabel[]; target: readonly NodeLabel[]; properties: Record<string, string>; description: string }
export type RelationProperty = keyof Json["relationProperties"];

const entityTypeNameList = Object.keys(model.entityTypes) as EntityType[];
export const entityTypeNames = entityTypeNameList as [EntityType, ...EntityType[]];
export const relationTypeNames = Object.keys(model.relationTypes) as [RelationType, ...RelationType[]];
export const organisationKindNames = Object.keys(model.organisationKinds) as [OrganisationKind, ...OrganisationKind[]];
export const DOCUMENT_KINDS = Object.keys(model.documentKinds) as [DocumentKind, ...DocumentKind[]];
export const SEGMENT_KINDS = Object.keys(model.segmentKinds) as [SegmentKind, ...SegmentKind[]];
export const COMMITMENT_KINDS = Object.keys(model.commitmentKinds) as [CommitmentKind, ...CommitmentKind[]];
export const structuralNodeLabels = Object.keys(model.structuralNodes) as StructuralNodeLabel[];
export const structuralRelationTypes = Object.keys(model.structuralRelationships) as StructuralRelationType[];

function fail(message: string): never {
  throw new Error(`model/graph-model.json: ${message}`);
}

function isEntityType(name: string): name is EntityType {
  return (entityTypeNameList as string[]).includes(name);
}

/** An end is a list of entity types or the name of an entity group ("actor", "any"). */
function entityTypesOf(end: string | readonly string[], where: string): readonly EntityType[] {
  if (typeof end === "string") {
    const group = (model.entityGroups as Record<string, { types: string[] } | undefined>)[end];
    if (!group) fail(`${where}: unknown entity group ${JSON.stringify(end)}`);
    return entityTypesOf(group.types, `entity group ${end}`);
  }
  for (const name of end) if (!isEntityType(name)) fail(`${where}: unknown entity type ${JSON.stringify(name)}`);
  return end as readonly EntityType[];
}

export const ENTITY_TYPES = model.entityTypes as Record<EntityType, EntityTypeRow>;
export const ENTITY_GROUPS: Record<string, readonly EntityType[]> = Object.fromEntries(
  Object.entries(model.entityGroups).map(([name, group]) => [name, entityTypesOf(group.types, `entity group ${name}`)]),
);

export const RELATION_PROPERTIES = model.relationProperties as Record<RelationProperty, { type: PropertyType; description: string }>;

export const RELATION_TYPES = Object.fromEntries(
  Object.entries(model.relationTypes).map(([name, row]) => {
    for (const p of row.properties) if (!(p in RELATION_PROPERTIES)) fail(`relation ${name}: unknown property ${p}`);
    const target = row.target === "@doc" ? ("@doc" as const) : entityTypesOf(row.target, `relation ${name} target`);
    return [name, { ...row, source: entityTypesOf(row.source, `relation ${name} source`), target }];
  }),
) as unknown as Record<RelationType, RelationTypeRow>;

export const ORGANISATION_KINDS = model.organisationKinds as Record<OrganisationKind, OrganisationKindRow>;
for (const [kind, row] of Object.entries(ORGANISATION_KINDS)) {
  for (const trait of row.traits) if (!(trait in model.organisationTraits)) fail(`organisation kind ${kind}: unknown trait ${trait}`);
}
export const ORGANISATION_TRAITS = model.organisationTraits as Record<OrganisationTrait, string>;

/** The organisation kinds that have at least one of the traits, e.g. the examiners of INVESTIGATED rules. */
export function organisationKindsWith(...traits: OrganisationTrait[]): OrganisationKind[] {
  return organisationKindNames.filter((kind) => ORGANISATION_KINDS[kind].traits.some((t) => traits.includes(t)));
}

export function isOrganisationKind(kind: string | null | undefined): kind is OrganisationKind {
  return kind != null && Object.hasOwn(ORGANISATION_KINDS, kind);
}

/** Entity classes of the relation-rule DSL ({ORG:a}, {ACT:a}, …) → their entity types. */
export const RULE_TYPE_CLASSES: Record<string, readonly EntityType[]> = Object.fromEntries(
  Object.entries(model.ruleTypeClasses)
    .filter(([name]) => !name.startsWith("$"))
    .map(([name, row]) => {
      const c = row as { types?: string[]; group?: string };
      return [name, entityTypesOf(c.group ?? c.types ?? [], `rule type class ${name}`)];
    }),
);

export const FACT_RELATIONSHIP = model.factRelationship as { keyFormat: string; documentEndFormat: string; properties: Record<string, NodePropertyRow> };
export const STRUCTURAL_NODES = model.structuralNodes as Record<StructuralNodeLabel, StructuralNodeRow>;

const nodeLabels = new Set<string>([...structuralNodeLabels, ...entityTypeNameList]);
export const STRUCTURAL_RELATIONS = model.structuralRelationships as Record<StructuralRelationType, StructuralRelationRow>;
for (const [type, row] of Object.entries(STRUCTURAL_RELATIONS)) {
  for (const label of [...row.source, ...row.target]) if (!nodeLabels.has(label)) fail(`structural relationship ${type}: unknown node label ${label}`);
}
for (const [label, node] of Object.entries(STRUCTURAL_NODES)) {
  for (const [name, p] of Object.entries(node.properties)) {
    if (p.values && !(p.values in model)) fail(`${label}.${name}: unknown value list ${p.values}`);
  }
}

export const DOCUMENT_KIND_DESCRIPTIONS = model.documentKinds as Record<DocumentKind, string>;
export const SEGMENT_KIND_DESCRIPTIONS = model.segmentKinds as Record<SegmentKind, string>;
export const COMMITMENT_KIND_DESCRIPTIONS = model.commitmentKinds as Record<CommitmentKind, string>;
