import { one, queryE2eDatabase, type Fixture } from "./common";

/** Fixtures of the program, events and recognition actions (lib/programs, lib/events, lib/recognition). */
const CURATOR = "curator@nastavnik.example";
const STAGES = ["PREPARATION", "MENTEE_BASE", "MENTOR_BASE", "MENTOR_SELECTION_TRAINING", "PAIR_FORMATION", "PAIR_WORK", "COMPLETION"];

const day = (value: string | null) => value ?? "";

async function school51() {
  return one<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`);
}

async function teacherOf51() {
  return one<{ id: string }>(
    `SELECT p.id FROM "Participant" p JOIN "School" s ON s.id = p."schoolId"
      WHERE s.name LIKE '%СОШ №51%' AND p.kind = 'TEACHER' AND p."isMinor" = false AND p."archivedAt" IS NULL
      ORDER BY p.id LIMIT 1`,
  );
}

/** The demo school's program of the current year as its form would send it, with one stage's actual end recorded. */
async function programOf51() {
  const program = await one<{ id: string; schoolId: string; academicYearId: string; version: number; title: string; goals: string | null; startsOn: string; endsOn: string; status: string; curatorUserId: string | null }>(
    `SELECT p.id, p."schoolId", p."academicYearId", p.version, p.title, p.goals, p.status::text, p."curatorUserId",
            to_char(p."startsOn", 'YYYY-MM-DD') AS "startsOn", to_char(p."endsOn", 'YYYY-MM-DD') AS "endsOn"
       FROM "MentoringProgram" p JOIN "AcademicYear" y ON y.id = p."academicYearId"
      WHERE p."schoolId" = $1 AND y."isCurrent" ORDER BY p."createdAt" LIMIT 1`,
    [(await school51()).id],
  );
  const forms = await queryE2eDatabase<{ formId: string }>(`SELECT "formId" FROM "ProgramForm" WHERE "programId" = $1`, [program.id]);
  const stages = await queryE2eDatabase<{ stage: string; plannedStart: string | null; plannedEnd: string | null; actualStart: string | null; actualEnd: string | null; note: string | null }>(
    `SELECT stage::text, to_char("plannedStart", 'YYYY-MM-DD') AS "plannedStart", to_char("plannedEnd", 'YYYY-MM-DD') AS "plannedEnd",
            to_char("actualStart", 'YYYY-MM-DD') AS "actualStart", to_char("actualEnd", 'YYYY-MM-DD') AS "actualEnd", note
       FROM "ProgramStage" WHERE "programId" = $1`,
    [program.id],
  );
  return {
    schoolId: program.schoolId,
    academicYearId: program.academicYearId,
    programId: program.id,
    version: program.version,
    title: program.title,
    goals: program.goals ?? "",
    startsOn: day(program.startsOn),
    endsOn: day(program.endsOn),
    status: program.status,
    curatorUserId: program.curatorUserId ?? "",
    formIds: forms.map((f) => f.formId),
    stages: STAGES.map((kind) => {
      const s = stages.find((row) => row.stage === kind);
      return { stage: kind, plannedStart: day(s?.plannedStart ?? null), plannedEnd: day(s?.plannedEnd ?? null), actualStart: day(s?.actualStart ?? null), actualEnd: day(s?.actualEnd ?? null), note: `${s?.note ?? ""} (проверка)`.trim() };
    }),
  };
}

export const PROGRAMS_FIXTURES: Record<string, Fixture> = {
  "lib/programs/actions.ts#saveProgramAction": { actor: CURATOR, args: async () => [await programOf51()] },
  "lib/events/actions.ts#saveEventAction": {
    actor: CURATOR,
    args: async () => [
      {
        eventId: "", version: 0, type: "SEMINAR", title: "Семинар «Проверка журнала действий»", startsOn: "2027-02-10", startTime: "15:00", endsOn: "",
        place: "Кабинет 21", url: "", organizer: "Куратор программы", targetForms: [], description: "", report: "", status: "PLANNED",
        agenda: [{ title: "Итоги полугодия", speaker: "Лебедева Т. В.", summary: "", recommendations: "Провести взаимопосещения" }],
        attendances: [{ participantId: (await teacherOf51()).id, fullName: "", position: "", organization: "", municipalityId: "", schoolId: "", format: "IN_PERSON", role: "LISTENER", attended: true }],
        materials: [],
      },
    ],
  },
  "lib/recognition/actions.ts#addTrainingAction": {
    actor: CURATOR,
    args: async () => [
      { schoolId: (await school51()).id, trainee: `participant:${(await teacherOf51()).id}`, courseTitle: "Проверочный курс", provider: "ИРО", hours: 16, startsOn: "", endsOn: "2026-10-16", certificateNumber: "" },
    ],
  },
  "lib/recognition/actions.ts#proposeAwardAction": {
    actor: CURATOR,
    args: async () => [
      { schoolId: (await school51()).id, participantId: (await teacherOf51()).id, kind: "LETTER_OF_THANKS", level: "SCHOOL", title: "Благодарность (проверка)", proposedOn: "2026-11-20", note: "" },
    ],
  },
  "lib/recognition/actions.ts#setAwardStatusAction": {
    after: ["lib/recognition/actions.ts#proposeAwardAction"],
    actor: CURATOR,
    args: async () => {
      const award = await one<{ id: string }>(`SELECT id FROM "Award" WHERE title = 'Благодарность (проверка)' AND status = 'PROPOSED' LIMIT 1`);
      return [{ awardId: award.id, status: "APPROVED", awardedOn: "" }];
    },
  },
  "lib/events/actions.ts#addEventMaterialFileAction": {
    after: ["lib/events/actions.ts#saveEventAction"],
    actor: CURATOR,
    args: async () => {
      const event = await one<{ id: string }>(`SELECT id FROM "Event" WHERE title = 'Семинар «Проверка журнала действий»' LIMIT 1`);
      const form = new FormData();
      form.set("eventId", event.id);
      form.set("title", "Программа семинара");
      form.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "Программа.pdf", { type: "application/pdf" }));
      return [form];
    },
  },
  "lib/events/actions.ts#removeEventMaterialAction": {
    after: ["lib/events/actions.ts#addEventMaterialFileAction"],
    actor: CURATOR,
    args: async () => {
      const material = await one<{ id: string }>(`SELECT id FROM "EventMaterial" WHERE title = 'Программа семинара' LIMIT 1`);
      return [{ materialId: material.id }];
    },
  },
  "lib/recognition/actions.ts#attachTrainingCertificateAction": {
    after: ["lib/recognition/actions.ts#addTrainingAction"],
    actor: CURATOR,
    args: async () => {
      const training = await one<{ id: string }>(`SELECT id FROM "Training" WHERE "courseTitle" = 'Проверочный курс' LIMIT 1`);
      const form = new FormData();
      form.set("trainingId", training.id);
      form.set("file", new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "Удостоверение.pdf", { type: "application/pdf" }));
      return [form];
    },
  },
};
