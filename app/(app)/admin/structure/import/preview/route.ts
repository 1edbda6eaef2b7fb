import { previewHierarchyImport } from "@/lib/hierarchy/import";
import { answerImportPreview } from "@/lib/import/route";

/** The platform-wide hierarchy import preview (the admin's): reads and checks the file, writes nothing. */
export async function POST(request: Request) {
  return answerImportPreview(request, (principal, file) => previewHierarchyImport(principal, { regionId: null, ...file }), "Выберите файл со списком школ.");
}
