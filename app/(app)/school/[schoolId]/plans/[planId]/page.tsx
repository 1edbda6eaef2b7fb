import { notFound } from "next/navigation";
import { PlanView } from "@/components/plans/plan-view";
import { requirePrincipal } from "@/lib/auth/current";
import { todayDate } from "@/lib/plans/dates";
import { getItemSources, getPlan } from "@/lib/plans/queries";

export default async function SchoolPlanPage({ params }: { params: Promise<{ schoolId: string; planId: string }> }) {
  const { schoolId, planId } = await params;
  const principal = await requirePrincipal();
  const plan = await getPlan(principal, planId);
  if (!plan || plan.schoolId !== schoolId) notFound();
  const sources = plan.capabilities.addItems ? await getItemSources(principal, plan) : null;
  return <PlanView plan={plan} scope={{ kind: "school", schoolId }} today={todayDate()} sources={sources} />;
}
