import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/** Mutations check their own input too: they are called from actions, route handlers and tests. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw new ValidationError(errors, Object.values(errors)[0]?.[0]);
}
