import { notFound } from "next/navigation";
import { PlanDetail } from "@/components/plans/plan-detail";
import { requirePrincipal } from "@/lib/auth/current";
import { getPlan } from "@/lib/plans/queries";

export default async function MyPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const principal = await requirePrincipal();
  const plan = await getPlan(principal, planId);
  if (!plan) notFound();
  return <PlanDetail plan={plan} pairHref={`/my/pairs/${plan.pair.id}`} />;
}
