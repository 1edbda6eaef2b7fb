import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { SchoolForm } from "@/components/hierarchy/school-form";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { getRegionStructure, getSchoolForEdit } from "@/lib/hierarchy/queries";

export default async function EditSchoolPage({ params }: { params: Promise<{ regionId: string; schoolId: string }> }) {
  const { regionId, schoolId } = await params;
  const principal = await requirePrincipal();
  const [school, structure] = await Promise.all([getSchoolForEdit(principal, schoolId), getRegionStructure(principal, regionId)]);
  if (!school || !structure || school.regionId !== regionId || !can(principal, "update", "school", { ...school, schoolId: school.id })) notFound();
  const base = `/region/${regionId}/structure`;
  return (
    <>
      <PageHeader
        title={school.shortName}
        subtitle={`${school.municipality.name} · ${school.region.name}`}
        actions={<Link href={base} className="text-sm text-brand-700 hover:underline">← К структуре региона</Link>}
      />
      <Card>
        <SchoolForm
          afterSave={base}
          municipalities={structure.municipalities}
          initial={{
            schoolId: school.id,
            municipalityId: school.municipalityId,
            code: school.code,
            slug: school.slug,
            name: school.name,
            shortName: school.shortName,
            type: school.type,
            inn: school.inn ?? "",
            website: school.website ?? "",
            inRollout: school.inRollout,
            maxMenteesPerMentor: school.maxMenteesPerMentor === null ? "" : String(school.maxMenteesPerMentor),
          }}
        />
      </Card>
    </>
  );
}
