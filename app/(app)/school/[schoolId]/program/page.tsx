import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ProgramForm } from "@/components/programs/program-form";
import { StageTimeline } from "@/components/programs/stage-timeline";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { YearSwitcher } from "@/components/ui/year-select";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";
import { programFormValues } from "@/lib/programs/form-values";
import { getProgramFormOptions, getSchoolProgram, listAcademicYears } from "@/lib/programs/queries";
import { PROGRAM_STATUS_LABELS } from "@/lib/programs/schemas";

export default async function SchoolProgramPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ year?: string }> }) {
  const [{ schoolId }, { year: yearId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const [school, { years, current }] = await Promise.all([findSchool(principal, schoolId), listAcademicYears()]);
  if (!school || !can(principal, "read", "program")) notFound();
  const year = years.find((y) => y.id === yearId) ?? current;
  if (!year) notFound();
  const [program, options] = await Promise.all([getSchoolProgram(principal, schoolId, year.id), getProgramFormOptions(principal, schoolId)]);
  const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
  const editable = can(principal, program ? "update" : "create", "program", scope);

  return (
    <>
      <PageHeader title="Программа наставничества" subtitle={`${school.shortName} · ${year.title} учебный год`} actions={<YearSwitcher years={years} currentId={year.id} hrefFor={(id) => `/school/${schoolId}/program?year=${id}`} />} />
      {program ? (
        <Card className="mb-6">
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <CardTitle>{program.title}</CardTitle>
            <Badge tone={program.status === "ACTIVE" ? "success" : "neutral"}>{PROGRAM_STATUS_LABELS[program.status]}</Badge>
          </div>
          <p className="mb-4 text-sm text-slate-600">
            Формы: {program.forms.map((f) => f.form.name).join(", ") || "не выбраны"} · Куратор: {program.curator?.fullName ?? "не назначен"}
          </p>
          <StageTimeline stages={program.stages} progress={program.progress} />
        </Card>
      ) : (
        <p className="mb-6 text-sm text-slate-700">На {year.title} учебный год программы пока нет.{editable ? " Заполните форму ниже: этапы целевой модели уже в ней." : ""}</p>
      )}
      {editable ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold text-slate-900">{program ? "Изменить программу" : "Новая программа"}</h2>
          <ProgramForm
            key={year.id}
            initial={programFormValues(schoolId, year, program, { schoolName: school.name, curatorUserId: options.curators.some((c) => c.id === principal.userId) ? principal.userId : "" })}
            forms={options.forms}
            curators={options.curators.map((c) => ({ id: c.id, name: c.fullName }))}
          />
        </Card>
      ) : null}
    </>
  );
}
