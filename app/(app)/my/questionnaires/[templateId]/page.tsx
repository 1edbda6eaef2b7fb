import { FillView } from "@/components/questionnaires/fill-view";
import { requirePrincipal } from "@/lib/auth/current";

export const metadata = { title: "Заполнить анкету" };

export default async function MyQuestionnairePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const principal = await requirePrincipal();
  return <FillView principal={principal} templateId={templateId} backHref="/my/questionnaires" />;
}
