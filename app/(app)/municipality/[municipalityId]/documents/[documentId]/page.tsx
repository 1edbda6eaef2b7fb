import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { DocumentReview } from "@/components/documents/document-review";
import { requirePrincipal } from "@/lib/auth/current";
import { getDocument } from "@/lib/documents/queries";

export const metadata = { title: "Проверка документа" };

export default async function MunicipalityDocumentPage({ params }: { params: Promise<{ municipalityId: string; documentId: string }> }) {
  const { municipalityId, documentId } = await params;
  const principal = await requirePrincipal();
  const document = await getDocument(principal, documentId);
  if (!document || document.municipalityId !== municipalityId) notFound();
  const queueHref = `/municipality/${municipalityId}/documents`;
  return (
    <>
      <Link href={queueHref} className="text-sm font-medium text-brand-700 hover:underline">
        ← К очереди проверки
      </Link>
      <PageHeader title={document.requirement.title} subtitle={`${document.school.name}${document.academicYear ? ` · ${document.academicYear.title} учебный год` : " · бессрочный документ"}`} />
      <DocumentReview document={document} queueHref={queueHref} />
    </>
  );
}
