import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { CatalogFormEditor, ModelEditor } from "@/components/mentoring-forms/catalog-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { countRu } from "@/lib/format";
import { listFormsCatalog } from "@/lib/mentoring-forms/queries";
import { KIND_LABELS } from "@/lib/participants/schemas";

export default async function FormsCatalogPage() {
  const principal = await requirePrincipal();
  if (!can(principal, "update", "mentoringForm", {})) notFound();
  const forms = await listFormsCatalog(principal);
  const kinds = (list: Array<keyof typeof KIND_LABELS>) => list.map((k) => KIND_LABELS[k]).join(", ");
  return (
    <>
      <PageHeader
        title="Формы наставничества"
        subtitle="Каталог форм и моделей целевой модели. Форму не удаляют, а выключают: действующие пары продолжают работу."
      />
      <div className="space-y-6">
        {forms.map((form) => (
          <Card key={form.id}>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <CardTitle>{form.name}</CardTitle>
                <p className="mt-1 text-sm text-slate-600">
                  Наставник: {kinds(form.mentorKinds)} · наставляемый: {kinds(form.menteeKinds)}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {form.isActive ? <Badge tone="success">используется</Badge> : <Badge>выключена</Badge>}
                <Badge tone="neutral">{countRu(form.activePairs, ["действующая пара", "действующие пары", "действующих пар"])}</Badge>
              </div>
            </div>
            <details className="mt-4 rounded-lg border border-slate-200 p-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">Изменить форму</summary>
              <div className="mt-4">
                <CatalogFormEditor
                  initial={{
                    formId: form.id,
                    code: form.code,
                    name: form.name,
                    description: form.description ?? "",
                    mentorKinds: form.mentorKinds,
                    menteeKinds: form.menteeKinds,
                    isActive: form.isActive,
                    sortOrder: String(form.sortOrder),
                  }}
                />
              </div>
            </details>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">Модели (роли)</h3>
            <div className="mt-2 space-y-3">
              {form.models.map((model) => (
                <ModelEditor key={model.id} initial={{ modelId: model.id, formId: form.id, name: model.name, mentorRole: model.mentorRole, menteeRole: model.menteeRole, isActive: model.isActive }} />
              ))}
              <ModelEditor initial={{ formId: form.id, name: "", mentorRole: "", menteeRole: "", isActive: true }} />
            </div>
          </Card>
        ))}
        <Card>
          <CardTitle>Новая форма</CardTitle>
          <div className="mt-4">
            <CatalogFormEditor initial={{ code: "", name: "", description: "", mentorKinds: ["TEACHER"], menteeKinds: ["TEACHER"], isActive: true, sortOrder: "0" }} />
          </div>
        </Card>
      </div>
    </>
  );
}
