"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { createPlanAction } from "@/lib/plans/actions";
import { PLAN_KIND_LABELS, PLAN_KIND_TITLES, PLAN_KINDS } from "@/lib/plans/labels";
import { ZCreatePlan, type TCreatePlan } from "@/lib/plans/schemas";
import { applyFieldErrors } from "./form-errors";
import type { TemplateOption } from "./item-sources-form";
import { routesFor, type WorkspaceScope } from "./routes";
import { SuggestionPicker, type SuggestionOption } from "./suggestion-picker";

const FIELDS = ["kind", "title", "startsOn", "endsOn", "templateId", "suggestionKeys", "menteeId"] as const;
type Source = TCreatePlan["source"];

/**
 * A new plan for a mentee of a pair, for the pair's period: empty, from a template of its form, or
 * from the difficulties the mentee rated highest in the diagnostic (the mentor ticks which).
 */
export function PlanNewForm({
  scope,
  pairId,
  menteeId,
  defaults,
  templates,
  diagnostic,
}: {
  scope: WorkspaceScope;
  pairId: string;
  menteeId: string;
  defaults: { startsOn: string; endsOn: string; yearTitle: string };
  templates: TemplateOption[];
  diagnostic: { title: string; submittedOn: string; suggestions: SuggestionOption[] } | null;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const initialSource: Source = diagnostic?.suggestions.length ? "DIAGNOSTIC" : templates.length ? "TEMPLATE" : "EMPTY";
  const form = useForm<TCreatePlan>({
    resolver: zodResolver(ZCreatePlan),
    defaultValues: {
      pairId,
      menteeId,
      kind: "IPR",
      title: `${PLAN_KIND_TITLES.IPR} на ${defaults.yearTitle} учебный год`,
      startsOn: defaults.startsOn,
      endsOn: defaults.endsOn,
      source: initialSource,
      templateId: templates[0]?.id ?? "",
      suggestionKeys: diagnostic?.suggestions.slice(0, 5).map((s) => s.key) ?? [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  const [source, keys] = useWatch({ control: form.control, name: ["source", "suggestionKeys"] });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createPlanAction(values);
    if (result.ok) {
      router.push(routesFor(scope).plan(result.data.id));
      return;
    }
    setMessage(result.message);
    applyFieldErrors(form, result.fieldErrors, FIELDS);
  });

  const sources: Array<[Source, string, string, boolean]> = [
    ["DIAGNOSTIC", "По диагностике затруднений", diagnostic ? `«${diagnostic.title}», ответы от ${diagnostic.submittedOn}` : "наставляемый ещё не отвечал на диагностику", Boolean(diagnostic?.suggestions.length)],
    ["TEMPLATE", "Из шаблона", templates.length ? `шаблонов для этой формы: ${templates.length}` : "для этой формы шаблонов нет", templates.length > 0],
    ["EMPTY", "Пустой план", "пункты добавите сами", true],
  ];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card className="space-y-4 p-4 sm:p-6">
        {message ? <Alert tone="error">{message}</Alert> : null}
        <Field label="Вид плана" error={errors.kind?.message}>
          {(props) => (
            <Select
              {...props}
              {...form.register("kind", {
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) =>
                  form.setValue("title", `${PLAN_KIND_TITLES[e.target.value as keyof typeof PLAN_KIND_TITLES]} на ${defaults.yearTitle} учебный год`),
              })}
            >
              {PLAN_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {PLAN_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Название" error={errors.title?.message}>
          {(props) => <Input {...props} {...form.register("title")} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Начало" hint="По умолчанию — срок работы пары" error={errors.startsOn?.message}>
            {(props) => <Input {...props} type="date" {...form.register("startsOn")} />}
          </Field>
          <Field label="Окончание" error={errors.endsOn?.message}>
            {(props) => <Input {...props} type="date" {...form.register("endsOn")} />}
          </Field>
        </div>
      </Card>

      <Card className="space-y-4 p-4 sm:p-6">
        <fieldset>
          <legend className="text-base font-semibold text-slate-900">С чего начать</legend>
          <div className="mt-3 grid gap-2 sm:grid-cols-3">
            {sources.map(([value, label, hint, available]) => (
              <label
                key={value}
                className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 text-sm ${source === value ? "border-brand-500 bg-brand-50" : "border-slate-200"} ${available ? "" : "opacity-60"}`}
              >
                <input type="radio" value={value} disabled={!available} className="mt-0.5 size-4" {...form.register("source")} />
                <span>
                  <span className="block font-medium text-slate-900">{label}</span>
                  <span className="block text-slate-600">{hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {source === "DIAGNOSTIC" && diagnostic ? (
          <SuggestionPicker
            suggestions={diagnostic.suggestions}
            chosen={keys ?? []}
            onChange={(next) => form.setValue("suggestionKeys", next, { shouldValidate: form.formState.isSubmitted })}
            error={errors.suggestionKeys?.message}
          />
        ) : null}
        {source === "TEMPLATE" ? (
          <Field label="Шаблон" error={errors.templateId?.message}>
            {(props) => (
              <Select {...props} {...form.register("templateId")}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title} ({t.source}, пунктов: {t.items})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
      </Card>
      <Button type="submit" disabled={isSubmitting} className="w-full py-3 sm:w-auto sm:py-2">
        {isSubmitting ? "Создаём…" : "Создать план"}
      </Button>
    </form>
  );
}
