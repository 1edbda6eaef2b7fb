import { dashboardExportResponse } from "@/lib/dashboards/export-route";

/** The country's dashboard in Excel (the platform admin only: lib/dashboards decides). */
export async function GET(request: Request) {
  return dashboardExportResponse(request, { level: "national" });
}
