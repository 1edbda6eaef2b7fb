/** The route handlers' side of a dashboard's Excel export (kept apart: it reads the session). */
import "server-only";
import { getPrincipal } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import type { DashboardUnit } from "./dashboard";
import { exportDashboardXlsx, dashboardFilterOf } from "./export-xlsx";
import { reportDocx, reportXlsx } from "./report-export";
import type { Report } from "./reports";

const notFound = () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The response of a dashboard's export route: the signed-in user's scope decides, as on the page. */
export async function dashboardExportResponse(request: Request, unit: DashboardUnit): Promise<Response> {
  const principal = await getPrincipal();
  if (!principal) return notFound();
  try {
    const { bytes, fileName } = await exportDashboardXlsx(principal, unit, dashboardFilterOf(new URL(request.url).searchParams));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

/** `?format=xlsx|docx` of a report, for the year of the page; not found outside the user's scope. */
export async function reportExportResponse(request: Request, build: (principal: NonNullable<Awaited<ReturnType<typeof getPrincipal>>>, filter: ReturnType<typeof dashboardFilterOf>) => Promise<Report>): Promise<Response> {
  const principal = await getPrincipal();
  if (!principal) return notFound();
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "docx" ? "docx" : "xlsx";
  try {
    const report = await build(principal, dashboardFilterOf(params));
    const bytes = format === "docx" ? await reportDocx(report) : await reportXlsx(report);
    const type = format === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`${report.title} — ${report.year.title}.${format}`.replace(/[«»:]/g, ""))}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
