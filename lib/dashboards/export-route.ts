/** The route handlers' side of a dashboard's Excel export (kept apart: it reads the session). */
import "server-only";
import { getPrincipal } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import type { DashboardUnit } from "./dashboard";
import { exportDashboardXlsx, dashboardFilterOf } from "./export-xlsx";

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
