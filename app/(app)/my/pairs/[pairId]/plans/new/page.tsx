import { notFound, redirect } from "next/navigation";
import { PlanNewPage } from "@/components/plans/plan-new-page";
import { MY_SCOPE, routesFor } from "@/components/plans/routes";
import { requirePrincipal } from "@/lib/auth/current";
import { getPlanStartOptions } from "@/lib/plans/queries";

export default async function MyNewPlanPage({ params, searchParams }: { params: Promise<{ pairId: string }>; searchParams: Promise<{ menteeId?: string }> }) {
  const [{ pairId }, { menteeId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const options = menteeId ? await getPlanStartOptions(principal, pairId, menteeId) : null;
  if (!options) notFound();
  if (options.existingPlanId) redirect(routesFor(MY_SCOPE).plan(options.existingPlanId));
  return <PlanNewPage options={options} scope={MY_SCOPE} />;
}
