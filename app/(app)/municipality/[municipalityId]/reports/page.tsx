import { notFound } from "next/navigation";
import { ReportView } from "@/components/dashboards/report-view";
import { requirePrincipal } from "@/lib/auth/current";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { listReportYears } from "@/lib/dashboards/dashboard";
import { getMunicipalReport } from "@/lib/dashboards/reports";
import { NotFoundError } from "@/lib/errors";

export default async function MunicipalReportPage({ params, searchParams }: { params: Promise<{ municipalityId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ municipalityId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [report, years] = await Promise.all([
    getMunicipalReport(principal, municipalityId, dashboardFilterOf(search)).catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listReportYears(principal),
  ]);
  return <ReportView report={report} years={years} hrefFor={(id) => `/municipality/${municipalityId}/reports?year=${id}`} exportPath={`/municipality/${municipalityId}/reports/export`} />;
}
