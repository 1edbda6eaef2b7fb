import { notFound, redirect } from "next/navigation";
import { PlanNewPage } from "@/components/plans/plan-new-page";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { requirePrincipal } from "@/lib/auth/current";
import { getPlanStartOptions } from "@/lib/plans/queries";

export default async function SchoolNewPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ pairId?: string; menteeId?: string }>;
}) {
  const [{ schoolId }, { pairId, menteeId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const options = pairId && menteeId ? await getPlanStartOptions(principal, pairId, menteeId) : null;
  if (!options || options.pair.schoolId !== schoolId) notFound();
  const scope: WorkspaceScope = { kind: "school", schoolId };
  if (options.existingPlanId) redirect(routesFor(scope).plan(options.existingPlanId));
  return <PlanNewPage options={options} scope={scope} />;
}
