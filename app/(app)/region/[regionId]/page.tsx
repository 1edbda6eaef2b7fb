import { after } from "next/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { DashboardView } from "@/components/dashboards/dashboard-view";
import { QuestionnaireHighlights } from "@/components/dashboards/questionnaire-highlights";
import { questionnaireHighlights } from "@/lib/dashboards/questionnaires";
import { requirePrincipal } from "@/lib/auth/current";
import { getDashboard } from "@/lib/dashboards/dashboard";
import { refreshRollupIfStale } from "@/lib/dashboards/rollup";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { NotFoundError } from "@/lib/errors";

type Search = Record<string, string | string[] | undefined>;

export default async function RegionHome({ params, searchParams }: { params: Promise<{ regionId: string }>; searchParams: Promise<Search> }) {
  const [{ regionId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [dashboard, highlights] = await Promise.all([
    getDashboard(principal, { level: "region", regionId }, dashboardFilterOf(search)).catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    questionnaireHighlights(principal, { level: "REGION", regionId }),
  ]);
  // A stale or not yet populated rollup is refreshed after the response, never before it.
  after(() => refreshRollupIfStale(dashboard));
  return (
    <>
      <PageHeader title={dashboard.unit.name} subtitle="Внедрение целевой модели наставничества в регионе" />
      <DashboardView dashboard={dashboard} basePath={`/region/${regionId}`} sort={typeof search.sort === "string" ? search.sort : undefined} />
      <QuestionnaireHighlights highlights={highlights} resultsHref={(id) => `/region/${regionId}/questionnaires/${id}/results`} />
    </>
  );
}
