"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { completePairAction, terminatePairAction } from "@/lib/pairs/actions";
import { ZTerminatePair, type TTerminatePair } from "@/lib/pairs/schemas";

type Mode = "complete" | "terminate";
const COMPLETION_PLACEHOLDER = "не требуется";

/**
 * «Завершить» and «Прекратить досрочно». The version the page was rendered with goes along, so a
 * save after someone else's gets a conflict instead of overwriting it; the typed reason stays.
 */
export function EndPairForm({ pairId, version, today }: { pairId: string; version: number; today: string }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<TTerminatePair>({
    // The reason is required only to end early; completion sends a placeholder the action ignores.
    resolver: zodResolver(ZTerminatePair),
    defaultValues: { pairId, version, endedOn: today, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;

  function open(next: Mode) {
    setMode(next);
    setMessage(null);
    form.clearErrors();
    form.setValue("reason", next === "complete" ? COMPLETION_PLACEHOLDER : "");
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result =
      mode === "complete"
        ? await completePairAction({ pairId, version, endedOn: values.endedOn })
        : await terminatePairAction({ ...values, pairId, version });
    if (result.ok) {
      setMode(null);
      router.refresh();
      return;
    }
    setMessage(result.message);
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (field === "endedOn" || field === "reason") form.setError(field, { message: messages[0] });
    }
  });

  return (
    <Card>
      <CardTitle>Завершение работы пары</CardTitle>
      {mode === null ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <Button type="button" onClick={() => open("complete")}>
            Завершить
          </Button>
          <Button type="button" variant="secondary" onClick={() => open("terminate")}>
            Прекратить досрочно
          </Button>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
          {message ? <Alert tone="error">{message}</Alert> : null}
          <Field label={mode === "complete" ? "Дата завершения" : "Дата прекращения"} error={errors.endedOn?.message}>
            {(props) => <Input {...props} type="date" {...form.register("endedOn")} />}
          </Field>
          {mode === "terminate" ? (
            <Field label="Причина досрочного прекращения" error={errors.reason?.message}>
              {(props) => <Input {...props} {...form.register("reason")} />}
            </Field>
          ) : null}
          <div className="flex gap-3">
            <Button type="submit" disabled={isSubmitting}>
              {mode === "complete" ? "Завершить пару" : "Прекратить досрочно"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setMode(null)}>
              Отмена
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
