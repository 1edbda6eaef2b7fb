import { notFound } from "next/navigation";
import { MY_SCOPE } from "@/components/plans/routes";
import { VisitFormPage } from "@/components/visits/visit-form-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getVisit, getVisitFormOptions } from "@/lib/visits/queries";

export default async function MyEditVisitPage({ params }: { params: Promise<{ visitId: string }> }) {
  const { visitId } = await params;
  const principal = await requirePrincipal();
  const visit = await getVisit(principal, visitId);
  const options = visit?.capabilities.edit && visit.pairId ? await getVisitFormOptions(principal, visit.pairId) : null;
  if (!visit || !options) notFound();
  return <VisitFormPage options={options} scope={MY_SCOPE} visit={visit} />;
}
