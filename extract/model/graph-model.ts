/**
 * Zod enums over the one data model (model/graph-model.json, loaded by
 * model/graph-model.ts). Extraction and server schemas validate against
 * these; the explorer imports model/graph-model.ts directly and carries no zod.
 */
import { z } from "zod";
import {
  COMMITMENT_KINDS,
  DOCUMENT_KINDS,
  SEGMENT_KINDS,
  entityTypeNames,
  organisationKindNames,
  relationTypeNames,
} from "../../model/graph-model.ts";

export * from "../../model/graph-model.ts";

export const EntityTypeSchema = z.enum(entityTypeNames);
export const RelationTypeSchema = z.enum(relationTypeNames);
export const OrganisationKindSchema = z.enum(organisationKindNames);
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export const SegmentKindSchema = z.enum(SEGMENT_KINDS);
export const CommitmentKindSchema = z.enum(COMMITMENT_KINDS);
