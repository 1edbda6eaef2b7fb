"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { discardDraftAction, publishDraftAction, saveDefinitionAction } from "@/lib/questionnaires/actions";
import { toFormValues } from "@/lib/questionnaires/answers";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, ZDefinition, ZPublishableDefinition, type Definition, type Question, type QuestionType } from "@/lib/questionnaires/definition";
import { moveItem, moveQuestion, newQuestion, newSection, numberOf } from "./builder-model";
import { QuestionEditor } from "./question-editor";
import { QuestionnaireForm } from "./questionnaire-form";

type Props = {
  templateId: string;
  version: number;
  initial: Definition;
  /** The number of the draft version, when there is one. */
  draftVersionNo: number | null;
  publishedVersionNo: number | null;
  nextVersionNo: number;
};

type Message = { tone: "error" | "success" | "info"; text: string };

/** Messages of the definition's schema by path ("sections.0.questions.2.label"). */
function errorsOf(definition: Definition, publishing = false): Record<string, string> {
  const parsed = (publishing ? ZPublishableDefinition : ZDefinition).safeParse(definition);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

function under(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key.startsWith(`${prefix}.`)).map(([key, message]) => [key.slice(prefix.length + 1), message]));
}

/**
 * The questionnaire builder: sections and questions edited in place, reordered with buttons
 * (keyboard-usable, announced to screen readers), previewed as the respondent sees them, saved
 * as the draft version and published. A published version is never changed: the first save after
 * publishing makes the next version's draft.
 */
