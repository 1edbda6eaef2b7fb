import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { OverviewCards } from "@/components/dashboards/overview-cards";
import { PairList } from "@/components/pairs/pair-list";
import { requirePrincipal } from "@/lib/auth/current";
import { getScopeOverview } from "@/lib/dashboards/overview";
import { findSchool } from "@/lib/hierarchy/queries";
import { listPairs } from "@/lib/pairs/queries";

export default async function SchoolHome({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  const [overview, pairs] = await Promise.all([
    getScopeOverview(principal, { schoolId }),
    listPairs(principal, { schoolId, activeOnly: true }),
  ]);
  return (
    <>
      <PageHeader title={school.name} subtitle={`${school.municipality.name} · ${school.region.name}`} />
      <OverviewCards overview={overview} showSchools={false} />
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Действующие пары и группы</h2>
      <PairList
        pairs={pairs}
        hrefFor={(id) => `/school/${schoolId}/pairs/${id}`}
        empty="Пар пока нет. Сформируйте первую пару: выберите наставника и наставляемого из баз школы."
      />
    </>
  );
}
