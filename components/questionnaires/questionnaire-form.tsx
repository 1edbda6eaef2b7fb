"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { countRu } from "@/lib/format";
import { saveAnswerDraftAction, submitAnswersAction } from "@/lib/questionnaires/actions";
import { checkAnswers, type FormValues } from "@/lib/questionnaires/answers";
import type { Definition } from "@/lib/questionnaires/definition";
import { QuestionInput } from "./question-input";

type Props = {
  definition: Definition;
  initialValues: FormValues;
  /** "fill": saves and submits; "preview": the builder's check, nothing leaves the browser. */
  mode: "fill" | "preview";
  templateId?: string;
  submissionVersion?: number | null;
  draftSavedAt?: string | null;
  anonymous?: boolean;
};

const AUTOSAVE_MS = 30_000;
const time = (iso: string) => new Date(iso).toLocaleTimeString("ru-RU", { hour: "2-digit", minute: "2-digit" });

function messageOf(errors: FieldErrors<FormValues>, id: string): string | undefined {
  const error = errors[id] as { message?: string } | undefined;
  return error?.message;
}

/**
 * A questionnaire rendered from its version. The answers are checked with the same schema the
 * server uses (built from the version), each message next to its question; a draft is kept on
 * the server every half minute while the respondent types, and on demand.
 */
export function QuestionnaireForm({ definition, initialValues, mode, templateId, submissionVersion = null, draftSavedAt = null, anonymous = false }: Props) {
  const router = useRouter();
  const resolver: Resolver<FormValues> = useCallback(
    async (values) => {
      const result = checkAnswers(definition, values);
      if (result.ok) return { values, errors: {} };
      return { values: {}, errors: Object.fromEntries(Object.entries(result.errors).map(([key, message]) => [key, { type: "validate", message }])) as FieldErrors<FormValues> };
    },
    [definition],
  );
  const form = useForm<FormValues>({ defaultValues: initialValues, resolver, shouldFocusError: false });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(draftSavedAt);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const version = useRef<number | null>(submissionVersion);
  const dirty = useRef(false);
  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: () => {
        dirty.current = true;
      },
    });
  }, [form]);

  // Saves run one after another: a quiet save and a click (or the submit) never race on one version.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveNow = useCallback(
    async (quiet: boolean) => {
      if (mode !== "fill" || !templateId) return;
      setSaving(true);
      dirty.current = false;
      const result = await saveAnswerDraftAction({ templateId, submissionVersion: version.current, values: form.getValues() });
      setSaving(false);
      if (result.ok) {
        version.current = result.data.submissionVersion;
        setSavedAt(new Date(result.data.savedAt).toISOString());
        if (!quiet) setMessage({ tone: "success", text: "Черновик сохранён. Вернитесь к анкете, когда будет удобно: ответы будут на месте." });
      } else {
        dirty.current = true;
        setMessage({ tone: "error", text: result.message });
      }
    },
    [form, mode, templateId],
  );
  const saveDraft = useCallback(
    (quiet: boolean) => {
      queue.current = queue.current.then(() => saveNow(quiet));
      return queue.current;
    },
    [saveNow],
  );

  // Keep the work: a quiet save while typing, and a warning before leaving with unsaved answers.
  useEffect(() => {
    if (mode !== "fill" || done) return;
    const timer = setInterval(() => {
      if (dirty.current) void saveDraft(true);
    }, AUTOSAVE_MS);
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      clearInterval(timer);
      window.removeEventListener("beforeunload", warn);
    };
  }, [mode, done, saveDraft]);

  const focusFirstError = (ids: string[]) => {
    const first = definition.sections.flatMap((s) => s.questions).find((q) => ids.includes(q.id));
    if (!first) return;
    const element = document.getElementById(`q-${first.id}`);
    element?.scrollIntoView({ block: "center" });
    element?.focus({ preventScroll: true });
  };

  const onInvalid = (found: FieldErrors<FormValues>) => {
    const count = Object.keys(found).length;
    setMessage({ tone: "error", text: `Проверьте ответы: ${countRu(count, ["вопрос требует", "вопроса требуют", "вопросов требуют"])} внимания. Сообщения — под вопросами.` });
    focusFirstError(Object.keys(found));
  };

  const onValid = async (values: FormValues) => {
    setMessage(null);
    if (mode === "preview") {
      setMessage({ tone: "success", text: "Все ответы заполнены верно: так анкета будет отправлена." });
      return;
    }
    await queue.current;
    const result = await submitAnswersAction({ templateId: templateId!, submissionVersion: version.current, values });
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors)) form.setError(field, { message: messages[0] });
      setMessage({ tone: "error", text: result.message });
      focusFirstError(Object.keys(result.fieldErrors));
      return;
    }
    dirty.current = false;
    setDone(true);
    router.refresh();
  };

  useEffect(() => {
    if (message?.tone === "error" && Object.keys(errors).length === 0) top.current?.focus();
  }, [message, errors]);

  if (done) {
    return (
      <Alert tone="success">
        Спасибо! Ответы отправлены{anonymous ? " анонимно: в результатах их нельзя связать с вами" : ""}.
      </Alert>
    );
  }

  const firstNumber = definition.sections.map((_, s) => definition.sections.slice(0, s).reduce((n, x) => n + x.questions.length, 1));
  return (
    <form onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)} noValidate className="space-y-8" aria-label={mode === "preview" ? "Предпросмотр анкеты" : "Анкета"}>
      <div ref={top} tabIndex={-1} className="outline-none" aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      {definition.sections.map((section, s) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="space-y-4">
          <div>
            <h2 id={`section-${section.id}`} className="text-lg font-semibold text-slate-900">
              {section.title}
            </h2>
            {section.description ? <p className="mt-1 text-sm text-slate-600">{section.description}</p> : null}
          </div>
          {section.questions.map((question, q) => (
            <QuestionInput key={question.id} question={question} number={firstNumber[s] + q} register={form.register} error={messageOf(errors, question.id)} />
          ))}
        </section>
      ))}
      <p className="text-sm text-slate-600">
        <span className="text-red-700" aria-hidden="true">
          *
        </span>{" "}
        — обязательные вопросы.
      </p>
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <Button type="submit" disabled={isSubmitting}>
          {mode === "preview" ? "Проверить ответы" : isSubmitting ? "Отправляем…" : "Отправить ответы"}
        </Button>
        {mode === "fill" ? (
          <Button type="button" variant="secondary" disabled={saving || isSubmitting} onClick={() => void saveDraft(false)}>
            {saving ? "Сохраняем…" : "Сохранить черновик"}
          </Button>
        ) : null}
        {mode === "fill" && savedAt ? <span className="text-xs text-slate-600">Черновик сохранён в {time(savedAt)}</span> : null}
      </div>
    </form>
  );
}
