import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ButtonLink } from "@/components/ui/button";
import { TemplateList } from "@/components/plans/template-list";
import { requirePrincipal } from "@/lib/auth/current";
import { findRegion } from "@/lib/hierarchy/queries";
import { listPlanTemplates, mayCreateTemplate } from "@/lib/plans/templates";

export const metadata = { title: "Шаблоны планов" };

/** The region's plan templates (kept by its coordinator) and the platform's (read-only here). */
export default async function RegionPlanTemplatesPage({ params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region) notFound();
  const [own, platform, mayCreate] = await Promise.all([listPlanTemplates(principal, region.id), listPlanTemplates(principal, null), mayCreateTemplate(principal, region.id)]);
  const base = `/region/${region.id}/plan-templates`;
  return (
    <>
      <PageHeader
        title="Шаблоны индивидуальных планов"
        subtitle={`${region.name}: шаблоны региона предлагаются наставникам его школ вместе с шаблонами платформы.`}
        actions={mayCreate ? <ButtonLink href={`${base}/new`}>Новый шаблон региона</ButtonLink> : null}
      />
      <TemplateList templates={own} hrefFor={(id) => `${base}/${id}`} caption="Шаблоны региона" empty="У региона пока нет своих шаблонов. Наставники видят шаблоны платформы." />
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Шаблоны платформы</h2>
      <TemplateList templates={platform} hrefFor={(id) => `${base}/${id}`} caption="Шаблоны платформы" empty="Шаблонов платформы нет." />
    </>
  );
}
