/**
 * What a data row says a name is: an entity type (or null: no entity at all)
 * and a kind. For organisations the kind must be one of the model's
 * organisation kinds; for other types it is a free subtype ("platform").
 * Data files that type names (name-patterns.json, typing-cues.json) are parsed
 * with this instead of being cast, so a kind the model lacks fails at load.
 */
import { z } from "zod";
import { EntityTypeSchema, isOrganisationKind, organisationKindNames } from "./graph-model.ts";

function checkKind(row: { type: string | null; kind: string | null }, ctx: z.RefinementCtx): void {
  if (row.type === "Organisation" && row.kind !== null && !isOrganisationKind(row.kind)) {
    ctx.addIssue({ code: "custom", path: ["kind"], message: `organisation kind ${JSON.stringify(row.kind)} is not in model/graph-model.json (${organisationKindNames.join(", ")})` });
  }
}

const Kind = z.string().min(1).nullable();
export const TypedKindSchema = z.object({ type: EntityTypeSchema, kind: Kind }).superRefine(checkKind);
export const MaybeTypedKindSchema = z.object({ type: EntityTypeSchema.nullable(), kind: Kind }).superRefine(checkKind);
