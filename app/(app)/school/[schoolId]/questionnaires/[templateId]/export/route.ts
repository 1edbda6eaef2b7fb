import { exportResponse } from "@/lib/questionnaires/export-route";

/** Raw answers (`?kind=raw`) or the summary (`?kind=summary`) in Excel, with the results page's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; templateId: string }> }) {
  const { schoolId, templateId } = await params;
  return exportResponse(request, "SCHOOL", schoolId, templateId);
}
