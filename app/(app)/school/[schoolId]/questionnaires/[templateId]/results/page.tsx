import { notFound } from "next/navigation";
import { ResultsPage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Результаты анкеты" };

export default async function SchoolQuestionnaireResultsPage({ params, searchParams }: { params: Promise<{ schoolId: string; templateId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { schoolId, templateId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "SCHOOL", schoolId);
  if (!page) notFound();
  return <ResultsPage principal={principal} page={page} templateId={templateId} search={await searchParams} />;
}
