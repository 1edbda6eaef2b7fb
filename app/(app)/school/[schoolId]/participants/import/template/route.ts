import { getPrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";
import { buildImportTemplate, XLSX_MIME } from "@/lib/participants/import-template";

const notFound = () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The import template, for those who may see the school. */
export async function GET(_request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return notFound();
  const { schoolId } = await params;
  if (!(await findSchool(principal, schoolId))) return notFound();
  const bytes = await buildImportTemplate();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent("Шаблон импорта участников.xlsx")}`,
      "Cache-Control": "private, no-store",
    },
  });
}
