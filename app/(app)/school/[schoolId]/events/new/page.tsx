import { notFound } from "next/navigation";
import { NewEventPage } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";

export default async function NewSchoolEventPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  return <NewEventPage principal={principal} unit={{ schoolId }} unitName={school.shortName} basePath={`/school/${schoolId}/events`} />;
}
