import { notFound } from "next/navigation";
import { PlanItemView } from "@/components/plans/plan-item-view";
import { requirePrincipal } from "@/lib/auth/current";
import { todayDate } from "@/lib/plans/dates";
import { getPlanItem } from "@/lib/plans/queries";

export default async function SchoolPlanItemPage({ params }: { params: Promise<{ schoolId: string; planId: string; itemId: string }> }) {
  const { schoolId, planId, itemId } = await params;
  const principal = await requirePrincipal();
  const item = await getPlanItem(principal, itemId);
  if (!item || item.planId !== planId || item.schoolId !== schoolId) notFound();
  return <PlanItemView item={item} scope={{ kind: "school", schoolId }} today={todayDate()} />;
}
