import { dashboardExportResponse } from "@/lib/dashboards/export-route";

/** The region's dashboard in Excel, for the year and form of the page. */
export async function GET(request: Request, { params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  return dashboardExportResponse(request, { level: "region", regionId });
}
