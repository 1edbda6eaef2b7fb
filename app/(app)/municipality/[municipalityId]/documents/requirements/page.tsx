import Link from "next/link";
import { notFound } from "next/navigation";
import { RequirementsWorkspace } from "@/components/documents/requirements-workspace";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { getEditableRequirement, listRequirements, mayCreateRequirementIn } from "@/lib/documents/requirements";
import { findMunicipality } from "@/lib/hierarchy/queries";
import { listAcademicYears } from "@/lib/programs/queries";

export const metadata = { title: "Требования к документам" };

export default async function MunicipalityRequirementsPage({ params, searchParams }: { params: Promise<{ municipalityId: string }>; searchParams: Promise<{ edit?: string; saved?: string }> }) {
  const [{ municipalityId }, { edit, saved }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const municipality = await findMunicipality(principal, municipalityId);
  if (!municipality || !can(principal, "update", "documentRequirement")) notFound();
  const unit = { municipalityId, regionId: municipality.regionId };
  const [rows, { years }, editing, mayCreate] = await Promise.all([
    listRequirements(principal, unit),
    listAcademicYears(),
    edit ? getEditableRequirement(principal, edit) : null,
    mayCreateRequirementIn(principal, unit),
  ]);
  if (edit && !editing) notFound();
  const listHref = `/municipality/${municipalityId}/documents/requirements`;
  return (
    <RequirementsWorkspace
      subtitle={municipality.name}
      ownerHint={`Требование муниципалитета «${municipality.name}» действует для всех его школ, например: создать раздел сайта к сроку. Требования платформы и региона показаны в списке ниже.`}
      rows={rows}
      years={years}
      editing={editing}
      mayCreate={mayCreate}
      listHref={listHref}
      saved={saved === "1"}
      backLink={
        <Link href={`/municipality/${municipalityId}/documents`} className="text-sm font-medium text-brand-700 hover:underline">
          ← К проверке документов
        </Link>
      }
    />
  );
}
