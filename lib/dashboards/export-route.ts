/** The route handlers' side of a dashboard's Excel export (kept apart: it reads the session). */
import "server-only";
import type { Principal } from "@/lib/access";
import { routeForPrincipal } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import type { DashboardUnit } from "./dashboard";
import { exportDashboardXlsx, dashboardFilterOf } from "./export-xlsx";
import { reportDocx, reportXlsx } from "./report-export";
import type { Report } from "./reports";

const notFound = () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A unit outside the user's scope is not found, as on the page. */
async function notFoundOutside(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

/** The response of a dashboard's export route: the signed-in user's scope decides, as on the page. */
export function dashboardExportResponse(request: Request, unit: DashboardUnit): Promise<Response> {
  return routeForPrincipal(notFound, (principal) =>
    notFoundOutside(async () => {
      const { bytes, fileName } = await exportDashboardXlsx(principal, unit, dashboardFilterOf(new URL(request.url).searchParams));
      return new Response(new Uint8Array(bytes), {
        headers: {
          "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    }),
  );
}

/** `?format=xlsx|docx` of a report, for the year of the page; not found outside the user's scope. */
export function reportExportResponse(request: Request, build: (principal: Principal, filter: ReturnType<typeof dashboardFilterOf>) => Promise<Report>): Promise<Response> {
  return routeForPrincipal(notFound, (principal) =>
    notFoundOutside(async () => {
      const params = new URL(request.url).searchParams;
      const format = params.get("format") === "docx" ? "docx" : "xlsx";
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
    }),
  );
}
