import { notFound } from "next/navigation";
import { VisitFormPage } from "@/components/visits/visit-form-page";
import { requirePrincipal } from "@/lib/auth/current";
import { getVisitFormOptions } from "@/lib/visits/queries";

export default async function SchoolNewVisitPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ pairId?: string; menteeId?: string }>;
}) {
  const [{ schoolId }, { pairId, menteeId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const options = pairId ? await getVisitFormOptions(principal, pairId) : null;
  if (!options || options.pair.schoolId !== schoolId) notFound();
  return <VisitFormPage options={options} scope={{ kind: "school", schoolId }} menteeId={menteeId} />;
}
