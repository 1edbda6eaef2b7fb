import { routeForPrincipal } from "@/lib/auth/route";
import { findSchool } from "@/lib/hierarchy/queries";
import { templateResponse } from "@/lib/import/route";
import { buildImportTemplate } from "@/lib/participants/import-template";

const notFound = () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The import template, for those who may see the school. */
export async function GET(_request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return routeForPrincipal(notFound, async (principal) => {
    if (!(await findSchool(principal, schoolId))) return notFound();
    return templateResponse(await buildImportTemplate(), "Шаблон импорта участников.xlsx");
  });
}
