import { notFound } from "next/navigation";
import { TemplatePage } from "@/components/plans/template-page";
import { requirePrincipal } from "@/lib/auth/current";
import { listFormsForTemplates, mayCreateTemplate } from "@/lib/plans/templates";

export const metadata = { title: "Новый шаблон плана" };

export default async function AdminNewPlanTemplatePage() {
  const principal = await requirePrincipal();
  if (!(await mayCreateTemplate(principal, null))) notFound();
  return <TemplatePage template={null} forms={await listFormsForTemplates()} listHref="/admin/plan-templates" regionId={null} />;
}
