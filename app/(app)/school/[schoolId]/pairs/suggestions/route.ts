import { routeForPrincipal } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { ZSuggestMentors } from "@/lib/pairs/schemas";
import { suggestMentors } from "@/lib/pairs/suggestions";
import { UNAVAILABLE_MESSAGE } from "@/lib/unavailable";

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** Read-only: the ranked mentors for a mentee and form (?formId=…&menteeId=…), through the policy. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return routeForPrincipal(
    () => json({ message: "Не найдено" }, 404),
    async (principal) => {
      const search = new URL(request.url).searchParams;
      const parsed = ZSuggestMentors.safeParse({ schoolId, formId: search.get("formId") ?? "", menteeId: search.get("menteeId") ?? "" });
      if (!parsed.success) return json({ message: parsed.error.issues[0]?.message ?? "Проверьте запрос" }, 400);
      try {
        return json({ suggestions: await suggestMentors(principal, parsed.data) });
      } catch (error) {
        if (error instanceof NotFoundError) return json({ message: "Не найдено" }, 404);
        throw error;
      }
    },
    () => json({ message: UNAVAILABLE_MESSAGE }, 503),
  );
}
