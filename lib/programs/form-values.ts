/** The program form's values: from a saved program, or a new one planned over the academic year. */
import type { ProgramStageKind, ProgramStatus } from "@/lib/generated/prisma/enums";
import { fromDate, STAGE_KINDS, type TSaveProgram } from "./schemas";

type SavedProgram = {
  id: string;
  version: number;
  academicYearId: string;
  title: string;
  goals: string | null;
  startsOn: Date;
  endsOn: Date;
  status: ProgramStatus;
  curatorUserId: string | null;
  forms: Array<{ formId: string }>;
  stages: Array<{ stage: ProgramStageKind; plannedStart: Date | null; plannedEnd: Date | null; actualStart: Date | null; actualEnd: Date | null; note: string | null }>;
};

export function programFormValues(
  schoolId: string,
  year: { id: string; title: string; startsOn: Date },
  program: SavedProgram | null,
  defaults: { schoolName: string; curatorUserId: string },
): TSaveProgram {
  if (!program) {
    const start = year.startsOn.getUTCFullYear();
    return {
      schoolId,
      academicYearId: year.id,
      programId: "",
      version: 0,
      title: `Программа наставничества ${defaults.schoolName} на ${year.title} учебный год`,
      goals: "",
      startsOn: `${start}-09-01`,
      endsOn: `${start + 1}-05-31`,
      status: "DRAFT",
      curatorUserId: defaults.curatorUserId,
      formIds: [],
      stages: STAGE_KINDS.map((stage) => ({ stage, plannedStart: "", plannedEnd: "", actualStart: "", actualEnd: "", note: "" })),
    };
  }
  const byKind = new Map(program.stages.map((stage) => [stage.stage, stage]));
  return {
    schoolId,
    academicYearId: program.academicYearId,
    programId: program.id,
    version: program.version,
    title: program.title,
    goals: program.goals ?? "",
    startsOn: fromDate(program.startsOn),
    endsOn: fromDate(program.endsOn),
    status: program.status,
    curatorUserId: program.curatorUserId ?? "",
    formIds: program.forms.map((form) => form.formId),
    stages: STAGE_KINDS.map((stage) => {
      const saved = byKind.get(stage);
      return {
        stage,
        plannedStart: fromDate(saved?.plannedStart),
        plannedEnd: fromDate(saved?.plannedEnd),
        actualStart: fromDate(saved?.actualStart),
        actualEnd: fromDate(saved?.actualEnd),
        note: saved?.note ?? "",
      };
    }),
  };
}
