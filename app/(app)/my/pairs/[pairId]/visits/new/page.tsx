import { notFound } from "next/navigation";
import { MY_SCOPE } from "@/components/plans/routes";
import { VisitFormPage } from "@/components/visits/visit-form-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getVisitFormOptions } from "@/lib/visits/queries";

export default async function MyNewVisitPage({ params, searchParams }: { params: Promise<{ pairId: string }>; searchParams: Promise<{ menteeId?: string }> }) {
  const [{ pairId }, { menteeId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const options = await getVisitFormOptions(principal, pairId);
  if (!options) notFound();
  return <VisitFormPage options={options} scope={MY_SCOPE} menteeId={menteeId} />;
}
