"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addPlanItemAction } from "@/lib/plans/actions";
import { ZPlanItemFields, type TPlanItemFields, type TPlanItemValues } from "@/lib/plans/schemas";
import { applyFieldErrors } from "./form-errors";
import { ITEM_FIELDS, ItemContentFields, ItemProgressFields } from "./plan-item-fields";

const EMPTY: TPlanItemFields = { goal: "", direction: "METHODOLOGICAL", difficulty: "", activity: "", expectedProduct: "", dueOn: "", status: "PLANNED", evidenceUrl: "" };

/** «Добавить пункт»: opens a short form under the plan's items. */
export function PlanItemNew({ planId }: { planId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<TPlanItemFields, unknown, TPlanItemValues>({ resolver: zodResolver(ZPlanItemFields), defaultValues: EMPTY });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addPlanItemAction({ ...values, planId });
    if (result.ok) {
      form.reset(EMPTY);
      setOpen(false);
      setMessage({ tone: "success", text: `Пункт «${values.goal}» добавлен в план.` });
      router.refresh();
      return;
    }
    setMessage({ tone: "error", text: result.message });
    applyFieldErrors(form, result.fieldErrors, ITEM_FIELDS);
  });

  if (!open) {
    return (
      <div className="space-y-3">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <Button type="button" variant="secondary" onClick={() => setOpen(true)} className="w-full py-3 sm:w-auto sm:py-2">
          Добавить пункт
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 p-4" aria-label="Новый пункт плана">
      <h3 className="font-semibold text-slate-900">Новый пункт плана</h3>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ItemContentFields form={form} />
      <ItemProgressFields form={form} withEvidenceUrl={false} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" disabled={form.formState.isSubmitting} className="py-3 sm:py-2">
          Добавить в план
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Отмена
        </Button>
      </div>
    </form>
  );
}
