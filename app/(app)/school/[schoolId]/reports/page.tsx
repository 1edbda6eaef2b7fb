import { notFound } from "next/navigation";
import { ReportView } from "@/components/dashboards/report-view";
import { requirePrincipal } from "@/lib/auth/current";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { listReportYears } from "@/lib/dashboards/dashboard";
import { getSchoolReport } from "@/lib/dashboards/reports";
import { NotFoundError } from "@/lib/errors";

export default async function SchoolReportPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ schoolId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [report, years] = await Promise.all([
    getSchoolReport(principal, schoolId, dashboardFilterOf(search)).catch((error) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listReportYears(principal),
  ]);
  return <ReportView report={report} years={years} hrefFor={(id) => `/school/${schoolId}/reports?year=${id}`} exportPath={`/school/${schoolId}/reports/export`} />;
}
