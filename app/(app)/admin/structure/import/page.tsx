import { notFound } from "next/navigation";
import { HierarchyImportPage } from "@/components/hierarchy/import-page";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";

export default async function PlatformImportPage() {
  const principal = await requirePrincipal();
  if (!can(principal, "create", "region", { regionId: null })) notFound();
  return <HierarchyImportPage base="/admin/structure" regionId={null} subtitle="Регионы, муниципалитеты и школы всей платформы" />;
}
