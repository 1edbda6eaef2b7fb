import { notFound } from "next/navigation";
import { EventPage } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findRegion } from "@/lib/hierarchy/queries";

export default async function RegionEventPage({ params }: { params: Promise<{ regionId: string; eventId: string }> }) {
  const { regionId, eventId } = await params;
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region) notFound();
  return <EventPage principal={principal} eventId={eventId} unitName={region.name} basePath={`/region/${regionId}/events`} />;
}
