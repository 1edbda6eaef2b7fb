import { notFound } from "next/navigation";
import { ResultsPage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Результаты анкеты" };

export default async function AdminQuestionnaireResultsPage({ params, searchParams }: { params: Promise<{ templateId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { templateId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "PLATFORM");
  if (!page) notFound();
  return <ResultsPage principal={principal} page={page} templateId={templateId} search={await searchParams} />;
}
