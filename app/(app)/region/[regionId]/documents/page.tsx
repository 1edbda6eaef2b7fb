import { notFound } from "next/navigation";
import { ReviewWorkspace } from "@/components/documents/review-workspace";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { listSchoolsDocumentState } from "@/lib/documents/overview";
import { listReviewQueue } from "@/lib/documents/queries";
import { findRegion } from "@/lib/hierarchy/queries";
import { listAcademicYears } from "@/lib/programs/queries";

export const metadata = { title: "Проверка документов" };

export default async function RegionDocumentsPage({ params, searchParams }: { params: Promise<{ regionId: string }>; searchParams: Promise<{ year?: string; done?: string }> }) {
  const [{ regionId }, { year: yearId, done }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [region, { years, current }] = await Promise.all([findRegion(principal, regionId), listAcademicYears()]);
  const year = years.find((y) => y.id === yearId) ?? current;
  if (!region || !year || !can(principal, "review", "document")) notFound();
  const [queue, schools] = await Promise.all([listReviewQueue(principal, { regionId }), listSchoolsDocumentState(principal, { regionId }, year.id)]);
  return (
    <ReviewWorkspace
      unitName={region.name}
      basePath={`/region/${regionId}/documents`}
      years={years}
      year={year}
      queue={queue}
      schools={schools}
      showMunicipality
      done={done}
      now={new Date()}
    />
  );
}
