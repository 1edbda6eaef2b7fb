import { previewHierarchyImport } from "@/lib/hierarchy/import";
import { answerImportPreview } from "@/lib/import/route";

/** The region's hierarchy import preview: reads and checks the file, writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  return answerImportPreview(request, (principal, file) => previewHierarchyImport(principal, { regionId, ...file }), "Выберите файл со списком школ.");
}
