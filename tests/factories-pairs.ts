/**
 * A school ready for pairs: an academic year, a teacher form with a model, a curator, and people
 * of both bases; plus helpers that make participants with the fields the pair rules look at.
 */
import { db } from "@/lib/db";
import type { ParticipantKind } from "@/lib/generated/prisma/enums";
import { createAcademicYear, createForm, createParticipant, createSchool, unique } from "./factories";
import { createUserWithRole, scopeOfSchool } from "./factories-users";

type SchoolScope = { id: string; regionId: string; municipalityId: string };

let yearCreated: Promise<{ id: string }> | null = null;

/** One current academic year 2026–2027 per test database. */
export function ensureAcademicYear() {
  yearCreated ??= db.academicYear.findFirst({ where: { title: "2026–2027" } }).then((year) => year ?? createAcademicYear({ startYear: 2026 }));
  return yearCreated;
}

export async function createPerson(
  school: SchoolScope,
  overrides: Partial<{
    kind: ParticipantKind;
    lastName: string;
    subjects: string[];
    experienceYears: number | null;
    isMinor: boolean;
    consentGiven: boolean;
    archived: boolean;
    inMentorBase: boolean;
    inMenteeBase: boolean;
    position: string;
  }> = {},
) {
  // The base factory, with the defaults the pair rules' tests are written against.
  return createParticipant(school, {
    lastName: unique("Смирнова"),
    firstName: "Ольга",
    middleName: "Ивановна",
    experienceYears: 5,
    ...overrides,
  });
}

/** A school with its curator, a «учитель–учитель»-like form with one model, and the year. */
export async function createPairsWorld() {
  const year = await ensureAcademicYear();
  const { region, municipality, school } = await createSchool();
  const form = await createForm({ mentorKinds: ["TEACHER"], menteeKinds: ["TEACHER"] });
  const studentForm = await createForm({ mentorKinds: ["STUDENT"], menteeKinds: ["STUDENT"] });
  const model = await db.mentoringModel.create({
    data: { formId: form.id, name: unique("опытный педагог – молодой специалист"), mentorRole: "опытный педагог", menteeRole: "молодой специалист" },
  });
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school), { fullName: "Кузнецова Елена Викторовна" });
  return { year, region, municipality, school, form, studentForm, model, curator, principal: curator.principal };
}

/** The input of registerPair with sensible dates and order; override what the test is about. */
export function pairInput(
  world: { school: { id: string }; form: { id: string } },
  mentorId: string,
  menteeIds: string[],
  overrides: Partial<{ formId: string; modelId: string; startsOn: string; plannedEndOn: string; orderNumber: string; orderDate: string }> = {},
) {
  return {
    schoolId: world.school.id,
    formId: overrides.formId ?? world.form.id,
    modelId: overrides.modelId ?? "",
    mentorId,
    menteeIds,
    startsOn: overrides.startsOn ?? "2026-09-15",
    plannedEndOn: overrides.plannedEndOn ?? "2027-05-31",
    orderNumber: overrides.orderNumber ?? "45-о",
    orderDate: overrides.orderDate ?? "2026-09-10",
  };
}

/** A COMPATIBILITY questionnaire answered by the given participants. */
export async function answerCompatibility(school: SchoolScope, answers: Array<{ participantId: string; answers: Record<string, unknown> }>) {
  const template = await db.questionnaireTemplate.create({
    data: { level: "SCHOOL", schoolId: school.id, regionId: school.regionId, municipalityId: school.municipalityId, kind: "COMPATIBILITY", title: "Тест на совместимость" },
  });
  const version = await db.questionnaireVersion.create({ data: { templateId: template.id, versionNo: 1, status: "PUBLISHED", definition: {} } });
  for (const item of answers) {
    await db.questionnaireResponse.create({
      data: {
        regionId: school.regionId,
        municipalityId: school.municipalityId,
        schoolId: school.id,
        versionId: version.id,
        respondentId: item.participantId,
        answers: item.answers as object,
      },
    });
  }
}
