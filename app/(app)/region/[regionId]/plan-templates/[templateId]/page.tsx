import { notFound } from "next/navigation";
import { TemplatePage } from "@/components/plans/template-page";
import { requirePrincipal } from "@/lib/auth/current";
import { findRegion } from "@/lib/hierarchy/queries";
import { getPlanTemplate, listFormsForTemplates } from "@/lib/plans/templates";

export const metadata = { title: "Шаблон плана" };

export default async function RegionPlanTemplatePage({ params }: { params: Promise<{ regionId: string; templateId: string }> }) {
  const { regionId, templateId } = await params;
  const principal = await requirePrincipal();
  const [region, template, forms] = await Promise.all([findRegion(principal, regionId), getPlanTemplate(principal, templateId), listFormsForTemplates()]);
  if (!region || !template || (template.regionId !== null && template.regionId !== region.id)) notFound();
  return <TemplatePage key={template.updatedAt.toISOString()} template={template} forms={forms} listHref={`/region/${region.id}/plan-templates`} regionId={template.regionId} />;
}
