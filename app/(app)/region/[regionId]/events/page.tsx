import { notFound } from "next/navigation";
import { EventsIndex } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findRegion } from "@/lib/hierarchy/queries";

type Props = { params: Promise<{ regionId: string }>; searchParams: Promise<{ year?: string; view?: string; month?: string }> };

export default async function RegionEventsPage({ params, searchParams }: Props) {
  const [{ regionId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region) notFound();
  return <EventsIndex principal={principal} unit={{ regionId }} unitName={region.name} basePath={`/region/${regionId}/events`} search={search} />;
}
