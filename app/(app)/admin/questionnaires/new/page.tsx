import { notFound } from "next/navigation";
import { NewQuestionnairePage } from "@/components/questionnaires/views";
import { requirePrincipal } from "@/lib/auth/current";
import { resolveUnit } from "@/lib/questionnaires/units";

export const metadata = { title: "Новая анкета" };

export default async function AdminNewQuestionnairePage() {
  const principal = await requirePrincipal();
  const page = await resolveUnit(principal, "PLATFORM");
  if (!page) notFound();
  return <NewQuestionnairePage principal={principal} page={page} />;
}
