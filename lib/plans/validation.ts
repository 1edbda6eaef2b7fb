import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

export type FieldErrors = Record<string, string[]>;

export function fail(errors: FieldErrors): never {
  throw new ValidationError(errors, Object.values(errors)[0]?.[0]);
}

/** Mutations validate their own input too: they are called from actions, route handlers and tests. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  fail(errors);
}

/** The scoping ids of a record, for audit events and child rows. */
export function scopeOf(record: { regionId: string; municipalityId: string; schoolId: string }) {
  return { regionId: record.regionId, municipalityId: record.municipalityId, schoolId: record.schoolId };
}
