"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveAcademicYearAction, saveMunicipalityAction, saveOrganizationAction, saveRegionAction } from "@/lib/hierarchy/actions";
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ZSaveAcademicYear,
  ZSaveMunicipality,
  ZSaveOrganization,
  ZSaveRegion,
  type TSaveAcademicYear,
  type TSaveMunicipality,
  type TSaveOrganization,
  type TSaveRegion,
} from "@/lib/hierarchy/schemas";

/** A one-line form: its fields side by side on a wide screen, the message above, the button last. */
function InlineForm({ message, submit, busy, label, children }: { message: string | null; submit: () => void; busy: boolean; label: string; children: ReactNode }) {
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] sm:items-start">{children}</div>
      <Button type="submit" disabled={busy}>
        {busy ? "Сохраняем…" : label}
      </Button>
    </form>
  );
}

function TextField<T extends FieldValues>({ form, name, label, hint }: { form: UseFormReturn<T>; name: Path<T>; label: string; hint?: string }) {
  const error = form.formState.errors[name]?.message;
  return (
    <Field label={label} hint={hint} error={typeof error === "string" ? error : undefined}>
      {(p) => <Input {...p} {...form.register(name)} />}
    </Field>
  );
}

/** After a save: the form empties for the next entry and the page shows the new record. */
function useResetAndRefresh<T extends FieldValues>(empty: T) {
  const router = useRouter();
  return (_data: unknown, form: UseFormReturn<T>) => {
    form.reset(empty);
    router.refresh();
  };
}

export function MunicipalityForm({ regionId }: { regionId: string }) {
  const empty: TSaveMunicipality = { regionId, code: "", name: "" };
  const onSuccess = useResetAndRefresh(empty);
  const { form, message, submit } = useActionForm<TSaveMunicipality, unknown>({
    schema: ZSaveMunicipality,
    defaultValues: empty,
    action: saveMunicipalityAction,
    onSuccess,
  });
  return (
    <InlineForm message={message} submit={submit} busy={form.formState.isSubmitting} label="Добавить муниципалитет">
      <TextField form={form} name="name" label="Название" hint="г. Орск, Павловский район" />
      <TextField form={form} name="code" label="Код" hint="Единый на платформе: 56-orsk" />
    </InlineForm>
  );
}

export function OrganizationForm({ regionId }: { regionId: string }) {
  const empty: TSaveOrganization = { regionId, kind: "EMPLOYER", code: "", name: "", website: "" };
  const onSuccess = useResetAndRefresh(empty);
  const { form, message, submit } = useActionForm<TSaveOrganization, unknown>({
    schema: ZSaveOrganization,
    defaultValues: empty,
    action: saveOrganizationAction,
    onSuccess,
  });
  return (
    <InlineForm message={message} submit={submit} busy={form.formState.isSubmitting} label="Добавить партнёра">
      <TextField form={form} name="name" label="Название" />
      <Field label="Вид" error={form.formState.errors.kind?.message}>
        {(p) => (
          <Select {...p} {...form.register("kind")}>
            {ORGANIZATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ORGANIZATION_KIND_LABELS[kind]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <TextField form={form} name="code" label="Код" hint="ИНН или свой код" />
      <TextField form={form} name="website" label="Сайт" />
    </InlineForm>
  );
}

export function RegionForm() {
  const empty: TSaveRegion = { code: "", name: "", maxMenteesPerMentor: "3" };
  const onSuccess = useResetAndRefresh(empty);
  const { form, message, submit } = useActionForm<TSaveRegion, unknown>({
    schema: ZSaveRegion,
    defaultValues: empty,
    action: saveRegionAction,
    onSuccess,
  });
  return (
    <InlineForm message={message} submit={submit} busy={form.formState.isSubmitting} label="Добавить регион">
      <TextField form={form} name="name" label="Название" hint="Оренбургская область" />
      <TextField form={form} name="code" label="Код субъекта РФ" hint="56" />
      <TextField form={form} name="maxMenteesPerMentor" label="Наставляемых на наставника" hint="По умолчанию 3" />
    </InlineForm>
  );
}

export function AcademicYearForm({ defaults }: { defaults: { startsOn: string; endsOn: string } }) {
  const empty: TSaveAcademicYear = { ...defaults, isCurrent: false };
  const onSuccess = useResetAndRefresh(empty);
  const { form, message, submit } = useActionForm<TSaveAcademicYear, unknown>({
    schema: ZSaveAcademicYear,
    defaultValues: empty,
    action: saveAcademicYearAction,
    onSuccess,
  });
  const { errors } = form.formState;
  return (
    <InlineForm message={message} submit={submit} busy={form.formState.isSubmitting} label="Сохранить учебный год">
      <Field label="Начало" error={errors.startsOn?.message}>
        {(p) => <Input {...p} type="date" {...form.register("startsOn")} />}
      </Field>
      <Field label="Окончание" error={errors.endsOn?.message}>
        {(p) => <Input {...p} type="date" {...form.register("endsOn")} />}
      </Field>
      <div className="sm:pt-7">
        <Checkbox label="Текущий учебный год" {...form.register("isCurrent")} />
      </div>
    </InlineForm>
  );
}
