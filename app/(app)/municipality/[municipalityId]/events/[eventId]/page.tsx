import { notFound } from "next/navigation";
import { EventPage } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findMunicipality } from "@/lib/hierarchy/queries";

export default async function MunicipalityEventPage({ params }: { params: Promise<{ municipalityId: string; eventId: string }> }) {
  const { municipalityId, eventId } = await params;
  const principal = await requirePrincipal();
  const municipality = await findMunicipality(principal, municipalityId);
  if (!municipality) notFound();
  return <EventPage principal={principal} eventId={eventId} unitName={municipality.name} basePath={`/municipality/${municipalityId}/events`} />;
}
