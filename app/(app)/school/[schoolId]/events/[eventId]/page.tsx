import { notFound } from "next/navigation";
import { EventPage } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";

export default async function SchoolEventPage({ params }: { params: Promise<{ schoolId: string; eventId: string }> }) {
  const { schoolId, eventId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  return <EventPage principal={principal} eventId={eventId} unitName={school.shortName} basePath={`/school/${schoolId}/events`} />;
}
