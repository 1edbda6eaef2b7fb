"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveRegionSettingsAction } from "@/lib/hierarchy/actions";
import { ZRegionSettings, type TRegionSettings } from "@/lib/hierarchy/schemas";

/** The region's cap of mentees per mentor and the forms its schools may use (unticked = not offered to new pairs). */
export function RegionSettingsForm({ regionId, cap, forms }: { regionId: string; cap: number; forms: Array<{ id: string; name: string; enabled: boolean }> }) {
  const router = useRouter();
  const { form, message, setMessage, submit } = useActionForm<TRegionSettings, unknown>({
    schema: ZRegionSettings,
    defaultValues: { regionId, maxMenteesPerMentor: String(cap), disabledFormIds: forms.filter((f) => !f.enabled).map((f) => f.id) },
    action: saveRegionSettingsAction,
    onSuccess: () => {
      setMessage(null);
      router.refresh();
    },
  });
  const disabled = form.watch("disabledFormIds");
  const toggle = (id: string, enabled: boolean) =>
    form.setValue("disabledFormIds", enabled ? disabled.filter((d) => d !== id) : [...disabled, id], { shouldDirty: true });
  const { errors, isSubmitting, isSubmitSuccessful, isDirty } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {isSubmitSuccessful && !isDirty && !message ? <Alert tone="success">Настройки региона сохранены.</Alert> : null}
      <div className="max-w-xs">
        <Field label="Наставляемых на одного наставника" hint="Школа может задать своё значение" error={errors.maxMenteesPerMentor?.message}>
          {(p) => <Input {...p} inputMode="numeric" {...form.register("maxMenteesPerMentor")} />}
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Формы наставничества, которые используют школы региона</legend>
        <p className="mt-1 text-xs text-slate-500">Снятая форма не предлагается для новых пар; действующие пары этой формы продолжают работу.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {forms.map((f) => (
            <Checkbox key={f.id} label={f.name} checked={!disabled.includes(f.id)} onChange={(event) => toggle(f.id, event.currentTarget.checked)} />
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Сохраняем…" : "Сохранить настройки"}
      </Button>
    </form>
  );
}
