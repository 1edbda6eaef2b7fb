"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveSchoolAction } from "@/lib/hierarchy/actions";
import { SCHOOL_TYPE_LABELS, SCHOOL_TYPES, ZSaveSchool, type TSaveSchool } from "@/lib/hierarchy/schemas";

export const EMPTY_SCHOOL: Omit<TSaveSchool, "municipalityId"> = {
  code: "",
  slug: "",
  name: "",
  shortName: "",
  type: "SCHOOL",
  inn: "",
  website: "",
  inRollout: true,
  maxMenteesPerMentor: "",
};

/** A school of the region: created in a municipality, or edited. */
export function SchoolForm({
  initial,
  municipalities,
  afterSave,
}: {
  initial: TSaveSchool;
  municipalities: Array<{ id: string; name: string }>;
  /** Where to go after saving; without it the page is refreshed and the form emptied. */
  afterSave?: string;
}) {
  const router = useRouter();
  const { form, message, submit } = useActionForm<TSaveSchool, { id: string }>({
    schema: ZSaveSchool,
    defaultValues: initial,
    action: saveSchoolAction,
    onSuccess: () => {
      if (afterSave) router.push(afterSave);
      else {
        form.reset({ ...EMPTY_SCHOOL, municipalityId: form.getValues("municipalityId") });
        router.refresh();
      }
    },
  });
  const { errors, isSubmitting } = form.formState;
  const e = (name: keyof TSaveSchool) => errors[name]?.message;
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {message ? (
        <div className="sm:col-span-2">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      <Field label="Муниципалитет" error={e("municipalityId")}>
        {(p) => (
          <Select {...p} {...form.register("municipalityId")}>
            <option value="">Выберите муниципалитет</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Тип" error={e("type")}>
        {(p) => (
          <Select {...p} {...form.register("type")}>
            {SCHOOL_TYPES.map((type) => (
              <option key={type} value={type}>
                {SCHOOL_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field label="Полное наименование" hint="Как в уставе: МОАУ «Средняя общеобразовательная школа №51 г. Орска»" error={e("name")}>
          {(p) => <Input {...p} {...form.register("name")} />}
        </Field>
      </div>
      <Field label="Краткое наименование" hint="Как школу называют в списках: СОШ №51" error={e("shortName")}>
        {(p) => <Input {...p} {...form.register("shortName")} />}
      </Field>
      <Field label="Код школы" hint="ИНН или код, данный регионом: по нему школа находится при импорте" error={e("code")}>
        {(p) => <Input {...p} {...form.register("code")} />}
      </Field>
      <Field label="Адрес публичной страницы" hint="Латиницей: orsk-51 → страница /s/orsk-51" error={e("slug")}>
        {(p) => <Input {...p} {...form.register("slug")} />}
      </Field>
      <Field label="ИНН" hint="10 или 12 цифр, если известен" error={e("inn")}>
        {(p) => <Input {...p} inputMode="numeric" {...form.register("inn")} />}
      </Field>
      <Field label="Сайт школы" error={e("website")}>
        {(p) => <Input {...p} type="url" placeholder="https://" {...form.register("website")} />}
      </Field>
      <Field label="Наставляемых на одного наставника" hint="Пусто — как в регионе" error={e("maxMenteesPerMentor")}>
        {(p) => <Input {...p} inputMode="numeric" {...form.register("maxMenteesPerMentor")} />}
      </Field>
      <div className="sm:col-span-2">
        <Checkbox label="Школа внедряет целевую модель наставничества" defaultChecked={initial.inRollout} {...form.register("inRollout")} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Сохраняем…" : initial.schoolId ? "Сохранить изменения" : "Добавить школу"}
        </Button>
      </div>
    </form>
  );
}
