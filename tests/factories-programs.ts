/**
 * Factories of the program of the year, events and recognition: valid form inputs (as the client
 * would send them, parsed by the same schemas) and rows written directly for the other side of a test.
 */
import { db } from "@/lib/db";
import { ZSaveProgram, STAGE_KINDS, type TSaveProgram } from "@/lib/programs/schemas";
import { ZSaveEvent, type TSaveEvent } from "@/lib/events/schemas";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { unique } from "./factories";

type SchoolScope = { id: string; regionId: string; municipalityId: string };

const PLANNED: Record<(typeof STAGE_KINDS)[number], [string, string]> = {
  PREPARATION: ["2026-08-25", "2026-09-05"],
  MENTEE_BASE: ["2026-09-01", "2026-09-15"],
  MENTOR_BASE: ["2026-09-01", "2026-09-15"],
  MENTOR_SELECTION_TRAINING: ["2026-09-10", "2026-09-30"],
  PAIR_FORMATION: ["2026-09-15", "2026-10-01"],
  PAIR_WORK: ["2026-10-01", "2027-05-15"],
  COMPLETION: ["2027-05-15", "2027-05-31"],
};

/** The program form as a curator fills it for a new program (stages planned, nothing done yet). */
export function programInput(schoolId: string, academicYearId: string, overrides: Partial<TSaveProgram> = {}): TSaveProgram {
  return ZSaveProgram.parse({
    schoolId,
    academicYearId,
    programId: "",
    version: 0,
    title: unique("Программа наставничества"),
    goals: "Адаптация молодых специалистов",
    startsOn: "2026-09-01",
    endsOn: "2027-05-31",
    status: "DRAFT",
    curatorUserId: "",
    formIds: [],
    stages: STAGE_KINDS.map((stage) => ({ stage, plannedStart: PLANNED[stage][0], plannedEnd: PLANNED[stage][1], actualStart: "", actualEnd: "", note: "" })),
    ...overrides,
  });
}

/** The event form as its organiser fills it. */
export function eventInput(overrides: Partial<TSaveEvent> = {}): TSaveEvent {
  return ZSaveEvent.parse({
    eventId: "",
    version: 0,
    type: "SEMINAR",
    title: unique("Семинар наставников"),
    startsOn: "2026-11-20",
    startTime: "14:00",
    endsOn: "",
    place: "Актовый зал",
    url: "",
    organizer: "Методический совет",
    targetForms: [],
    description: "",
    report: "",
    status: "PLANNED",
    agenda: [],
    attendances: [],
    materials: [],
    ...overrides,
  });
}

/** An event written directly (another tenant's, for attacker/victim tests). */
export async function createEventRow(input: {
  level: OrgLevel;
  regionId: string;
  municipalityId?: string | null;
  schoolId?: string | null;
  academicYearId: string;
  title?: string;
}) {
  return db.event.create({
    data: {
      level: input.level,
      regionId: input.regionId,
      municipalityId: input.municipalityId ?? null,
      schoolId: input.schoolId ?? null,
      academicYearId: input.academicYearId,
      type: "SEMINAR",
      title: input.title ?? unique("Событие"),
      startsAt: new Date("2026-10-10T11:00:00Z"),
    },
  });
}

export async function createTrainingRow(school: SchoolScope, participantId: string) {
  return db.training.create({
    data: {
      regionId: school.regionId,
      municipalityId: school.municipalityId,
      schoolId: school.id,
      participantId,
      courseTitle: unique("Курс"),
      provider: "ИРО",
      hours: 36,
      endsOn: new Date("2026-10-01"),
    },
  });
}