export function QuestionnaireBuilder({ templateId, version: initialVersion, initial, draftVersionNo, publishedVersionNo, nextVersionNo }: Props) {
  const router = useRouter();
  const [definition, setDefinition] = useState<Definition>(initial);
  const [version, setVersion] = useState(initialVersion);
  const [draft, setDraft] = useState(draftVersionNo !== null);
  const [changed, setChanged] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [tab, setTab] = useState<"edit" | "preview">("edit");
  const [busy, setBusy] = useState(false);
  const [newType, setNewType] = useState<Record<string, QuestionType>>({});
  const draftNo = draftVersionNo ?? nextVersionNo;

  const update = (next: Definition) => {
    setDefinition(next);
    setChanged(true);
    if (Object.keys(errors).length) setErrors(errorsOf(next));
  };
  const updateSection = (s: number, patch: Partial<Definition["sections"][number]>) => update({ sections: definition.sections.map((section, i) => (i === s ? { ...section, ...patch } : section)) });
  const updateQuestion = (s: number, q: number, question: Question) => updateSection(s, { questions: definition.sections[s].questions.map((old, i) => (i === q ? question : old)) });

  const move = (s: number, q: number, direction: -1 | 1) => {
    const moved = moveQuestion(definition, { section: s, question: q }, direction);
    if (!moved) return;
    update(moved.definition);
    setAnnouncement(`Вопрос перемещён: теперь он ${numberOf(moved.definition, moved.to)}-й, в разделе «${moved.definition.sections[moved.to.section].title}»`);
    // Keep the keyboard where it was: on the moved question's button.
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[aria-label="Вопрос ${numberOf(moved.definition, moved.to)} ${direction === -1 ? "выше" : "ниже"}"]`)?.focus());
  };

  async function save(): Promise<number | null> {
    const found = errorsOf(definition);
    setErrors(found);
    if (Object.keys(found).length) {
      setMessage({ tone: "error", text: "Проверьте вопросы: некоторые поля заполнены неверно. Сообщения — рядом с полями." });
      return null;
    }
    const result = await saveDefinitionAction({ templateId, version, definition });
    if (!result.ok) {
      setErrors(under(Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v[0]])), "definition"));
      setMessage({ tone: "error", text: result.message });
      return null;
    }
    setVersion(result.data.version);
    setDraft(true);
    setChanged(false);
    setMessage({ tone: "success", text: `Черновик версии ${result.data.versionNo} сохранён.` });
    return result.data.version;
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const onSave = () => run(async () => void (await save()));
  const onPublish = () =>
    run(async () => {
      const found = errorsOf(definition, true);
      if (Object.keys(found).length) {
        setErrors(found);
        setMessage({ tone: "error", text: found.sections ?? "Проверьте вопросы: некоторые поля заполнены неверно." });
        return;
      }
      const current = changed || !draft ? await save() : version;
      if (current === null) return;
      const result = await publishDraftAction({ templateId, version: current });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.message });
        return;
      }
      setVersion(result.data.version);
      setDraft(false);
      setMessage({ tone: "success", text: `Версия ${result.data.versionNo} опубликована: отвечающие видят её с этой минуты.` });
      router.refresh();
    });
  const onDiscard = () =>
    run(async () => {
      if (!window.confirm("Удалить черновик и вернуться к опубликованной версии?")) return;
      const result = await discardDraftAction({ templateId, version });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.message });
        return;
      }
      window.location.reload();
    });

  const preview = useMemo(() => (tab === "preview" ? definition : null), [tab, definition]);
  const status = draft
    ? `Черновик версии ${draftNo}${publishedVersionNo ? `; отвечающие видят опубликованную версию ${publishedVersionNo}` : "; анкета ещё не опубликована"}.`
    : publishedVersionNo
      ? `Опубликована версия ${publishedVersionNo}. Изменения сохранятся как черновик версии ${nextVersionNo}, опубликованная не изменится.`
      : "Анкета ещё не опубликована.";

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{status}</p>
      <div role="tablist" aria-label="Режим конструктора" className="flex gap-2">
        {(["edit", "preview"] as const).map((value) => (
          <button
            key={value}
            role="tab"
            type="button"
            aria-selected={tab === value}
            onClick={() => setTab(value)}
            className={tab === value ? "rounded-full bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white" : "rounded-full px-4 py-1.5 text-sm text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"}
          >
            {value === "edit" ? "Вопросы" : "Предпросмотр"}
          </button>
        ))}
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      {preview ? (
        <div className="mx-auto max-w-2xl rounded-xl bg-slate-50 p-4 sm:p-6">
          <p className="mb-4 text-sm text-slate-600">Так анкету увидит отвечающий. Ответы здесь никуда не отправляются.</p>
          <QuestionnaireForm key={JSON.stringify(preview)} definition={preview} initialValues={toFormValues(preview, null)} mode="preview" />
        </div>
      ) : (
        <div className="space-y-8">
          {definition.sections.map((section, s) => {
            const sectionErrors = under(errors, `sections.${s}`);
            return (
              <section key={section.id} aria-label={`Раздел ${s + 1}: ${section.title}`} className="space-y-4 rounded-xl border border-slate-300 bg-slate-50 p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="text-base font-semibold text-slate-900">Раздел {s + 1}</h3>
                  <div className="flex gap-1">
                    <Button type="button" variant="ghost" className="px-2" disabled={s === 0} aria-label={`Раздел ${s + 1} выше`} onClick={() => update({ sections: moveItem(definition.sections, s, -1)! })}>
                      ↑ Выше
                    </Button>
                    <Button type="button" variant="ghost" className="px-2" disabled={s === definition.sections.length - 1} aria-label={`Раздел ${s + 1} ниже`} onClick={() => update({ sections: moveItem(definition.sections, s, 1)! })}>
                      ↓ Ниже
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      className="px-2 text-red-700"
                      aria-label={`Удалить раздел ${s + 1}`}
                      onClick={() => (section.questions.length === 0 || window.confirm(`Удалить раздел «${section.title}» вместе с его вопросами?`)) && update({ sections: definition.sections.filter((_, i) => i !== s) })}
                    >
                      Удалить
                    </Button>
                  </div>
                </div>
                <div className="grid gap-4 md:grid-cols-2">
                  <Field label={`Название раздела ${s + 1}`} error={sectionErrors.title}>
                    {(props) => <Input {...props} value={section.title} onChange={(event) => updateSection(s, { title: event.target.value })} />}
                  </Field>
                  <Field label="Пояснение к разделу" hint="Необязательно" error={sectionErrors.description}>
                    {(props) => <Textarea {...props} rows={1} value={section.description ?? ""} onChange={(event) => updateSection(s, { description: event.target.value || undefined })} />}
                  </Field>
                </div>
                {section.questions.length === 0 ? <p className="text-sm text-slate-600">В разделе пока нет вопросов. Выберите тип ответа ниже и добавьте вопрос.</p> : null}
                {section.questions.map((question, q) => {
                  const number = numberOf(definition, { section: s, question: q });
                  const total = definition.sections.reduce((n, x) => n + x.questions.length, 0);
                  return (
                    <QuestionEditor
                      key={question.id}
                      question={question}
                      number={number}
                      errors={under(sectionErrors, `questions.${q}`)}
                      onChange={(next) => updateQuestion(s, q, next)}
                      onMove={(direction) => move(s, q, direction)}
                      onRemove={() => updateSection(s, { questions: section.questions.filter((_, i) => i !== q) })}
                      canMoveUp={number > 1}
                      canMoveDown={number < total}
                    />
                  );
                })}
                <div className="flex flex-wrap items-end gap-2">
                  <div className="w-64">
                    <Field label={`Тип нового вопроса в разделе ${s + 1}`}>
                      {(props) => (
                        <Select {...props} value={newType[section.id] ?? "single"} onChange={(event) => setNewType({ ...newType, [section.id]: event.target.value as QuestionType })}>
                          {QUESTION_TYPES.map((type) => (
                            <option key={type} value={type}>
                              {QUESTION_TYPE_LABELS[type]}
                            </option>
                          ))}
                        </Select>
                      )}
                    </Field>
                  </div>
                  <Button type="button" variant="secondary" onClick={() => updateSection(s, { questions: [...section.questions, newQuestion(definition, newType[section.id] ?? "single")] })}>
                    Добавить вопрос
                  </Button>
                </div>
              </section>
            );
          })}
          {errors.sections ? <p className="text-sm text-red-700">{errors.sections}</p> : null}
          <Button type="button" variant="secondary" onClick={() => update({ sections: [...definition.sections, newSection(definition)] })}>
            Добавить раздел
          </Button>
        </div>
      )}

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3 backdrop-blur">
        <Button type="button" onClick={onSave} disabled={busy}>
          {busy ? "Сохраняем…" : "Сохранить черновик"}
        </Button>
        <Button type="button" variant="secondary" onClick={onPublish} disabled={busy}>
          Опубликовать
        </Button>
        {draft && publishedVersionNo ? (
          <Button type="button" variant="ghost" onClick={onDiscard} disabled={busy}>
            Удалить черновик
          </Button>
        ) : null}
        {changed ? <span className="text-sm text-amber-800">Есть несохранённые изменения</span> : null}
      </div>
    </div>
  );
}
