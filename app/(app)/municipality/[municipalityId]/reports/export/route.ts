import { reportExportResponse } from "@/lib/dashboards/export-route";
import { getMunicipalReport } from "@/lib/dashboards/reports";

/** The municipality's report in Excel or Word (`?format=docx`), for the year of the page. */
export async function GET(request: Request, { params }: { params: Promise<{ municipalityId: string }> }) {
  const { municipalityId } = await params;
  return reportExportResponse(request, (principal, filter) => getMunicipalReport(principal, municipalityId, filter));
}
