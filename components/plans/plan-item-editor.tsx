"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/field";
import { PLAN_ITEM_STATUS_LABELS } from "@/lib/format";
import { updatePlanItemAction } from "@/lib/plans/actions";
import { PLAN_DIRECTION_LABELS } from "@/lib/plans/labels";
import { PLAN_MESSAGES, ZPlanItemFields, type TPlanItemFields, type TPlanItemValues } from "@/lib/plans/schemas";
import { applyFieldErrors } from "./form-errors";
import { ITEM_FIELDS, ItemContentFields, ItemProgressFields } from "./plan-item-fields";

export type ItemFormValues = { [K in keyof TPlanItemFields]-?: NonNullable<TPlanItemFields[K]> };

const LABELS: Record<keyof ItemFormValues, string> = {
  goal: "Цель",
  direction: "Направление",
  difficulty: "Затруднение",
  activity: "Что делаем",
  expectedProduct: "Ожидаемый продукт",
  dueOn: "Срок",
  status: "Статус",
  evidenceUrl: "Ссылка на результат",
};

function shown(field: keyof ItemFormValues, value: string): string {
  if (!value) return "—";
  if (field === "status") return PLAN_ITEM_STATUS_LABELS[value as keyof typeof PLAN_ITEM_STATUS_LABELS] ?? value;
  if (field === "direction") return PLAN_DIRECTION_LABELS[value as keyof typeof PLAN_DIRECTION_LABELS] ?? value;
  if (field === "dueOn") return value.split("-").reverse().join(".");
  return value;
}

/**
 * The item's full editor (the plan's keepers): fields, evidence file or link. The version the page
 * was rendered with goes along; when someone saved in between, the form keeps what the user typed,
 * shows what is saved now, and the next save (on the new version) is theirs.
 */
export function PlanItemEditor({ itemId, version, saved, evidence }: { itemId: string; version: number; saved: ItemFormValues; evidence: { id: string; name: string } | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [removeFile, setRemoveFile] = useState(false);
  const [conflict, setConflict] = useState(false);
  const form = useForm<TPlanItemFields, unknown, TPlanItemValues>({ resolver: zodResolver(ZPlanItemFields), defaultValues: saved });
  const values = useWatch({ control: form.control }) as Partial<ItemFormValues>;
  const { isSubmitting } = form.formState;
  const differences = conflict ? ITEM_FIELDS.filter((field) => (values[field] ?? "").trim() !== (saved[field] ?? "").trim()) : [];

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const fileInput = event.currentTarget.elements.namedItem("evidenceFile") as HTMLInputElement | null;
    return form.handleSubmit((fields) => save(fields, fileInput))(event);
  };

  async function save(fields: TPlanItemValues, fileInput: HTMLInputElement | null) {
    setMessage(null);
    setFileError(null);
    const data = new FormData();
    data.set("itemId", itemId);
    data.set("version", String(version));
    for (const field of ITEM_FIELDS) data.set(field, (fields[field] as string | undefined) ?? "");
    const file = fileInput?.files?.[0];
    if (file && file.size > 0) data.set("evidenceFile", file);
    if (removeFile && !file) data.set("removeEvidenceFile", "1");
    const result = await updatePlanItemAction(data);
    if (result.ok) {
      setConflict(false);
      setRemoveFile(false);
      if (fileInput) fileInput.value = "";
      setMessage({ tone: "success", text: "Пункт сохранён." });
      router.refresh();
      return;
    }
    if (result.message === PLAN_MESSAGES.conflict) {
      setConflict(true);
      router.refresh(); // brings the saved values and the new version; the form keeps the user's
    }
    setMessage({ tone: "error", text: result.message });
    setFileError(result.fieldErrors.evidenceFile?.[0] ?? null);
    applyFieldErrors(form, result.fieldErrors, ITEM_FIELDS);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Изменить пункт плана">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {conflict && differences.length ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="conflict-saved">
          <p className="font-semibold">Сейчас в пункте сохранено:</p>
          <dl className="mt-2 space-y-1">
            {differences.map((field) => (
              <div key={field}>
                <dt className="inline font-medium">{LABELS[field]}: </dt>
                <dd className="inline">{shown(field, saved[field])}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2">В форме — ваши значения. Сохраните, если они должны заменить сохранённые.</p>
        </div>
      ) : null}
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Выполнение и результат</legend>
        <ItemProgressFields form={form} withEvidenceUrl />
        <div className="space-y-2">
          <Field label={evidence ? "Заменить файл с результатом" : "Файл с результатом"} hint="PDF, Word (DOCX, DOC), ODT, JPEG или PNG, до 20 МБ" error={fileError ?? undefined}>
            {(props) => (
              <Input
                {...props}
                type="file"
                name="evidenceFile"
                accept=".pdf,.docx,.doc,.odt,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
              />
            )}
          </Field>
          {evidence ? <Checkbox label={`Убрать файл «${evidence.name}»`} checked={removeFile} onChange={(e) => setRemoveFile(e.currentTarget.checked)} /> : null}
        </div>
      </fieldset>
      <fieldset className="space-y-4 pt-2">
        <legend className="text-sm font-semibold text-slate-900">Содержание пункта</legend>
        <ItemContentFields form={form} />
      </fieldset>
      <Button type="submit" disabled={isSubmitting} className="w-full py-3 sm:w-auto sm:py-2">
        {isSubmitting ? "Сохраняем…" : "Сохранить пункт"}
      </Button>
    </form>
  );
}
