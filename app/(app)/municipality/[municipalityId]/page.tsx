import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { DashboardView } from "@/components/dashboards/dashboard-view";
import { QuestionnaireHighlights } from "@/components/dashboards/questionnaire-highlights";
import { questionnaireHighlights } from "@/lib/dashboards/questionnaires";
import { requirePrincipal } from "@/lib/auth/current";
import { getDashboard } from "@/lib/dashboards/dashboard";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { NotFoundError } from "@/lib/errors";
import { findMunicipality } from "@/lib/hierarchy/queries";

type Search = Record<string, string | string[] | undefined>;

export default async function MunicipalityHome({ params, searchParams }: { params: Promise<{ municipalityId: string }>; searchParams: Promise<Search> }) {
  const [{ municipalityId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [municipality, dashboard] = await Promise.all([
    findMunicipality(principal, municipalityId),
    getDashboard(principal, { level: "municipality", municipalityId }, dashboardFilterOf(search)).catch((error) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    }),
  ]);
  if (!municipality || !dashboard) notFound();
  const highlights = await questionnaireHighlights(principal, { level: "MUNICIPALITY", regionId: municipality.region.id, municipalityId });
  return (
    <>
      <PageHeader title={municipality.name} subtitle={`${municipality.region.name} · внедрение целевой модели наставничества`} />
      <DashboardView dashboard={dashboard} basePath={`/municipality/${municipalityId}`} sort={typeof search.sort === "string" ? search.sort : undefined} />
      <QuestionnaireHighlights highlights={highlights} resultsHref={(id) => `/municipality/${municipalityId}/questionnaires/${id}/results`} />
    </>
  );
}
