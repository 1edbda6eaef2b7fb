import { notFound } from "next/navigation";
import { PlanItemView } from "@/components/plans/plan-item-view";
import { MY_SCOPE } from "@/components/plans/routes";
import { requirePrincipal } from "@/lib/auth/current";
import { todayDate } from "@/lib/plans/dates";
import { getPlanItem } from "@/lib/plans/queries";

export default async function MyPlanItemPage({ params }: { params: Promise<{ planId: string; itemId: string }> }) {
  const { planId, itemId } = await params;
  const principal = await requirePrincipal();
  const item = await getPlanItem(principal, itemId);
  if (!item || item.planId !== planId) notFound();
  return <PlanItemView item={item} scope={MY_SCOPE} today={todayDate()} />;
}
