import { answerImportPreview } from "@/lib/import/route";
import { previewImport } from "@/lib/participants/import";

/** The participants import's preview: reads and checks the file, writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  return answerImportPreview(request, (principal, file) => previewImport(principal, { schoolId, ...file }), "Выберите файл со списком участников.");
}
