import { headers } from "next/headers";
import { routeForPrincipal } from "@/lib/auth/route";
import { clientIpFrom } from "@/lib/auth/request";
import { exportParticipants } from "@/lib/participants/export";
import { XLSX_MIME } from "@/lib/participants/import-template";

const notFound = () => new Response("Не найдено", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Both bases of a school as an Excel file, through the policy (and audited: it holds minors' data).
 * A link from another site (the browser says `Sec-Fetch-Site: cross-site`) does not export: it
 * opens the bases' page, where the export is one click, so no other site can make a signed-in
 * curator's browser export minors' data and write the audit event without the curator asking.
 */
export async function GET(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    return new Response(null, { status: 303, headers: { Location: `/school/${encodeURIComponent(schoolId)}/participants`, "Cache-Control": "no-store" } });
  }
  const ip = clientIpFrom(await headers());
  return routeForPrincipal(notFound, async (principal) => {
    const file = await exportParticipants(principal, schoolId, { ip });
    if (!file) return notFound();
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": XLSX_MIME,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
