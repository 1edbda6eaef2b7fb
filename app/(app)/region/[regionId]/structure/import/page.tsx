import { notFound } from "next/navigation";
import { HierarchyImportPage } from "@/components/hierarchy/import-page";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { findRegion } from "@/lib/hierarchy/queries";

export default async function RegionImportPage({ params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region || !can(principal, "create", "school", { regionId: region.id })) notFound();
  return <HierarchyImportPage base={`/region/${region.id}/structure`} regionId={region.id} subtitle={region.name} />;
}
