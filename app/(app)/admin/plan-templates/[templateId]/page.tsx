import { notFound } from "next/navigation";
import { TemplatePage } from "@/components/plans/template-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getPlanTemplate, listFormsForTemplates, mayCreateTemplate } from "@/lib/plans/templates";

export const metadata = { title: "Шаблон плана" };

export default async function AdminPlanTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const principal = await requirePrincipal();
  if (!(await mayCreateTemplate(principal, null))) notFound();
  const [template, forms] = await Promise.all([getPlanTemplate(principal, templateId), listFormsForTemplates()]);
  if (!template) notFound();
  return <TemplatePage key={template.updatedAt.toISOString()} template={template} forms={forms} listHref="/admin/plan-templates" regionId={template.regionId} />;
}
