import { notFound } from "next/navigation";
import { PlanDetail } from "@/components/plans/plan-detail";
import { requirePrincipal } from "@/lib/auth/current";
import { getPlan } from "@/lib/plans/queries";

export default async function SchoolPlanPage({ params }: { params: Promise<{ schoolId: string; planId: string }> }) {
  const { schoolId, planId } = await params;
  const principal = await requirePrincipal();
  const plan = await getPlan(principal, planId);
  if (!plan || plan.pair.schoolId !== schoolId) notFound();
  return <PlanDetail plan={plan} pairHref={`/school/${schoolId}/pairs/${plan.pair.id}`} />;
}
