/**
 * A school with two pairs for the plans, visits and meetings tests: mentor A with mentee A, mentor B
 * with mentee B, each person with an account; a curator; plans with items; a diagnostic of
 * difficulties answered by mentee A; a platform and a regional plan template.
 */
import { db } from "@/lib/db";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { createPair } from "./factories";
import { createPairsWorld, createPerson } from "./factories-pairs";
import { createUserWithRole, scopeOfSchool, signIn } from "./factories-users";

type SchoolScope = { id: string; regionId: string; municipalityId: string };

/** A participant with an account holding `role` in the school, signed in (the principal knows its participant row). */
export async function createPersonWithAccount(school: SchoolScope, role: "MENTOR" | "MENTEE", overrides: Parameters<typeof createPerson>[1] = {}) {
  const person = await createPerson(school, overrides);
  const account = await createUserWithRole(role, scopeOfSchool(school), { fullName: `${person.lastName} ${person.firstName}` });
  await db.participant.update({ where: { id: person.id }, data: { userId: account.user.id } });
  const { principal } = await signIn(account.user);
  return { person, user: account.user, principal };
}

export async function createPlanFor(pair: { id: string; schoolId: string; regionId: string; municipalityId: string }, menteeId: string, statuses: PlanItemStatus[] = ["DONE", "IN_PROGRESS", "PLANNED", "CANCELLED"]) {
  const scope = { regionId: pair.regionId, municipalityId: pair.municipalityId, schoolId: pair.schoolId };
  return db.developmentPlan.create({
    data: {
      ...scope,
      pairId: pair.id,
      menteeId,
      title: "Индивидуальный план развития",
      startsOn: new Date("2026-09-15"),
      endsOn: new Date("2027-05-31"),
      items: {
        create: statuses.map((status, index) => ({
          ...scope,
          position: index + 1,
          goal: `Пункт ${index + 1}`,
          status,
          dueOn: new Date(`2026-${String(10 + (index % 3)).padStart(2, "0")}-15`),
          completedOn: status === "DONE" ? new Date("2026-10-10") : null,
        })),
      },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
}

/** The shipped diagnostic's shape (prisma/seed/questionnaires.ts), answered by `respondentId`. */
export async function answerDiagnostic(school: SchoolScope, respondentId: string, answers: Record<string, unknown>, options: { isAnonymous?: boolean } = {}) {
  const template = await db.questionnaireTemplate.create({
    data: { level: "PLATFORM", kind: "DIFFICULTIES_DIAGNOSTIC", title: "Диагностика профессиональных затруднений", audience: ["MENTEE"], isAnonymous: options.isAnonymous ?? false },
  });
  const version = await db.questionnaireVersion.create({ data: { templateId: template.id, versionNo: 1, status: "PUBLISHED", definition: DIAGNOSTIC_DEFINITION } });
  return db.questionnaireResponse.create({
    data: { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id, versionId: version.id, respondentId, answers: answers as object },
  });
}

export const DIAGNOSTIC_DEFINITION = {
  sections: [
    { id: "about", title: "О себе", questions: [{ id: "subject", type: "text", label: "Преподаваемый предмет", required: true }] },
    {
      id: "difficulties",
      title: "Профессиональные затруднения",
      questions: [
        {
          id: "areas",
          type: "multiple",
          label: "В чём вы испытываете затруднения?",
          required: true,
          options: [
            { id: "emotions", label: "Управление своей эмоциональной сферой" },
            { id: "parents", label: "Взаимодействие с родителями" },
            { id: "documents", label: "Ведение школьной документации" },
          ],
        },
        { id: "lesson_confidence", type: "scale", label: "Насколько уверенно вы проектируете урок по обновлённому ФГОС? (1 — совсем не уверен, 5 — полностью уверен)", required: true, min: 1, max: 5 },
        { id: "discipline_confidence", type: "scale", label: "Насколько уверенно вы удерживаете дисциплину на уроке?", required: true, min: 1, max: 5 },
      ],
    },
  ],
};

/** Two pairs of one school, every person with an account, plans with an item in every status. */
export async function createPlansWorld() {
  const world = await createPairsWorld();
  const { school, form, year } = world;
  const mentorA = await createPersonWithAccount(school, "MENTOR", { experienceYears: 20 });
  const menteeA = await createPersonWithAccount(school, "MENTEE", { experienceYears: 1 });
  const mentorB = await createPersonWithAccount(school, "MENTOR", { experienceYears: 15 });
  const menteeB = await createPersonWithAccount(school, "MENTEE", { experienceYears: 2 });
  const pairA = await createPair({ school, academicYearId: year.id, formId: form.id, mentorId: mentorA.person.id, menteeIds: [menteeA.person.id] });
  const pairB = await createPair({ school, academicYearId: year.id, formId: form.id, mentorId: mentorB.person.id, menteeIds: [menteeB.person.id] });
  const planA = await createPlanFor(pairA, menteeA.person.id);
  const planB = await createPlanFor(pairB, menteeB.person.id);
  return { ...world, mentorA, menteeA, mentorB, menteeB, pairA, pairB, planA, planB };
}

export async function createTemplates(regionId: string, formId: string) {
  const platform = await db.planTemplate.create({
    data: {
      title: "Типовой ИПР молодого педагога",
      formId,
      items: {
        create: [
          { position: 1, goal: "Изучить локальные акты", direction: "METHODOLOGICAL", dueOffsetDays: 15 },
          { position: 2, goal: "Провести открытый урок", direction: "SUBJECT", expectedProduct: "Открытый урок", dueOffsetDays: 400 },
          { position: 3, goal: "Вести дневник рефлексии", direction: "PSYCHOLOGICAL", dueOffsetDays: null },
        ],
      },
    },
  });
  const regional = await db.planTemplate.create({ data: { regionId, title: "ИПР региона", items: { create: [{ position: 1, goal: "Региональный пункт" }] } } });
  const otherForm = await db.planTemplate.create({ data: { title: "Для другой формы", formId: (await db.mentoringForm.create({ data: { code: `F-${Date.now()}-${Math.random()}`, name: `форма ${Math.random()}`, mentorKinds: ["TEACHER"], menteeKinds: ["STUDENT"] } })).id } });
  const inactive = await db.planTemplate.create({ data: { title: "Старый", isActive: false } });
  return { platform, regional, otherForm, inactive };
}
