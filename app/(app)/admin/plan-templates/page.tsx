import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ButtonLink } from "@/components/ui/button";
import { TemplateList } from "@/components/plans/template-list";
import { requirePrincipal } from "@/lib/auth/current";
import { listPlanTemplates, listRegionTemplateCounts, mayCreateTemplate } from "@/lib/plans/templates";

export const metadata = { title: "Шаблоны планов" };

/** The platform's plan templates, and those the regions keep. */
export default async function AdminPlanTemplatesPage() {
  const principal = await requirePrincipal();
  if (!(await mayCreateTemplate(principal, null))) notFound();
  const [platform, regions] = await Promise.all([listPlanTemplates(principal, null), listRegionTemplateCounts(principal)]);
  const regional = await Promise.all(regions.map(async (region) => ({ region, templates: await listPlanTemplates(principal, region.id) })));
  return (
    <>
      <PageHeader
        title="Шаблоны индивидуальных планов"
        subtitle="Шаблон платформы предлагается наставникам всех регионов при составлении плана (для своей формы наставничества). Регионы добавляют свои."
        actions={<ButtonLink href="/admin/plan-templates/new">Новый шаблон</ButtonLink>}
      />
      <TemplateList templates={platform} hrefFor={(id) => `/admin/plan-templates/${id}`} caption="Шаблоны платформы" empty="Шаблонов платформы пока нет. Создайте первый: типовой ИПР молодого педагога." />
      {regional.map(({ region, templates }) => (
        <section key={region.id} className="mt-8">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">{region.name}</h2>
          <TemplateList templates={templates} hrefFor={(id) => `/admin/plan-templates/${id}`} caption={`Шаблоны: ${region.name}`} empty="Шаблонов нет." />
        </section>
      ))}
    </>
  );
}
