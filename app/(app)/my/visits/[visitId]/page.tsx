import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { MY_SCOPE } from "@/components/plans/routes";
import { VisitCard } from "@/components/visits/visit-card";
import { requirePrincipal } from "@/lib/auth/current";
import { formatDate } from "@/lib/format";
import { getVisit } from "@/lib/visits/queries";

export default async function MyVisitPage({ params, searchParams }: { params: Promise<{ visitId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ visitId }, { saved }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const visit = await getVisit(principal, visitId);
  if (!visit) notFound();
  return (
    <>
      <PageHeader title={`Посещение урока ${formatDate(visit.visitedOn)}`} subtitle={`${visit.subject}${visit.className ? `, ${visit.className}` : ""}`} />
      <VisitCard visit={visit} scope={MY_SCOPE} saved={saved === "1"} />
    </>
  );
}
