import { routeForPrincipal } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { buildPairsOrderDocx } from "@/lib/pairs/order-docx";
import { ZOrderParams } from "@/lib/pairs/schemas";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** «Приказ о закреплении наставнических пар (групп)» as .docx: ?number=…&date=гггг-мм-дд. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return routeForPrincipal(
    () => text("Не найдено", 404),
    async (principal) => {
      const search = new URL(request.url).searchParams;
      const parsed = ZOrderParams.safeParse({ number: search.get("number") ?? "", date: search.get("date") ?? "" });
      if (!parsed.success) return text(parsed.error.issues.map((issue) => issue.message).join("\n"), 400);
      try {
        const bytes = await buildPairsOrderDocx(principal, schoolId, parsed.data);
        return new Response(new Uint8Array(bytes), {
          headers: {
            "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`Приказ о закреплении пар № ${parsed.data.number}.docx`)}`,
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
