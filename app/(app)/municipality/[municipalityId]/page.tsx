import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { OverviewCards } from "@/components/dashboards/overview-cards";
import { UnitTable } from "@/components/dashboards/unit-table";
import { requirePrincipal } from "@/lib/auth/current";
import { getScopeOverview, listChildUnits } from "@/lib/dashboards/overview";
import { findMunicipality } from "@/lib/hierarchy/queries";

export default async function MunicipalityHome({ params }: { params: Promise<{ municipalityId: string }> }) {
  const { municipalityId } = await params;
  const principal = await requirePrincipal();
  const municipality = await findMunicipality(principal, municipalityId);
  if (!municipality) notFound();
  const [overview, schools] = await Promise.all([
    getScopeOverview(principal, { municipalityId }),
    listChildUnits(principal, { municipalityId }),
  ]);
  return (
    <>
      <PageHeader title={municipality.name} subtitle={municipality.region.name} />
      <OverviewCards overview={overview} showSchools />
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Школы</h2>
      <UnitTable caption="Школы муниципалитета" rows={schools} unitLabel="Школа" showSchools={false} />
    </>
  );
}
