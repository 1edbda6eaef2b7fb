import { notFound } from "next/navigation";
import { ReviewWorkspace } from "@/components/documents/review-workspace";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { listSchoolsDocumentState } from "@/lib/documents/overview";
import { listReviewQueue } from "@/lib/documents/queries";
import { findMunicipality } from "@/lib/hierarchy/queries";
import { listAcademicYears } from "@/lib/programs/queries";

export const metadata = { title: "Проверка документов" };

export default async function MunicipalityDocumentsPage({ params, searchParams }: { params: Promise<{ municipalityId: string }>; searchParams: Promise<{ year?: string; done?: string }> }) {
  const [{ municipalityId }, { year: yearId, done }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [municipality, { years, current }] = await Promise.all([findMunicipality(principal, municipalityId), listAcademicYears()]);
  const year = years.find((y) => y.id === yearId) ?? current;
  if (!municipality || !year || !can(principal, "review", "document")) notFound();
  const [queue, schools] = await Promise.all([listReviewQueue(principal, { municipalityId }), listSchoolsDocumentState(principal, { municipalityId }, year.id)]);
  return (
    <ReviewWorkspace
      unitName={municipality.name}
      basePath={`/municipality/${municipalityId}/documents`}
      years={years}
      year={year}
      queue={queue}
      schools={schools}
      showMunicipality={false}
      done={done}
      now={new Date()}
    />
  );
}
