import { getPrincipal } from "@/lib/auth/current";
import { openFileForDownload } from "@/lib/files/queries";

const notFound = () => new Response("Файл не найден", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Downloads go through the policy like every other read. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return notFound();
  const { fileId } = await params;
  const file = await openFileForDownload(principal, fileId);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
