import { dashboardExportResponse } from "@/lib/dashboards/export-route";

/** The school's dashboard in Excel, for the year and form of the page. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return dashboardExportResponse(request, { level: "school", schoolId });
}
