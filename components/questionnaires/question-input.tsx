"use client";

import type { UseFormRegister } from "react-hook-form";
import { Textarea } from "@/components/ui/controls";
import { Input } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { FormValues } from "@/lib/questionnaires/answers";
import type { Question } from "@/lib/questionnaires/definition";

type Props = { question: Question; number: number; register: UseFormRegister<FormValues>; error?: string; disabled?: boolean };

const choice = "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-800 hover:bg-slate-50 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50";
const pill = "flex size-11 cursor-pointer items-center justify-center rounded-lg border border-slate-300 text-sm font-semibold text-slate-800 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300";

/** 1…max as a row of large radio buttons, with the meaning of the ends under it. */
function ScaleButtons({ name, max, register, labelledBy, describedBy, disabled, minLabel, maxLabel }: { name: string; max: number; register: UseFormRegister<FormValues>; labelledBy: string; describedBy?: string; disabled?: boolean; minLabel?: string; maxLabel?: string }) {
  return (
    <div>
      <div role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy} className="flex flex-wrap gap-2">
        {Array.from({ length: max }, (_, i) => String(i + 1)).map((value) => (
          <label key={value} className={pill}>
            <input type="radio" value={value} className="sr-only" disabled={disabled} {...register(name as never)} />
            {value}
          </label>
        ))}
      </div>
      {minLabel || maxLabel ? (
        <p className="mt-1 flex justify-between gap-4 text-xs text-slate-500">
          <span>1 — {minLabel || "минимум"}</span>
          <span>
            {max} — {maxLabel || "максимум"}
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** One question as the respondent sees it: its label, hint, input and the message next to it. */
export function QuestionInput({ question, number, register, error, disabled }: Props) {
  const id = `q-${question.id}`;
  const labelId = `${id}-label`;
  const helpId = question.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = error ? true : undefined;
  const field = register(question.id as never);
  const isGroup = !["text", "longtext", "number", "date"].includes(question.type);
  const Wrapper = isGroup ? "fieldset" : "div";

  const label = (
    <>
      <span className="text-slate-500">{number}. </span>
      {question.label}
      {question.required ? (
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      ) : null}
      {question.required ? <span className="sr-only"> (обязательный вопрос)</span> : null}
    </>
  );

  return (
    <Wrapper id={id} tabIndex={-1} className={cn("rounded-xl border bg-white p-4 outline-none sm:p-5", error ? "border-red-300" : "border-slate-200")} aria-describedby={isGroup ? describedBy : undefined}>
      {isGroup ? (
        <legend id={labelId} className="float-left mb-3 w-full text-base font-medium text-slate-900">
          {label}
        </legend>
      ) : (
        <label id={labelId} htmlFor={`${id}-input`} className="mb-3 block text-base font-medium text-slate-900">
          {label}
        </label>
      )}
      {question.help ? (
        <p id={helpId} className="clear-both -mt-2 mb-3 text-sm text-slate-600">
          {question.help}
        </p>
      ) : null}
      <div className="clear-both">
        {question.type === "text" ? <Input id={`${id}-input`} aria-describedby={describedBy} aria-invalid={invalid} disabled={disabled} {...field} /> : null}
        {question.type === "longtext" ? <Textarea id={`${id}-input`} rows={4} aria-describedby={describedBy} aria-invalid={invalid} disabled={disabled} {...field} /> : null}
        {question.type === "number" ? (
          <Input id={`${id}-input`} inputMode="decimal" autoComplete="off" className="max-w-40" aria-describedby={describedBy} aria-invalid={invalid} disabled={disabled} {...field} />
        ) : null}
        {question.type === "date" ? <Input id={`${id}-input`} type="date" className="max-w-52" aria-describedby={describedBy} aria-invalid={invalid} disabled={disabled} {...field} /> : null}
        {question.type === "single" || question.type === "multiple" ? (
          <div className="grid gap-2">
            {question.options.map((option) => (
              <label key={option.id} className={choice}>
                <input type={question.type === "single" ? "radio" : "checkbox"} value={option.id} className="size-4 shrink-0 accent-brand-600" disabled={disabled} {...field} />
                {option.label}
              </label>
            ))}
          </div>
        ) : null}
        {question.type === "yesno" ? (
          <div className="flex gap-2">
            {[
              ["yes", "Да"],
              ["no", "Нет"],
            ].map(([value, text]) => (
              <label key={value} className={cn(choice, "min-w-24")}>
                <input type="radio" value={value} className="size-4 accent-brand-600" disabled={disabled} {...field} />
                {text}
              </label>
            ))}
          </div>
        ) : null}
        {question.type === "scale" ? (
          <ScaleButtons name={question.id} max={question.max} register={register} labelledBy={labelId} describedBy={describedBy} disabled={disabled} minLabel={question.minLabel} maxLabel={question.maxLabel} />
        ) : null}
        {question.type === "matrix" ? (
          <div className="grid gap-4">
            {question.rows.map((row) => (
              <div key={row.id}>
                <p id={`${id}-${row.id}`} className="mb-2 text-sm text-slate-800">
                  {row.label}
                </p>
                <ScaleButtons name={`${question.id}.${row.id}`} max={question.max} register={register} labelledBy={`${id}-${row.id}`} disabled={disabled} minLabel={question.minLabel} maxLabel={question.maxLabel} />
              </div>
            ))}
          </div>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </Wrapper>
  );
}
