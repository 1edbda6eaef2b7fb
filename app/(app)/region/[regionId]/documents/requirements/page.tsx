import Link from "next/link";
import { notFound } from "next/navigation";
import { RequirementsWorkspace } from "@/components/documents/requirements-workspace";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { getEditableRequirement, listRequirements, mayCreateRequirementIn } from "@/lib/documents/requirements";
import { findRegion } from "@/lib/hierarchy/queries";
import { listAcademicYears } from "@/lib/programs/queries";

export const metadata = { title: "Требования к документам" };

export default async function RegionRequirementsPage({ params, searchParams }: { params: Promise<{ regionId: string }>; searchParams: Promise<{ edit?: string; saved?: string }> }) {
  const [{ regionId }, { edit, saved }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const region = await findRegion(principal, regionId);
  if (!region || !can(principal, "update", "documentRequirement")) notFound();
  const unit = { regionId };
  const [rows, { years }, editing, mayCreate] = await Promise.all([
    listRequirements(principal, unit),
    listAcademicYears(),
    edit ? getEditableRequirement(principal, edit) : null,
    mayCreateRequirementIn(principal, unit),
  ]);
  if (edit && !editing) notFound();
  const listHref = `/region/${regionId}/documents/requirements`;
  return (
    <RequirementsWorkspace
      subtitle={region.name}
      ownerHint={`Требование региона «${region.name}» действует для всех школ региона. Муниципалитеты добавляют свои требования сами; они видны в списке ниже.`}
      rows={rows}
      years={years}
      editing={editing}
      mayCreate={mayCreate}
      listHref={listHref}
      saved={saved === "1"}
      backLink={
        <Link href={`/region/${regionId}/documents`} className="text-sm font-medium text-brand-700 hover:underline">
          ← К проверке документов
        </Link>
      }
    />
  );
}
