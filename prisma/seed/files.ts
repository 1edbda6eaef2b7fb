// Demo files: a tiny valid one-page PDF per stored file, written through lib/storage.
import type { Prisma } from "../../lib/generated/prisma/client";
import { putObject } from "../../lib/storage";

export type FileSpec = {
  id: string;
  /** storage key: lower-case latin, e.g. seed/seed-doc-orsk-51-regulation-v1.pdf */
  key: string;
  originalName: string;
  scope: { regionId: string | null; municipalityId: string | null; schoolId: string | null };
  uploadedById: string | null;
  createdAt: Date;
};

function escapePdfText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A minimal PDF 1.4 with one page and one line of (ASCII) text; xref offsets are computed. */
export function tinyPdf(lines: readonly string[]): Uint8Array {
  const content = ["BT", "/F1 12 Tf", "72 770 Td", "16 TL", ...lines.map((line) => `(${escapePdfText(line)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}

/** Writes every file (the same bytes on every run) and returns the StoredFile rows. */
export async function storeFiles(files: readonly FileSpec[], concurrency = 8): Promise<Prisma.StoredFileCreateManyInput[]> {
  const rows: Prisma.StoredFileCreateManyInput[] = new Array(files.length);
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      const bytes = tinyPdf(["Nastavnik: demo document", `File: ${file.key}`, `Date: ${file.createdAt.toISOString().slice(0, 10)}`]);
      const stored = await putObject(file.key, bytes);
      rows[index] = {
        id: file.id,
        storageKey: stored.key,
        originalName: file.originalName,
        mimeType: "application/pdf",
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        regionId: file.scope.regionId,
        municipalityId: file.scope.municipalityId,
        schoolId: file.scope.schoolId,
        uploadedById: file.uploadedById,
        createdAt: file.createdAt,
      };
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return rows;
}
