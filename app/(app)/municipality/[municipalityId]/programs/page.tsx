import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { SchoolsProgramsTable } from "@/components/programs/schools-programs-table";
import { YearSwitcher } from "@/components/ui/year-select";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { findMunicipality } from "@/lib/hierarchy/queries";
import { listAcademicYears, listProgramsOfSchools } from "@/lib/programs/queries";

export default async function MunicipalityProgramsPage({ params, searchParams }: { params: Promise<{ municipalityId: string }>; searchParams: Promise<{ year?: string }> }) {
  const [{ municipalityId }, { year: yearId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [municipality, { years, current }] = await Promise.all([findMunicipality(principal, municipalityId), listAcademicYears()]);
  if (!municipality || !can(principal, "list", "program")) notFound();
  const year = years.find((y) => y.id === yearId) ?? current;
  if (!year) notFound();
  const rows = await listProgramsOfSchools(principal, { municipalityId, academicYearId: year.id });
  return (
    <>
      <PageHeader
        title="Программы наставничества школ"
        subtitle={`${municipality.name} · ${year.title} учебный год`}
        actions={<YearSwitcher years={years} currentId={year.id} hrefFor={(id) => `/municipality/${municipalityId}/programs?year=${id}`} />}
      />
      <SchoolsProgramsTable rows={rows} hrefFor={(schoolId) => `/school/${schoolId}/program?year=${year.id}`} />
    </>
  );
}
