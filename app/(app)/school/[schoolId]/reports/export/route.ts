import { reportExportResponse } from "@/lib/dashboards/export-route";
import { getSchoolReport } from "@/lib/dashboards/reports";

/** The school's annual report in Excel or Word (`?format=docx`), for the year of the page. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return reportExportResponse(request, (principal, filter) => getSchoolReport(principal, schoolId, filter));
}
