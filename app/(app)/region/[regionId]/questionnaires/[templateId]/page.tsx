import { notFound } from "next/navigation";
import { TemplatePage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Анкета" };

export default async function RegionQuestionnairePage({ params }: { params: Promise<{ regionId: string; templateId: string }> }) {
  const { regionId, templateId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "REGION", regionId);
  if (!page) notFound();
  return <TemplatePage principal={principal} page={page} templateId={templateId} />;
}
