/**
 * Validation helpers of mutations: they check their own input too (they are called from actions,
 * route handlers, imports and tests), and turn the database's unique indexes into messages next
 * to the field concerned.
 */
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/errors";

export type FieldErrors = Record<string, string[]>;

/** Throws the field errors; the first message is also the form's message. */
export function fail(errors: FieldErrors): never {
  throw new ValidationError(errors, Object.values(errors)[0]?.[0]);
}

/** The schema's output, or a ValidationError with Russian messages keyed by field path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  fail(errors);
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * A unique violation as a message next to its field: `fields` maps a column or index name to the
 * form field and message. Anything else is rethrown as it is.
 */
export function rethrowUniqueAsField(error: unknown, fields: Record<string, readonly [field: string, message: string]>): never {
  if (isUniqueViolation(error)) {
    const meta = JSON.stringify((error as Prisma.PrismaClientKnownRequestError).meta ?? {});
    for (const [column, [field, message]] of Object.entries(fields)) {
      if (meta.includes(column)) throw new ValidationError({ [field]: [message] }, message);
    }
  }
  throw error;
}
