import { dashboardExportResponse } from "@/lib/dashboards/export-route";

/** The municipality's dashboard in Excel, for the year and form of the page. */
export async function GET(request: Request, { params }: { params: Promise<{ municipalityId: string }> }) {
  const { municipalityId } = await params;
  return dashboardExportResponse(request, { level: "municipality", municipalityId });
}
