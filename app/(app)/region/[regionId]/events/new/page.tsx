import { notFound } from "next/navigation";
import { NewEventPage } from "@/components/events/event-views";
import { requirePrincipal } from "@/lib/auth/current";
import { findRegion } from "@/lib/hierarchy/queries";

export default async function NewRegionEventPage({ params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region) notFound();
  return <NewEventPage principal={principal} unit={{ regionId }} unitName={region.name} basePath={`/region/${regionId}/events`} />;
}
