import { notFound } from "next/navigation";
import { EventsIndex } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";

type Props = { params: Promise<{ schoolId: string }>; searchParams: Promise<{ year?: string; view?: string; month?: string }> };

export default async function SchoolEventsPage({ params, searchParams }: Props) {
  const [{ schoolId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  return <EventsIndex principal={principal} unit={{ schoolId }} unitName={school.shortName} basePath={`/school/${schoolId}/events`} search={search} />;
}
