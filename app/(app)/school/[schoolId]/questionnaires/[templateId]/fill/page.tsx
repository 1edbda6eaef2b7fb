import { notFound } from "next/navigation";
import { FillView } from "@/components/questionnaires/fill-view";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Заполнить анкету" };

/** The school curator answers a questionnaire addressed to curators (the SWOT self-assessment…). */
export default async function SchoolFillQuestionnairePage({ params }: { params: Promise<{ schoolId: string; templateId: string }> }) {
  const { schoolId, templateId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "SCHOOL", schoolId);
  if (!page) notFound();
  return <FillView principal={principal} templateId={templateId} backHref={page.basePath} />;
}
