import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { DashboardView } from "@/components/dashboards/dashboard-view";
import { QuestionnaireHighlights } from "@/components/dashboards/questionnaire-highlights";
import { questionnaireHighlights } from "@/lib/dashboards/questionnaires";
import { PairList } from "@/components/pairs/pair-list";
import { requirePrincipal } from "@/lib/auth/current";
import { getDashboard } from "@/lib/dashboards/dashboard";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { NotFoundError } from "@/lib/errors";
import { findSchool } from "@/lib/hierarchy/queries";
import { listPairs } from "@/lib/pairs/queries";

type Search = Record<string, string | string[] | undefined>;

export default async function SchoolHome({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<Search> }) {
  const [{ schoolId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  const [dashboard, pairs, highlights] = await Promise.all([
    getDashboard(principal, { level: "school", schoolId }, dashboardFilterOf(search)).catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listPairs(principal, { schoolId, activeOnly: true }),
    questionnaireHighlights(principal, { level: "SCHOOL", regionId: school.regionId, municipalityId: school.municipalityId, schoolId }),
  ]);
  return (
    <>
      <PageHeader title={school.name} subtitle={`${school.municipality.name} · ${school.region.name}`} />
      <DashboardView dashboard={dashboard} basePath={`/school/${schoolId}`} />
      <QuestionnaireHighlights highlights={highlights} resultsHref={(id) => `/school/${schoolId}/questionnaires/${id}/results`} />
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Действующие пары и группы</h2>
      <PairList
        pairs={pairs}
        hrefFor={(id) => `/school/${schoolId}/pairs/${id}`}
        empty="Пар пока нет. Сформируйте первую пару: выберите наставника и наставляемого из баз школы."
      />
    </>
  );
}
