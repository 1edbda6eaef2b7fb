import { getPrincipal } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import { ZSuggestMentors } from "@/lib/pairs/schemas";
import { suggestMentors } from "@/lib/pairs/suggestions";

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/** Read-only: the ranked mentors for a mentee and form (?formId=…&menteeId=…), through the policy. */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return json({ message: "Не найдено" }, 404);
  const { schoolId } = await params;
  const search = new URL(request.url).searchParams;
  const parsed = ZSuggestMentors.safeParse({ schoolId, formId: search.get("formId") ?? "", menteeId: search.get("menteeId") ?? "" });
  if (!parsed.success) return json({ message: parsed.error.issues[0]?.message ?? "Проверьте запрос" }, 400);
  try {
    return json({ suggestions: await suggestMentors(principal, parsed.data) });
  } catch (error) {
    if (error instanceof NotFoundError) return json({ message: "Не найдено" }, 404);
    throw error;
  }
}
