import { notFound } from "next/navigation";
import { PlanView } from "@/components/plans/plan-view";
import { MY_SCOPE } from "@/components/plans/routes";
import { requirePrincipal } from "@/lib/auth/current";
import { todayDate } from "@/lib/plans/dates";
import { getItemSources, getPlan } from "@/lib/plans/queries";

export default async function MyPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const principal = await requirePrincipal();
  const plan = await getPlan(principal, planId);
  if (!plan) notFound();
  const sources = plan.capabilities.addItems ? await getItemSources(principal, plan) : null;
  return <PlanView plan={plan} scope={MY_SCOPE} today={todayDate()} sources={sources} />;
}
