/**
 * The export route of every level's results page: raw answers or the summary in Excel, with the
 * page's filters, through the same scoped loading as the page.
 */
import "server-only";
import { getPrincipal } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { fileDownloadResponse } from "@/lib/files/response";
import { exportRawAnswers, exportSummary } from "./export";
import { parseResultsFilter } from "./schemas";
import { resolveUnit } from "./units";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export async function exportResponse(request: Request, level: "PLATFORM" | "REGION" | "MUNICIPALITY" | "SCHOOL", unitId: string | undefined, templateId: string): Promise<Response> {
  const principal = await getPrincipal();
  const page = principal ? await resolveUnit(principal, level, unitId) : null;
  if (!principal || !page) return text("Не найдено", 404);
  const search = new URL(request.url).searchParams;
  const filter = parseResultsFilter(Object.fromEntries(search));
  try {
    const file = search.get("kind") === "summary" ? await exportSummary(principal, templateId, page.unit, filter, page.name) : await exportRawAnswers(principal, templateId, page.unit, filter);
    return file ? fileDownloadResponse(file) : text("Не найдено", 404);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return text(error.message, 403);
    throw error;
  }
}
