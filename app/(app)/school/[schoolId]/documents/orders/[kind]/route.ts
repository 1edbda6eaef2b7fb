import { routeForPrincipal } from "@/lib/auth/route";
import { buildGeneratedOrder } from "@/lib/documents/orders";
import { ZGeneratedOrder } from "@/lib/documents/schemas";
import { NotFoundError } from "@/lib/errors";
import { contentDisposition } from "@/lib/files/response";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A generated order as .docx: /school/<id>/documents/orders/<curator|pairs|final-event>?academicYearId=…&number=…&date=гггг-мм-дд. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string; kind: string }> }) {
  const { schoolId, kind } = await params;
  return routeForPrincipal(
    () => text("Не найдено", 404),
    async (principal) => {
      const search = new URL(request.url).searchParams;
      const parsed = ZGeneratedOrder.safeParse({ kind, academicYearId: search.get("academicYearId") ?? "", number: search.get("number") ?? "", date: search.get("date") ?? "" });
      if (!parsed.success) return text(parsed.error.issues.map((issue) => issue.message).join("\n"), 400);
      try {
        const { bytes, fileName } = await buildGeneratedOrder(principal, schoolId, parsed.data);
        return new Response(new Uint8Array(bytes), {
          headers: {
            "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Content-Disposition": contentDisposition(fileName),
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
          },
        });
      } catch (error) {
        if (error instanceof NotFoundError) return text("Не найдено", 404);
        throw error;
      }
    },
  );
}
