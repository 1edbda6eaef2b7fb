"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action";

/**
 * A react-hook-form form bound to a server action: the same zod schema validates on the client,
 * the action's answer puts each field error next to its field and the general message above the
 * form, and the user's values stay as they typed them whatever happens.
 */
export function useActionForm<TValues extends FieldValues, TData>({
  schema,
  defaultValues,
  action,
  onSuccess,
}: {
  schema: z.ZodType<unknown, TValues>;
  defaultValues: DefaultValues<TValues>;
  action: (values: TValues) => Promise<ActionResult<TData>>;
  onSuccess?: (data: TData, form: UseFormReturn<TValues>) => void | Promise<void>;
}) {
  const [message, setMessage] = useState<string | null>(null);
  // zodResolver's types want the schema's exact input/output pair; the values are the schema's input.
  const form = useForm<TValues>({ resolver: zodResolver(schema as never) as never, defaultValues });
  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await action(values);
    if (result.ok) {
      await onSuccess?.(result.data, form);
      return;
    }
    setMessage(result.message);
    const fields = new Set(Object.keys(form.getValues()));
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (fields.has(field.split(".")[0])) form.setError(field as Path<TValues>, { message: messages[0] });
    }
  });
  return { form, message, setMessage, submit };
}
