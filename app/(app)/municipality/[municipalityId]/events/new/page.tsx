import { notFound } from "next/navigation";
import { NewEventPage } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findMunicipality } from "@/lib/hierarchy/queries";

export default async function NewMunicipalityEventPage({ params }: { params: Promise<{ municipalityId: string }> }) {
  const { municipalityId } = await params;
  const principal = await requirePrincipal();
  const municipality = await findMunicipality(principal, municipalityId);
  if (!municipality) notFound();
  return <NewEventPage principal={principal} unit={{ municipalityId }} unitName={municipality.name} basePath={`/municipality/${municipalityId}/events`} />;
}
