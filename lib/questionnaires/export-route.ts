/**
 * The export route of every level's results page: raw answers or the summary in Excel, with the
 * page's filters, through the same scoped loading as the page.
 */
import "server-only";
import { routeForPrincipal } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { fileDownloadResponse } from "@/lib/files/response";
import { exportRawAnswers, exportSummary } from "./export";
import { parseResultsFilter } from "./schemas";
import { resolveUnit } from "./units";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
const notFound = () => text("Не найдено", 404);

export function exportResponse(request: Request, level: "PLATFORM" | "REGION" | "MUNICIPALITY" | "SCHOOL", unitId: string | undefined, templateId: string): Promise<Response> {
  return routeForPrincipal(notFound, async (principal) => {
    const page = await resolveUnit(principal, level, unitId);
    if (!page) return notFound();
    const search = new URL(request.url).searchParams;
    const filter = parseResultsFilter(Object.fromEntries(search));
    try {
      const file = search.get("kind") === "summary" ? await exportSummary(principal, templateId, page.unit, filter, page.name) : await exportRawAnswers(principal, templateId, page.unit, filter);
      return file ? fileDownloadResponse(file) : notFound();
    } catch (error) {
      if (error instanceof AppError && error.code === "FORBIDDEN") return text(error.message, 403);
      throw error;
    }
  });
}
