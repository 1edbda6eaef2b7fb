"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Select, Textarea } from "@/components/ui/controls";
import { Field, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createTemplateAction, updateTemplateSettingsAction } from "@/lib/questionnaires/actions";
import { AUDIENCE_LABELS, AUDIENCE_ROLES, KIND_HINTS, KIND_LABELS, KINDS, STAGE_LABELS, STAGES } from "@/lib/questionnaires/labels";
import { ZTemplateSettings, type TTemplateSettings } from "@/lib/questionnaires/schemas";

type Props = {
  initial: TTemplateSettings;
  forms: Array<{ id: string; name: string }>;
  /** The admin's choice of where a new questionnaire applies; empty for everyone else. */
  regions: Array<{ id: string; name: string }>;
  copySources: Array<{ id: string; title: string }>;
  /** Anonymity is fixed once a version is published. */
  anonymityLocked: boolean;
  /** Where the builder of a template opens: `${basePath}/{id}`. */
  hrefFor: string;
};

const group = "grid gap-2 sm:grid-cols-2";

/** Who answers, where, when, and anonymously or not; a new questionnaire may start from another's questions. */
export function SettingsForm({ initial, forms, regions, copySources, anonymityLocked, hrefFor }: Props) {
  const router = useRouter();
  const creating = !initial.templateId;
  const { form, message, setMessage, submit } = useActionForm({
    schema: ZTemplateSettings,
    defaultValues: initial,
    action: (values: TTemplateSettings) => (creating ? createTemplateAction(values) : updateTemplateSettingsAction(values)),
    onSuccess: (data) => {
      if (creating) {
        router.push(hrefFor.replace("{id}", data.id));
        return;
      }
      form.reset({ ...form.getValues(), version: data.version });
      setMessage("Настройки сохранены.");
      router.refresh();
    },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const anonymous = useWatch({ control: form.control, name: "isAnonymous" });
  const saved = isSubmitSuccessful && message === "Настройки сохранены.";

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-2" aria-label={creating ? "Новая анкета" : "Настройки анкеты"}>
      {message ? (
        <div className="md:col-span-2">
          <Alert tone={saved ? "success" : "error"}>{message}</Alert>
        </div>
      ) : null}
      <div className="md:col-span-2">
        <Field label="Название анкеты" error={errors.title?.message}>
          {(props) => <Input {...props} {...form.register("title")} />}
        </Field>
      </div>
      <Field label="Вид анкеты" hint={KIND_HINTS[kind]} error={errors.kind?.message}>
        {(props) => (
          <Select {...props} {...form.register("kind")}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {KIND_LABELS[value]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {creating && regions.length ? (
        <Field label="Где действует" hint="Анкету платформы видят все регионы; анкету региона — его муниципалитеты и школы" error={errors.regionId?.message}>
          {(props) => (
            <Select {...props} {...form.register("regionId")}>
              <option value="">Вся платформа</option>
              {regions.map((region) => (
                <option key={region.id} value={region.id}>
                  {region.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {creating && copySources.length ? (
        <Field label="Начать с вопросов анкеты" hint="Вопросы копируются, дальше анкеты живут отдельно" error={errors.sourceTemplateId?.message}>
          {(props) => (
            <Select {...props} {...form.register("sourceTemplateId")}>
              <option value="">Пустая анкета</option>
              {copySources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <div className="md:col-span-2">
        <Field label="Пояснение для отвечающих" hint="Зачем анкета и как её результаты будут использованы" error={errors.description?.message}>
          {(props) => <Textarea {...props} rows={2} {...form.register("description")} />}
        </Field>
      </div>
      <fieldset className="md:col-span-2">
        <legend className="text-sm font-medium text-slate-800">Кто отвечает</legend>
        <div className={`mt-2 ${group}`}>
          {AUDIENCE_ROLES.map((role) => (
            <Checkbox key={role} label={AUDIENCE_LABELS[role]} value={role} {...form.register("audience")} />
          ))}
        </div>
        {errors.audience?.message ? <p className="mt-1 text-sm text-red-700">{errors.audience.message}</p> : null}
      </fieldset>
      <fieldset className="md:col-span-2">
        <legend className="text-sm font-medium text-slate-800">Для каких форм наставничества</legend>
        <p className="text-xs text-slate-500">Ничего не отмечено — для всех. Отмеченные формы: отвечают наставники и наставляемые действующих пар этих форм.</p>
        <div className={`mt-2 ${group} lg:grid-cols-3`}>
          {forms.map((f) => (
            <Checkbox key={f.id} label={f.name} value={f.id} {...form.register("formIds")} />
          ))}
        </div>
      </fieldset>
      <Field label="Открывается" hint="Пусто — сразу после публикации" error={errors.opensOn?.message}>
        {(props) => <Input {...props} type="date" {...form.register("opensOn")} />}
      </Field>
      <Field label="Закрывается (включительно)" hint="Пусто — без срока" error={errors.closesOn?.message}>
        {(props) => <Input {...props} type="date" {...form.register("closesOn")} />}
      </Field>
      <Field label="Этап программы" hint="Анкету, данную в начале и по итогам, можно сравнить «до» и «после»; смена этапа открывает анкету заново" error={errors.stage?.message}>
        {(props) => (
          <Select {...props} {...form.register("stage")}>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="pt-6">
        {anonymityLocked ? (
          // Not registered: a disabled input would send nothing; the form keeps the saved value.
          <Checkbox label="Анонимная анкета" disabled checked={initial.isAnonymous} readOnly />
        ) : (
          <Checkbox label="Анонимная анкета" error={errors.isAnonymous?.message} {...form.register("isAnonymous")} />
        )}
        <p className="mt-1 text-xs text-slate-500">
          {anonymityLocked
            ? "Изменить нельзя: анкета уже опубликована на этих условиях."
            : anonymous
              ? "Ответы хранятся без имени и времени; в результатах нет групп меньше 5 человек и текстовых ответов."
              : "Ответы хранятся с именем отвечающего."}
        </p>
      </div>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Сохраняем…" : creating ? "Создать и перейти к вопросам" : "Сохранить настройки"}
        </Button>
      </div>
    </form>
  );
}
