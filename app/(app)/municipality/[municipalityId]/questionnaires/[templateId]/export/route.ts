import { exportResponse } from "@/lib/questionnaires/export-route";

/** Raw answers (`?kind=raw`) or the summary (`?kind=summary`) in Excel, with the results page's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ municipalityId: string; templateId: string }> }) {
  const { municipalityId, templateId } = await params;
  return exportResponse(request, "MUNICIPALITY", municipalityId, templateId);
}
