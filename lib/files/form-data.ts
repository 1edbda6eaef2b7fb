/**
 * Server actions that take a file receive FormData. These schemas turn it into a plain object
 * (repeated keys become arrays, empty strings become undefined) and then validate it like any
 * other input, so such actions go through authedAction as well.
 */
import { z } from "zod";

export function formDataObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    const v = typeof value === "string" && value.trim() === "" ? undefined : value;
    if (v === undefined) continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], v);
    else out[key] = v;
  }
  return out;
}

/** A zod schema over FormData with the given fields. */
export function formDataSchema<T extends z.ZodRawShape>(shape: T) {
  return z
    .instanceof(FormData, { message: "Форма отправлена неверно. Обновите страницу и попробуйте ещё раз." })
    .transform(formDataObject)
    .pipe(z.object(shape));
}

/** The file field of an upload form. */
export const zUploadFile = z
  .instanceof(File, { message: "Выберите файл." })
  .refine((file) => file.size > 0, "Файл пустой. Выберите файл с содержимым.");
