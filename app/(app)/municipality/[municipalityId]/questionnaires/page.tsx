import { notFound } from "next/navigation";
import { QuestionnairesIndex } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Анкеты" };

export default async function MunicipalityQuestionnairesPage({ params }: { params: Promise<{ municipalityId: string }> }) {
  const { municipalityId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "MUNICIPALITY", municipalityId);
  if (!page) notFound();
  return <QuestionnairesIndex principal={principal} page={page} />;
}
