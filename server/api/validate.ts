import { z } from "zod";
import { ValidationError } from "../errors.ts";

export type RequestPart = "params" | "query" | "body";

/** Parses one request part; a failure is a 400 naming every bad field. */
export function parseRequestPart<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  throw new ValidationError(`Invalid ${part}: ${summary}`, { part, issues });
}
