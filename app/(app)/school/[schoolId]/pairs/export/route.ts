import { routeForPrincipal } from "@/lib/auth/route";
import { findSchool } from "@/lib/hierarchy/queries";
import { exportPairsXlsx } from "@/lib/pairs/export-xlsx";
import { parsePairFilter } from "@/lib/pairs/schemas";

const notFound = () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The school's pair list in Excel, with the page's filters; the same scoped query as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return routeForPrincipal(notFound, async (principal) => {
    const school = await findSchool(principal, schoolId);
    if (!school) return notFound();
    const filter = parsePairFilter(Object.fromEntries(new URL(request.url).searchParams));
    const bytes = await exportPairsXlsx(principal, { ...filter, schoolId: school.id });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`Пары и группы — ${school.shortName}.xlsx`)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
