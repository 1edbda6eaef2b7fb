import { PageHeader } from "@/components/app-shell/app-shell";
import { Card } from "@/components/ui/card";
import { PLAN_DIRECTION_LABELS, PLAN_KIND_LABELS } from "@/lib/plans/labels";
import type { getPlanTemplate } from "@/lib/plans/templates";
import type { TSavePlanTemplate } from "@/lib/plans/template-schemas";
import { TemplateForm } from "./template-form";

type Template = NonNullable<Awaited<ReturnType<typeof getPlanTemplate>>>;

/** A template: its form for those who keep it, its items for those who only read it. */
export function TemplatePage({ template, forms, listHref, regionId }: { template: Template | null; forms: Array<{ id: string; name: string }>; listHref: string; regionId: string | null }) {
  if (template && !template.mayEdit) {
    return (
      <>
        <PageHeader title={template.title} subtitle={`${PLAN_KIND_LABELS[template.kind]} · ${template.region ? template.region.name : "шаблон платформы"} · форма: ${template.form?.name ?? "любая"}`} />
        <Card>
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {template.items.map((item) => (
              <li key={item.id}>
                <span className="font-medium">{item.goal}</span>
                <span className="block text-slate-600">
                  {PLAN_DIRECTION_LABELS[item.direction]}
                  {item.expectedProduct ? ` · ${item.expectedProduct}` : ""}
                  {item.dueOffsetDays !== null ? ` · через ${item.dueOffsetDays} дн. от начала` : ""}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      </>
    );
  }
  const defaults: TSavePlanTemplate = template
    ? {
        templateId: template.id,
        updatedAt: template.updatedAt.toISOString(),
        title: template.title,
        kind: template.kind,
        formId: template.formId ?? "",
        isActive: template.isActive,
        items: template.items.map((item) => ({
          goal: item.goal,
          direction: item.direction,
          difficulty: item.difficulty ?? "",
          activity: item.activity ?? "",
          expectedProduct: item.expectedProduct ?? "",
          dueOffsetDays: item.dueOffsetDays === null ? "" : String(item.dueOffsetDays),
        })),
      }
    : { regionId: regionId ?? "", title: "", kind: "IPR", formId: "", isActive: true, items: [{ goal: "", direction: "METHODOLOGICAL", dueOffsetDays: "" }] };
  return (
    <>
      <PageHeader title={template ? template.title : "Новый шаблон плана"} subtitle={regionId || template?.region ? "Шаблон региона" : "Шаблон платформы: предлагается школам всех регионов"} />
      <TemplateForm defaults={defaults} forms={forms} listHref={listHref} mayDelete={Boolean(template?.mayDelete)} />
    </>
  );
}
