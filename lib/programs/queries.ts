import "server-only";
import { db } from "@/lib/db";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";
import { programProgress } from "./stages";
import { STAGE_KINDS } from "./schemas";

const stageOrder = (stage: { stage: string }) => STAGE_KINDS.indexOf(stage.stage as (typeof STAGE_KINDS)[number]);

/** The academic years, newest first, and the current one (or the newest). */
export async function listAcademicYears() {
  const years = await db.academicYear.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, title: true, isCurrent: true, startsOn: true, endsOn: true } });
  return { years, current: years.find((year) => year.isCurrent) ?? years[0] ?? null };
}

/** The school's program of the year with its forms, stages (in the model's order) and progress; null if none. */
export async function getSchoolProgram(principal: Principal, schoolId: string, academicYearId: string, now = new Date()) {
  assertCan(principal, "read", "program");
  const program = await db.mentoringProgram.findFirst({
    where: { AND: [{ schoolId, academicYearId }, scopeWhere(principal, "program")] },
    orderBy: { createdAt: "asc" },
    include: { forms: { include: { form: { select: { id: true, name: true } } } }, stages: true, academicYear: { select: { title: true } } },
  });
  if (!program) return null;
  const stages = [...program.stages].sort((a, b) => stageOrder(a) - stageOrder(b));
  const curator = program.curatorUserId
    ? await db.user.findFirst({ where: { AND: [{ id: program.curatorUserId }, scopeWhere(principal, "user")] }, select: { id: true, fullName: true } })
    : null;
  return { ...program, stages, curator, progress: programProgress(stages, now) };
}
export type SchoolProgram = NonNullable<Awaited<ReturnType<typeof getSchoolProgram>>>;

/** What the program form offers: the catalog's active forms and the school's curators. */
export async function getProgramFormOptions(principal: Principal, schoolId: string) {
  const [forms, curators] = await Promise.all([
    db.mentoringForm.findMany({ where: { isActive: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.user.findMany({
      where: { AND: [scopeWhere(principal, "user"), { isActive: true, roleAssignments: { some: { role: "SCHOOL_CURATOR", schoolId } } }] },
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true },
    }),
  ]);
  return { forms, curators };
}

/** The municipality's (or region's) schools with their program of the year and where it stands. */
export async function listProgramsOfSchools(principal: Principal, filter: { municipalityId: string; academicYearId: string }, now = new Date()) {
  assertCan(principal, "list", "program");
  const schools = await db.school.findMany({
    where: { AND: [scopeWhere(principal, "school"), { municipalityId: filter.municipalityId }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      shortName: true,
      programs: {
        where: { AND: [scopeWhere(principal, "program"), { academicYearId: filter.academicYearId }] },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { id: true, title: true, status: true, stages: true },
      },
    },
  });
  return schools.map(({ programs, ...school }) => {
    const program = programs[0] ?? null;
    return { ...school, program: program ? { id: program.id, title: program.title, status: program.status, progress: programProgress(program.stages, now) } : null };
  });
}
