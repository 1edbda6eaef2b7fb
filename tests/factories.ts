/**
 * Test data factories: each makes a valid row with unique codes and consistent scoping ids, and
 * takes overrides for what a test cares about. They write through the one Prisma client.
 */
import { db } from "@/lib/db";
import type { ParticipantKind, PairStatus } from "@/lib/generated/prisma/enums";

let sequence = 0;
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

export async function createAcademicYear(overrides: { title?: string; isCurrent?: boolean; startYear?: number } = {}) {
  const startYear = overrides.startYear ?? 2026;
  return db.academicYear.create({
    data: {
      title: overrides.title ?? `${startYear}–${startYear + 1}`,
      startsOn: new Date(`${startYear}-09-01`),
      endsOn: new Date(`${startYear + 1}-08-31`),
      isCurrent: overrides.isCurrent ?? true,
    },
  });
}

export async function createSchool(overrides: { name?: string } = {}) {
  const region = await db.region.create({ data: { code: unique("r"), name: unique("Регион") } });
  const municipality = await db.municipality.create({
    data: { regionId: region.id, code: unique("m"), name: unique("Муниципалитет") },
  });
  const code = unique("s");
  const school = await db.school.create({
    data: {
      regionId: region.id,
      municipalityId: municipality.id,
      code,
      slug: code,
      name: overrides.name ?? `МБОУ «СОШ ${code}»`,
      shortName: `СОШ ${code}`,
    },
  });
  return { region, municipality, school };
}

type SchoolScope = { id: string; regionId: string; municipalityId: string };

export async function createParticipant(
  school: SchoolScope,
  overrides: Partial<{
    kind: ParticipantKind;
    lastName: string;
    firstName: string;
    middleName: string;
    position: string | null;
    subjects: string[];
    experienceYears: number | null;
    isMinor: boolean;
    consentGiven: boolean;
    archived: boolean;
    inMentorBase: boolean;
    inMenteeBase: boolean;
  }> = {},
) {
  return db.participant.create({
    data: {
      regionId: school.regionId,
      municipalityId: school.municipalityId,
      schoolId: school.id,
      kind: overrides.kind ?? "TEACHER",
      lastName: overrides.lastName ?? unique("Иванова"),
      firstName: overrides.firstName ?? "Мария",
      middleName: overrides.middleName ?? "Петровна",
      position: overrides.position ?? null,
      subjects: overrides.subjects ?? [],
      experienceYears: overrides.experienceYears === undefined ? 10 : overrides.experienceYears,
      isMinor: overrides.isMinor ?? false,
      consentGiven: overrides.consentGiven ?? true,
      archivedAt: overrides.archived ? new Date() : null,
      inMentorBase: overrides.inMentorBase ?? true,
      inMenteeBase: overrides.inMenteeBase ?? true,
    },
  });
}

export async function createForm(overrides: { name?: string; mentorKinds?: ParticipantKind[]; menteeKinds?: ParticipantKind[] } = {}) {
  const code = unique("FORM");
  return db.mentoringForm.create({
    data: {
      code,
      name: overrides.name ?? `форма ${code}`,
      mentorKinds: overrides.mentorKinds ?? ["TEACHER"],
      menteeKinds: overrides.menteeKinds ?? ["TEACHER"],
    },
  });
}

/** A pair with its mentees, in one transaction; the mentees carry copies of the pair's fields. */
export async function createPair(input: {
  school: SchoolScope;
  academicYearId: string;
  formId: string;
  mentorId: string;
  menteeIds: string[];
  status?: PairStatus;
  terminationReason?: string;
}) {
  const { school } = input;
  return db.$transaction(async (tx) => {
    const pair = await tx.mentoringPair.create({
      data: {
        regionId: school.regionId,
        municipalityId: school.municipalityId,
        schoolId: school.id,
        academicYearId: input.academicYearId,
        formId: input.formId,
        mentorId: input.mentorId,
        isGroup: input.menteeIds.length > 1,
        startsOn: new Date("2026-09-15"),
        plannedEndOn: new Date("2027-05-31"),
        status: input.status ?? "ACTIVE",
        terminationReason: input.terminationReason,
      },
    });
    await tx.pairMentee.createMany({
      data: input.menteeIds.map((menteeId) => ({
        regionId: school.regionId,
        municipalityId: school.municipalityId,
        schoolId: school.id,
        pairId: pair.id,
        mentorId: pair.mentorId,
        formId: pair.formId,
        pairStatus: pair.status,
        menteeId,
        joinedOn: pair.startsOn,
      })),
    });
    return pair;
  });
}
