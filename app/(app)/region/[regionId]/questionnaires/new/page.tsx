import { notFound } from "next/navigation";
import { NewQuestionnairePage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Новая анкета" };

export default async function RegionNewQuestionnairePage({ params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "REGION", regionId);
  if (!page) notFound();
  return <NewQuestionnairePage principal={principal} page={page} />;
}
