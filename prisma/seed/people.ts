// Participants: teachers, students (minors, with a parent's consent or without it), college students
// and employer representatives, built from the rosters with invented names.
import type { Prisma } from "../../lib/generated/prisma/client";
import { ACCOUNT_NAMES } from "./accounts";
import { ALL_SCHOOLS, school, type SchoolInfo } from "./hierarchy";
import { fullName, NameBook, type FullName, type Gender } from "./names";
import { ROSTERS, SUBJECTS, type BaseRole, type SubjectKey } from "./rosters";
import { at, createRng, day, pad, stamped, type Rng } from "./util";

type AgeBand = "UNDER_25" | "FROM_25_TO_34" | "FROM_35_TO_49" | "FROM_50";
type Kind = "TEACHER" | "STUDENT" | "COLLEGE_STUDENT" | "EMPLOYER_REPRESENTATIVE";

export type Person = {
  id: string;
  key: string;
  kind: Kind;
  name: FullName;
  fullName: string;
  gender: Gender;
  school: SchoolInfo;
  subject?: SubjectKey;
  position?: string;
  className?: string;
  experienceYears?: number;
  userId?: string;
};

export const participantId = (slug: string, key: string): string => `seed-p-${slug}-${key}`;

export type People = {
  rows: Prisma.ParticipantCreateManyInput[];
  get(slug: string, key: string): Person;
  bySchool(slug: string): Person[];
};

function ageBandFor(exp: number, young: boolean): AgeBand {
  if (exp <= 2 && young) return "UNDER_25";
  if (exp < 10) return "FROM_25_TO_34";
  if (exp < 25) return "FROM_35_TO_49";
  return "FROM_50";
}

function hiredOnFor(rng: Rng, exp: number): string {
  const years = exp <= 2 ? exp : rng.int(Math.min(3, exp), Math.min(exp, 30));
  return `${2026 - years}-08-${pad(rng.int(24, 31))}`;
}

/** A birth date for a class in 2026–2027: 11th-graders are born in 2009 so that all are minors. */
function birthDateFor(rng: Rng, className: string): string {
  const grade = Number.parseInt(className, 10);
  const lateBorn = grade < 11 && rng.chance(0.33);
  const year = lateBorn ? 2019 - grade : 2020 - grade;
  const month = lateBorn ? rng.int(9, 12) : rng.int(1, 8);
  return `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
}

const flags = (role: BaseRole) => ({
  inMentorBase: role === "mentor" || role === "mentorBase",
  inMenteeBase: role === "mentee" || role === "menteeBase",
});

export function buildPeople(): People {
  const book = new NameBook();
  for (const name of ACCOUNT_NAMES) book.reserve(name);
  const rows: Prisma.ParticipantCreateManyInput[] = [];
  const persons = new Map<string, Person>();

  for (const slug of ALL_SCHOOLS) {
    const roster = ROSTERS[slug];
    if (!roster) continue;
    const info = school(slug);
    const rng = createRng(`people:${slug}`);
    const addedOn = roster.since2025 ? "2025-09-08" : "2026-09-03";
    const scope = { regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId };
    const add = (person: Person, row: Omit<Prisma.ParticipantCreateManyInput, "id" | "regionId" | "municipalityId" | "schoolId" | "kind" | "lastName" | "firstName" | "middleName">) => {
      persons.set(person.id, person);
      rows.push({
        id: person.id,
        ...scope,
        kind: person.kind,
        lastName: person.name[0],
        firstName: person.name[1],
        middleName: person.name[2],
        ...row,
      });
    };

    for (const teacher of roster.teachers) {
      const gender = teacher.gender ?? (rng.chance(0.8) ? "f" : "m");
      const name = teacher.name ? book.reserve(teacher.name) : book.person(rng, roster.pool, gender, "adult");
      const hired = teacher.hired ?? hiredOnFor(rng, teacher.exp);
      const subject = SUBJECTS[teacher.subject];
      const created = hired > addedOn ? hired : addedOn;
      add(
        { id: participantId(slug, teacher.key), key: teacher.key, kind: "TEACHER", name, fullName: fullName(name), gender, school: info, subject: teacher.subject, position: subject.position, experienceYears: teacher.exp, userId: teacher.userId },
        {
          position: subject.position,
          subjects: [...subject.subjects],
          experienceYears: teacher.exp,
          ageBand: ageBandFor(teacher.exp, hired >= "2024-01-01"),
          hiredOn: day(hired),
          email: teacher.email ?? null,
          userId: teacher.userId ?? null,
          consentGiven: true,
          consentDate: day(created),
          archivedAt: teacher.archivedOn ? at(teacher.archivedOn, "09:00", info.tz) : null,
          ...flags(teacher.role),
          // Experienced mentors agreed to be named on the school's public page; the others did not (yet).
          publishName: flags(teacher.role).inMentorBase && teacher.exp >= 10,
          ...stamped(at(created, "11:00", info.tz)),
        },
      );
    }

    for (const student of roster.students ?? []) {
      const gender = student.gender ?? (rng.chance(0.5) ? "f" : "m");
      const name = book.person(rng, roster.pool, gender, "child");
      const consent = student.consent ?? true;
      const consentOn = student.consentOn ?? `2026-09-${pad(rng.int(2, 10))}`;
      add(
        { id: participantId(slug, student.key), key: student.key, kind: "STUDENT", name, fullName: fullName(name), gender, school: info, className: student.className },
        {
          className: student.className,
          birthDate: day(birthDateFor(rng, student.className)),
          isMinor: true,
          consentGiven: consent,
          consentGivenBy: consent ? book.parent(rng, name, gender) : null,
          consentDate: consent ? day(consentOn) : null,
          archivedAt: student.archivedOn ? at(student.archivedOn, "09:00", info.tz) : null,
          ...flags(student.role),
          ...stamped(at(consent && consentOn < addedOn ? consentOn : addedOn, "12:00", info.tz)),
        },
      );
    }

    for (const college of roster.college ?? []) {
      const gender: Gender = rng.chance(0.5) ? "f" : "m";
      const name = book.person(rng, roster.pool, gender, "adult");
      add(
        { id: participantId(slug, college.key), key: college.key, kind: "COLLEGE_STUDENT", name, fullName: fullName(name), gender, school: info, className: college.group },
        {
          className: college.group,
          birthDate: day(`${rng.int(2005, 2006)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`),
          isMinor: false,
          ageBand: "UNDER_25",
          organizationId: college.org,
          consentGiven: true,
          consentDate: day("2026-09-25"),
          ...flags(college.role),
          ...stamped(at("2026-09-25", "12:00", info.tz)),
        },
      );
    }

    for (const employer of roster.employers ?? []) {
      const gender: Gender = rng.chance(0.7) ? "m" : "f";
      const name = book.person(rng, roster.pool, gender, "adult");
      add(
        { id: participantId(slug, employer.key), key: employer.key, kind: "EMPLOYER_REPRESENTATIVE", name, fullName: fullName(name), gender, school: info, position: employer.position },
        {
          position: employer.position,
          ageBand: "FROM_35_TO_49",
          organizationId: employer.org,
          consentGiven: true,
          consentDate: day("2026-09-28"),
          ...flags(employer.role),
          ...stamped(at("2026-09-28", "12:00", info.tz)),
        },
      );
    }
  }

  return {
    rows,
    get(slug, key) {
      const person = persons.get(participantId(slug, key));
      if (!person) throw new Error(`Unknown seed participant ${slug}/${key}`);
      return person;
    },
    bySchool(slug) {
      return [...persons.values()].filter((p) => p.school.slug === slug);
    },
  };
}
