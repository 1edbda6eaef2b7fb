import { notFound } from "next/navigation";
import { RequirementsWorkspace } from "@/components/documents/requirements-workspace";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { getEditableRequirement, listRequirements, mayCreateRequirementIn } from "@/lib/documents/requirements";
import { listAcademicYears } from "@/lib/programs/queries";

export const metadata = { title: "Требования к документам" };

export default async function AdminRequirementsPage({ searchParams }: { searchParams: Promise<{ edit?: string; saved?: string }> }) {
  const { edit, saved } = await searchParams;
  const principal = await requirePrincipal();
  if (!can(principal, "list", "documentRequirement")) notFound();
  const unit = { platform: true } as const;
  const [rows, { years }, editing, mayCreate] = await Promise.all([
    listRequirements(principal, unit),
    listAcademicYears(),
    edit ? getEditableRequirement(principal, edit) : null,
    mayCreateRequirementIn(principal, unit),
  ]);
  if (edit && !editing) notFound();
  return (
    <RequirementsWorkspace
      subtitle="Платформа: требования ко всем школам, внедряющим целевую модель"
      ownerHint="Требование платформы действует для всех школ. Регионы и муниципалитеты добавляют свои требования сами."
      rows={rows}
      years={years}
      editing={editing}
      mayCreate={mayCreate}
      listHref="/admin/requirements"
      saved={saved === "1"}
    />
  );
}
