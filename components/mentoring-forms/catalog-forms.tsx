"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/controls";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveFormAction, saveModelAction } from "@/lib/mentoring-forms/actions";
import { ZSaveForm, ZSaveModel, type TSaveForm, type TSaveModel } from "@/lib/mentoring-forms/schemas";
import { KIND_LABELS, KINDS } from "@/lib/participants/schemas";

type Kind = (typeof KINDS)[number];

function KindsField({ legend, value, onChange, error }: { legend: string; value: Kind[]; onChange: (next: Kind[]) => void; error?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 space-y-1">
        {KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={KIND_LABELS[kind]}
            checked={value.includes(kind)}
            onChange={(event) => onChange(event.currentTarget.checked ? [...value, kind] : value.filter((k) => k !== kind))}
          />
        ))}
      </div>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}

/** A form of the catalog: created, or edited (switching it off keeps its pairs running). */
export function CatalogFormEditor({ initial }: { initial: TSaveForm }) {
  const router = useRouter();
  const { form, message, submit } = useActionForm<TSaveForm, { id: string }>({
    schema: ZSaveForm,
    defaultValues: initial,
    action: saveFormAction,
    onSuccess: (_data, f) => {
      if (!initial.formId) f.reset(initial);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const [mentorKinds, menteeKinds] = form.watch(["mentorKinds", "menteeKinds"]);
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {message ? (
        <div className="sm:col-span-2">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      <Field label="Название" error={errors.name?.message}>
        {(p) => <Input {...p} {...form.register("name")} />}
      </Field>
      <Field label="Код" hint="Латиницей: TEACHER_TEACHER" error={errors.code?.message}>
        {(p) => <Input {...p} {...form.register("code")} />}
      </Field>
      <div className="sm:col-span-2">
        <Field label="Описание" error={errors.description?.message}>
          {(p) => <Textarea {...p} rows={2} {...form.register("description")} />}
        </Field>
      </div>
      <KindsField legend="Кто может быть наставником" value={mentorKinds} onChange={(v) => form.setValue("mentorKinds", v, { shouldValidate: form.formState.isSubmitted })} error={errors.mentorKinds?.message} />
      <KindsField legend="Кто может быть наставляемым" value={menteeKinds} onChange={(v) => form.setValue("menteeKinds", v, { shouldValidate: form.formState.isSubmitted })} error={errors.menteeKinds?.message} />
      <Field label="Порядок в списках" error={errors.sortOrder?.message}>
        {(p) => <Input {...p} inputMode="numeric" {...form.register("sortOrder")} />}
      </Field>
      <div className="sm:pt-7">
        <Checkbox label="Форма используется (предлагается для новых пар)" {...form.register("isActive")} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Сохраняем…" : initial.formId ? "Сохранить форму" : "Добавить форму"}
        </Button>
      </div>
    </form>
  );
}

/** A model (roles) of a form: added, or edited. */
export function ModelEditor({ initial }: { initial: TSaveModel }) {
  const router = useRouter();
  const { form, message, submit } = useActionForm<TSaveModel, { id: string }>({
    schema: ZSaveModel,
    defaultValues: initial,
    action: saveModelAction,
    onSuccess: (_data, f) => {
      if (!initial.modelId) f.reset(initial);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto_auto] sm:items-end">
      {message ? (
        <div className="sm:col-span-5">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      <Field label="Модель" error={errors.name?.message}>
        {(p) => <Input {...p} placeholder="опытный педагог – молодой специалист" {...form.register("name")} />}
      </Field>
      <Field label="Роль наставника" error={errors.mentorRole?.message}>
        {(p) => <Input {...p} {...form.register("mentorRole")} />}
      </Field>
      <Field label="Роль наставляемого" error={errors.menteeRole?.message}>
        {(p) => <Input {...p} {...form.register("menteeRole")} />}
      </Field>
      <div className="pb-2">
        <Checkbox label="используется" {...form.register("isActive")} />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {initial.modelId ? "Сохранить" : "Добавить модель"}
      </Button>
    </form>
  );
}
