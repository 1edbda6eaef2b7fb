import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { VisitCard } from "@/components/visits/visit-card";
import { requirePrincipal } from "@/lib/auth/current";
import { formatDate } from "@/lib/format";
import { getVisit } from "@/lib/visits/queries";

export default async function SchoolVisitPage({ params, searchParams }: { params: Promise<{ schoolId: string; visitId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ schoolId, visitId }, { saved }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const visit = await getVisit(principal, visitId);
  if (!visit || visit.schoolId !== schoolId) notFound();
  return (
    <>
      <PageHeader title={`Посещение урока ${formatDate(visit.visitedOn)}`} subtitle={`${visit.subject}${visit.className ? `, ${visit.className}` : ""}`} />
      <VisitCard visit={visit} scope={{ kind: "school", schoolId }} saved={saved === "1"} />
    </>
  );
}
