import { notFound } from "next/navigation";
import { NewQuestionnairePage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Новая анкета" };

export default async function SchoolNewQuestionnairePage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "SCHOOL", schoolId);
  if (!page) notFound();
  return <NewQuestionnairePage principal={principal} page={page} />;
}
