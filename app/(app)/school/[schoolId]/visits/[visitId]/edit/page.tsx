import { notFound } from "next/navigation";
import { VisitFormPage } from "@/components/visits/visit-form-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getVisit, getVisitFormOptions } from "@/lib/visits/queries";

export default async function SchoolEditVisitPage({ params }: { params: Promise<{ schoolId: string; visitId: string }> }) {
  const { schoolId, visitId } = await params;
  const principal = await requirePrincipal();
  const visit = await getVisit(principal, visitId);
  const options = visit?.schoolId === schoolId && visit.capabilities.edit && visit.pairId ? await getVisitFormOptions(principal, visit.pairId) : null;
  if (!visit || !options) notFound();
  return <VisitFormPage options={options} scope={{ kind: "school", schoolId }} visit={visit} />;
}
