import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { OverviewCards } from "@/components/dashboards/overview-cards";
import { UnitTable } from "@/components/dashboards/unit-table";
import { requirePrincipal } from "@/lib/auth/current";
import { getScopeOverview, listChildUnits } from "@/lib/dashboards/overview";
import { findRegion } from "@/lib/hierarchy/queries";

export default async function RegionHome({ params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region) notFound();
  const [overview, municipalities] = await Promise.all([
    getScopeOverview(principal, { regionId }),
    listChildUnits(principal, { regionId }),
  ]);
  return (
    <>
      <PageHeader title={region.name} subtitle="Внедрение целевой модели наставничества в регионе" />
      <OverviewCards overview={overview} showSchools />
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Муниципалитеты</h2>
      <UnitTable caption="Муниципалитеты региона" rows={municipalities} unitLabel="Муниципалитет" showSchools />
    </>
  );
}
