/**
 * Questionnaires for tests: a definition with every question type, templates published at a
 * level, and answers written as the platform writes them.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AudienceRole, OrgLevel, QuestionnaireStage } from "@/lib/generated/prisma/enums";
import type { Definition } from "@/lib/questionnaires/definition";
import { createPair, createParticipant, unique } from "./factories";
import { signIn } from "./factories-users";

export const EVERY_TYPE: Definition = {
  sections: [
    {
      id: "about",
      title: "О себе",
      questions: [
        { id: "name", type: "text", label: "Как к вам обращаться?", required: true },
        { id: "story", type: "longtext", label: "Расскажите о своём опыте", help: "Несколько предложений", required: false },
        { id: "years", type: "number", label: "Стаж, лет", required: true, min: 0, max: 50, integer: true },
        { id: "hours", type: "number", label: "Часов в неделю на наставничество", required: false, min: 0.5, max: 10 },
        { id: "started", type: "date", label: "Дата начала работы", required: false },
      ],
    },
    {
      id: "opinion",
      title: "Мнение",
      questions: [
        { id: "format", type: "single", label: "Формат встреч", required: true, options: [{ id: "live", label: "очно" }, { id: "online", label: "онлайн" }] },
        {
          id: "topics",
          type: "multiple",
          label: "Темы",
          required: true,
          maxChoices: 2,
          options: [{ id: "lesson", label: "урок" }, { id: "parents", label: "родители" }, { id: "documents", label: "документы" }],
        },
        { id: "overall", type: "scale", label: "Общая оценка", required: true, min: 1, max: 5, minLabel: "плохо", maxLabel: "отлично" },
        { id: "ten", type: "scale", label: "Оценка по десятибалльной шкале", required: false, min: 1, max: 10 },
        { id: "again", type: "yesno", label: "Примете участие снова?", required: true },
        {
          id: "agree",
          type: "matrix",
          label: "Согласны ли вы?",
          required: true,
          min: 1,
          max: 5,
          rows: [{ id: "useful", label: "Встречи полезны" }, { id: "enough", label: "Времени достаточно" }],
        },
      ],
    },
  ],
};

/** A valid answer to EVERY_TYPE, as the form's values. */
export const GOOD_VALUES = {
  name: "Анна",
  story: "",
  years: "3",
  hours: "1,5",
  started: "2024-09-01",
  format: "online",
  topics: ["lesson", "parents"],
  overall: "4",
  ten: "",
  again: "yes",
  agree: { useful: "5", enough: "3" },
};

type Scope = { regionId?: string | null; municipalityId?: string | null; schoolId?: string | null };

/** A template with one published version (and more versions when given), created as the admin would. */
export async function createQuestionnaire(
  options: {
    level?: OrgLevel;
    scope?: Scope;
    definition?: Definition;
    audience?: AudienceRole[];
    formIds?: string[];
    isAnonymous?: boolean;
    stage?: QuestionnaireStage;
    opensOn?: Date | null;
    closesOn?: Date | null;
    kind?: Prisma.QuestionnaireTemplateCreateInput["kind"];
    published?: boolean;
  } = {},
) {
  const template = await db.questionnaireTemplate.create({
    data: {
      level: options.level ?? "PLATFORM",
      regionId: options.scope?.regionId ?? null,
      municipalityId: options.scope?.municipalityId ?? null,
      schoolId: options.scope?.schoolId ?? null,
      kind: options.kind ?? "OTHER",
      title: "Анкета для проверки",
      audience: options.audience ?? ["MENTOR", "MENTEE"],
      formIds: options.formIds ?? [],
      isAnonymous: options.isAnonymous ?? false,
      stage: options.stage ?? "ANY",
      opensOn: options.opensOn ?? null,
      closesOn: options.closesOn ?? null,
    },
  });
  const version = await db.questionnaireVersion.create({
    data: {
      templateId: template.id,
      versionNo: 1,
      status: options.published === false ? "DRAFT" : "PUBLISHED",
      publishedAt: options.published === false ? null : new Date(),
      definition: (options.definition ?? EVERY_TYPE) as Prisma.InputJsonValue,
    },
  });
  return { template, version };
}

type SchoolScope = { id: string; regionId: string; municipalityId: string };

/**
 * A signed-in mentor or mentee of `school` with their participant row, in an active pair of `formId`
 * when given (with a partner of their own), or a school curator.
 */
export async function createRespondent(school: SchoolScope, role: "MENTOR" | "MENTEE" | "SCHOOL_CURATOR", options: { formId?: string; academicYearId?: string } = {}) {
  const user = await db.user.create({ data: { email: `${unique("respondent")}@example.ru`.toLowerCase(), fullName: `${unique("Сидорова")} Ирина Павловна`, passwordHash: "$argon2id$unusable-test-hash" } });
  let participantId: string | null = null;
  let pairId: string | null = null;
  if (role !== "SCHOOL_CURATOR") {
    const me = await createParticipant(school, { lastName: unique("Сидорова"), firstName: "Ирина" });
    await db.participant.update({ where: { id: me.id }, data: { userId: user.id } });
    participantId = me.id;
    if (options.formId && options.academicYearId) {
      const partner = await createParticipant(school);
      const pair = await createPair({
        school,
        academicYearId: options.academicYearId,
        formId: options.formId,
        mentorId: role === "MENTOR" ? me.id : partner.id,
        menteeIds: [role === "MENTOR" ? partner.id : me.id],
      });
      pairId = pair.id;
    }
  }
  await db.roleAssignment.create({ data: { userId: user.id, role, regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id } });
  const { principal } = await signIn(user);
  return { user, principal, participantId, pairId };
}
