import { notFound } from "next/navigation";
import { TemplatePage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Анкета" };

export default async function SchoolQuestionnairePage({ params }: { params: Promise<{ schoolId: string; templateId: string }> }) {
  const { schoolId, templateId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "SCHOOL", schoolId);
  if (!page) notFound();
  return <TemplatePage principal={principal} page={page} templateId={templateId} />;
}
