import { routeForPrincipal } from "@/lib/auth/route";
import { buildHierarchyTemplate } from "@/lib/hierarchy/import";
import { templateResponse } from "@/lib/import/route";

/** The template of the hierarchy import (nothing in it is anybody's data). */
export async function GET() {
  return routeForPrincipal(
    () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } }),
    async () => templateResponse(await buildHierarchyTemplate(), "Шаблон импорта школ.xlsx"),
  );
}
