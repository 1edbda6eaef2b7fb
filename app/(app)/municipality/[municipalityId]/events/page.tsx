import { notFound } from "next/navigation";
import { EventsIndex } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findMunicipality } from "@/lib/hierarchy/queries";

type Props = { params: Promise<{ municipalityId: string }>; searchParams: Promise<{ year?: string; view?: string; month?: string }> };

export default async function MunicipalityEventsPage({ params, searchParams }: Props) {
  const [{ municipalityId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const municipality = await findMunicipality(principal, municipalityId);
  if (!municipality) notFound();
  return <EventsIndex principal={principal} unit={{ municipalityId }} unitName={municipality.name} basePath={`/municipality/${municipalityId}/events`} search={search} />;
}
