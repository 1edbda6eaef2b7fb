import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

/** Puts the server's field errors next to their fields; returns whether any landed. */
export function applyFieldErrors<T extends FieldValues>(form: UseFormReturn<T>, fieldErrors: Record<string, string[]>, fields: readonly Path<T>[]): boolean {
  let placed = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if ((fields as readonly string[]).includes(field)) {
      form.setError(field as Path<T>, { message: messages[0] });
      placed = true;
    }
  }
  return placed;
}
