import { notFound } from "next/navigation";
import { QuestionnairesIndex } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Анкеты" };

export default async function SchoolQuestionnairesPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "SCHOOL", schoolId);
  if (!page) notFound();
  return <QuestionnairesIndex principal={principal} page={page} />;
}
