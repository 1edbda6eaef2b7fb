/**
 * The world of the access matrix: two regions × two municipalities × two schools, each school with
 * people, a pair, a plan, a visit, a meeting, a document, events, a training, an award, a
 * questionnaire and a response; every record annotated with what the oracle needs to decide who
 * may see it. Built through the one Prisma client, in a few bulk writes.
 */
import { db } from "@/lib/db";
import type { Entity } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";

export type Annotated = {
  entity: Entity;
  id: string;
  regionId?: string | null;
  municipalityId?: string | null;
  schoolId?: string | null;
  level?: "PLATFORM" | "REGION" | "MUNICIPALITY" | "SCHOOL";
  /** Participant ids of the mentor and mentees of the pair this record belongs to. */
  pairMentor?: string;
  pairMentees?: string[];
  /** Participant ids a record is about directly (a visit's visitor and teacher, a training's trainee…). */
  people?: string[];
  /** For users: the scopes of their role assignments and their participant rows. */
  assignments?: Array<{ regionId: string | null; municipalityId: string | null; schoolId: string | null }>;
  participantIds?: string[];
  /** For responses: an answer to the (named) diagnostic of professional difficulties. */
  diagnostic?: boolean;
  /** For submissions (drafts and "has answered"): the user whose work it is. */
  ownerUserId?: string;
  /** For questionnaires: who answers it, and whether a version is published (open to answers). */
  audience?: Array<"MENTOR" | "MENTEE" | "CURATOR">;
  published?: boolean;
};

export type Actor = { role: Role; userId: string; regionId: string; municipalityId: string; schoolId: string };

let n = 0;
const id = (prefix: string) => `${prefix}-${++n}`;

export async function buildWorld() {
  const records: Annotated[] = [];
  const add = (record: Annotated) => records.push(record);
  const year = await db.academicYear.create({
    data: { title: "2026–2027", startsOn: new Date("2026-09-01"), endsOn: new Date("2027-08-31"), isCurrent: true },
  });
  const form = await db.mentoringForm.create({
    data: { code: "TT", name: "учитель–учитель", mentorKinds: ["TEACHER"], menteeKinds: ["TEACHER"] },
  });
  const studentForm = await db.mentoringForm.create({
    data: { code: "TS", name: "учитель–ученик", mentorKinds: ["TEACHER"], menteeKinds: ["STUDENT"] },
  });
  add({ entity: "academicYear", id: year.id });
  add({ entity: "mentoringForm", id: studentForm.id });
  add({ entity: "mentoringForm", id: form.id });

  const adminId = id("user");
  const users: Array<{ id: string; email: string; fullName: string }> = [{ id: adminId, email: `${adminId}@x.test`, fullName: "Админ" }];
  const assignments: Array<{ userId: string; role: Role; regionId?: string; municipalityId?: string; schoolId?: string }> = [
    { userId: adminId, role: "ADMIN" },
  ];
  const platformRequirement = await db.documentRequirement.create({ data: { level: "PLATFORM", code: "ORDER", title: "Приказ" } });
  add({ entity: "documentRequirement", id: platformRequirement.id, level: "PLATFORM" });
  const platformQuestionnaire = await db.questionnaireTemplate.create({
    data: { level: "PLATFORM", kind: "SATISFACTION_MENTEE", title: "Удовлетворённость", audience: ["MENTEE"] },
  });
  add({ entity: "questionnaire", id: platformQuestionnaire.id, level: "PLATFORM", audience: ["MENTEE"], published: true });
  const version = await db.questionnaireVersion.create({
    data: { templateId: platformQuestionnaire.id, versionNo: 1, status: "PUBLISHED", definition: { sections: [] } },
  });
  const diagnostic = await db.questionnaireTemplate.create({
    data: { level: "PLATFORM", kind: "DIFFICULTIES_DIAGNOSTIC", title: "Диагностика затруднений", audience: ["MENTEE"] },
  });
  add({ entity: "questionnaire", id: diagnostic.id, level: "PLATFORM", audience: ["MENTEE"], published: true });
  const diagnosticVersion = await db.questionnaireVersion.create({
    data: { templateId: diagnostic.id, versionNo: 1, status: "PUBLISHED", definition: { sections: [] } },
  });
  const platformTemplate = await db.planTemplate.create({ data: { title: "Типовой ИПР" } });
  add({ entity: "planTemplate", id: platformTemplate.id, level: "PLATFORM", regionId: null });

  const actors: Record<string, Actor> = {};
  const userRows = (u: { id: string }, scope: Annotated["assignments"], pids: string[] = []) =>
    add({ entity: "user", id: u.id, assignments: scope, participantIds: pids });

  for (const r of [0, 1]) {
    const region = await db.region.create({ data: { code: `R${r}-${n}`, name: `Регион ${r}-${n}` } });
    add({ entity: "region", id: region.id });
    const org = await db.organization.create({ data: { regionId: region.id, kind: "EMPLOYER", code: id("org"), name: "Завод" } });
    add({ entity: "organization", id: org.id, regionId: region.id });
    const regionEvent = await db.event.create({
      data: { level: "REGION", regionId: region.id, academicYearId: year.id, type: "CONFERENCE", title: "Конференция", startsAt: new Date("2026-12-01") },
    });
    add({ entity: "event", id: regionEvent.id, level: "REGION", regionId: region.id });
    const regionRequirement = await db.documentRequirement.create({ data: { level: "REGION", regionId: region.id, code: "SITE", title: "Раздел сайта" } });
    add({ entity: "documentRequirement", id: regionRequirement.id, level: "REGION", regionId: region.id });
    const regionQuestionnaire = await db.questionnaireTemplate.create({
      data: { level: "REGION", regionId: region.id, kind: "OTHER", title: "Опрос региона", audience: ["CURATOR"] },
    });
    add({ entity: "questionnaire", id: regionQuestionnaire.id, level: "REGION", regionId: region.id, audience: ["CURATOR"], published: false });
    const regionTemplate = await db.planTemplate.create({ data: { regionId: region.id, title: "ИПР региона" } });
    add({ entity: "planTemplate", id: regionTemplate.id, level: "REGION", regionId: region.id });
    const coordinator = { id: id("user"), email: `${n}-rc@x.test`, fullName: "Координатор" };
    users.push(coordinator);
    assignments.push({ userId: coordinator.id, role: "REGIONAL_COORDINATOR", regionId: region.id });
    userRows(coordinator, [{ regionId: region.id, municipalityId: null, schoolId: null }]);

    for (const m of [0, 1]) {
      const municipality = await db.municipality.create({ data: { regionId: region.id, code: id("m"), name: `Муниципалитет ${r}${m}` } });
      add({ entity: "municipality", id: municipality.id, regionId: region.id });
      const scopeM = { regionId: region.id, municipalityId: municipality.id };
      const muniEvent = await db.event.create({
        data: { level: "MUNICIPALITY", ...scopeM, academicYearId: year.id, type: "METHODOLOGICAL_ASSOCIATION", title: "ГМО", startsAt: new Date("2026-12-02") },
      });
      add({ entity: "event", id: muniEvent.id, level: "MUNICIPALITY", ...scopeM });
      const muniRequirement = await db.documentRequirement.create({ data: { level: "MUNICIPALITY", ...scopeM, code: "PLAN", title: "План" } });
      add({ entity: "documentRequirement", id: muniRequirement.id, level: "MUNICIPALITY", ...scopeM });
      const curatorM = { id: id("user"), email: `${n}-mc@x.test`, fullName: "Муниципальный куратор" };
      users.push(curatorM);
      assignments.push({ userId: curatorM.id, role: "MUNICIPAL_CURATOR", ...scopeM });
      userRows(curatorM, [{ ...scopeM, schoolId: null }]);

      for (const s of [0, 1]) {
        const school = await db.school.create({
          data: { ...scopeM, code: id("s"), slug: id("slug"), name: `Школа ${r}${m}${s}`, shortName: `Школа ${r}${m}${s}` },
        });
        add({ entity: "school", id: school.id, ...scopeM });
        await buildSchool({ r, m, s, school: { ...scopeM, schoolId: school.id } });
      }
      if (r === 0 && m === 0) actors.MUNICIPAL_CURATOR = { role: "MUNICIPAL_CURATOR", userId: curatorM.id, ...scopeM, schoolId: "" };
    }
    if (r === 0) actors.REGIONAL_COORDINATOR = { role: "REGIONAL_COORDINATOR", userId: coordinator.id, regionId: region.id, municipalityId: "", schoolId: "" };
  }
  actors.ADMIN = { role: "ADMIN", userId: adminId, regionId: "", municipalityId: "", schoolId: "" };

  async function buildSchool(at: { r: number; m: number; s: number; school: { regionId: string; municipalityId: string; schoolId: string } }) {
    const scope = at.school;
    const person = (kind: "TEACHER" | "STUDENT", lastName: string, extra: object = {}) => ({
      id: id("p"), ...scope, kind, lastName, firstName: "Имя", inMentorBase: true, inMenteeBase: true, consentGiven: true, ...extra,
    });
    const mentor = person("TEACHER", "Наставникова", { experienceYears: 20 });
    const mentee = person("TEACHER", "Молодцов", { experienceYears: 1 });
    const student = person("STUDENT", "Ученикова", { isMinor: true, className: "7А" });
    const other = person("TEACHER", "Другова", { experienceYears: 8 });
    const curator = { id: id("user"), email: `${n}-sc@x.test`, fullName: "Куратор" };
    const mentorUser = { id: id("user"), email: `${n}-mentor@x.test`, fullName: "Наставник" };
    const menteeUser = { id: id("user"), email: `${n}-mentee@x.test`, fullName: "Наставляемый" };
    users.push(curator, mentorUser, menteeUser);
    await db.user.createMany({ data: [curator, mentorUser, menteeUser] });
    await db.participant.createMany({
      data: [
        { ...mentor, userId: mentorUser.id },
        { ...mentee, userId: menteeUser.id },
        student,
        other,
      ],
    });
    for (const p of [mentor, mentee, student, other]) {
      add({
        entity: "participant",
        id: p.id,
        ...scope,
        people: [p.id],
        pairMentor: p === mentee ? mentor.id : p === student ? other.id : undefined,
        pairMentees: p === mentor ? [mentee.id] : p === other ? [student.id] : undefined,
      });
    }
    for (const [user, role] of [[curator, "SCHOOL_CURATOR"], [mentorUser, "MENTOR"], [menteeUser, "MENTEE"]] as const) {
      assignments.push({ userId: user.id, role, ...scope });
      const pids = user === mentorUser ? [mentor.id] : user === menteeUser ? [mentee.id] : [];
      add({ entity: "user", id: user.id, assignments: [{ ...scope }], participantIds: pids, pairMentor: mentor.id, pairMentees: [mentee.id] });
    }
    const program = await db.mentoringProgram.create({
      data: { ...scope, academicYearId: year.id, title: "Программа наставничества", startsOn: new Date("2026-09-01"), endsOn: new Date("2027-05-31") },
    });
    add({ entity: "program", id: program.id, ...scope });
    // Two pairs per school: the mentor with the young teacher, and another teacher with a pupil.
    for (const [pairMentor, pairMentee, pairForm] of [[mentor, mentee, form], [other, student, studentForm]] as const) {
      const pairId = id("pair");
      await db.mentoringPair.create({
        data: { id: pairId, ...scope, academicYearId: year.id, formId: pairForm.id, mentorId: pairMentor.id, startsOn: new Date("2026-09-15"), plannedEndOn: new Date("2027-05-31") },
      });
      await db.pairMentee.create({
        data: { ...scope, pairId, mentorId: pairMentor.id, formId: pairForm.id, pairStatus: "ACTIVE", menteeId: pairMentee.id, joinedOn: new Date("2026-09-15") },
      });
      const inPair = { pairMentor: pairMentor.id, pairMentees: [pairMentee.id] };
      add({ entity: "pair", id: pairId, ...scope, ...inPair });
      const plan = await db.developmentPlan.create({
        data: { ...scope, pairId, menteeId: pairMentee.id, title: "ИПР", startsOn: new Date("2026-09-15"), endsOn: new Date("2027-05-31") },
      });
      add({ entity: "plan", id: plan.id, ...scope, ...inPair, people: [pairMentee.id] });
      const item = await db.planItem.create({ data: { ...scope, planId: plan.id, position: 0, goal: "Открытый урок" } });
      add({ entity: "planItem", id: item.id, ...scope, ...inPair, people: [pairMentee.id] });
      const visit = await db.lessonVisit.create({
        data: { ...scope, academicYearId: year.id, pairId, direction: "MENTOR_TO_MENTEE", visitedOn: new Date("2026-10-01"), visitorId: pairMentor.id, teacherId: pairMentee.id, subject: "Физика" },
      });
      add({ entity: "visit", id: visit.id, ...scope, ...inPair, people: [pairMentor.id, pairMentee.id] });
      const meeting = await db.meeting.create({
        data: { ...scope, pairId, heldOn: new Date("2026-10-02"), topic: "План", durationMinutes: 45 },
      });
      add({ entity: "meeting", id: meeting.id, ...scope, ...inPair });
      const training = await db.training.create({
        data: { ...scope, participantId: pairMentor.id, courseTitle: "Курс", provider: "ИРО", hours: 36, endsOn: new Date("2026-06-01") },
      });
      add({ entity: "training", id: training.id, ...scope, people: [pairMentor.id] });
      const award = await db.award.create({
        data: { ...scope, participantId: pairMentor.id, kind: "LETTER_OF_THANKS", level: "SCHOOL", title: "Благодарность", proposedOn: new Date("2026-11-01") },
      });
      add({ entity: "award", id: award.id, ...scope, people: [pairMentor.id] });
      const response = await db.questionnaireResponse.create({
        data: { ...scope, versionId: version.id, respondentId: pairMentee.id, answers: {} },
      });
      add({ entity: "response", id: response.id, ...scope, people: [pairMentee.id] });
      const diagnosis = await db.questionnaireResponse.create({
        data: { ...scope, versionId: diagnosticVersion.id, respondentId: pairMentee.id, answers: {} },
      });
      add({ entity: "response", id: diagnosis.id, ...scope, ...inPair, people: [pairMentee.id], diagnostic: true });
    }
    // An open lesson of a teacher outside both pairs, visited by the young teacher.
    const openLesson = await db.lessonVisit.create({
      data: { ...scope, academicYearId: year.id, direction: "OPEN_LESSON", visitedOn: new Date("2026-10-05"), visitorId: mentee.id, teacherId: other.id, subject: "Химия" },
    });
    add({ entity: "visit", id: openLesson.id, ...scope, people: [mentee.id, other.id] });
    const event = await db.event.create({
      data: { level: "SCHOOL", ...scope, academicYearId: year.id, type: "SEMINAR", title: "Семинар", startsAt: new Date("2026-12-03") },
    });
    add({ entity: "event", id: event.id, level: "SCHOOL", ...scope });
    const file = await db.storedFile.create({
      data: { storageKey: `matrix/${id("f")}.pdf`, originalName: "Приказ.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "0".repeat(64), ...scope },
    });
    const document = await db.document.create({ data: { ...scope, requirementId: platformRequirement.id, academicYearId: year.id } });
    await db.documentVersion.create({ data: { documentId: document.id, schoolId: scope.schoolId, versionNo: 1, fileId: file.id } });
    add({ entity: "document", id: document.id, ...scope });
    const questionnaire = await db.questionnaireTemplate.create({
      data: { level: "SCHOOL", ...scope, kind: "OTHER", title: "Опрос школы", audience: ["MENTOR"] },
    });
    add({ entity: "questionnaire", id: questionnaire.id, level: "SCHOOL", ...scope, audience: ["MENTOR"], published: false });
    // The mentee's draft of the platform survey and the mentor's note of having answered the diagnostic.
    const draft = await db.questionnaireSubmission.create({
      data: { ...scope, templateId: platformQuestionnaire.id, versionId: version.id, userId: menteeUser.id, participantId: mentee.id, draft: {} },
    });
    add({ entity: "submission", id: draft.id, ...scope, ownerUserId: menteeUser.id });
    const answered = await db.questionnaireSubmission.create({
      data: { ...scope, templateId: diagnostic.id, versionId: diagnosticVersion.id, userId: mentorUser.id, participantId: mentor.id, submittedAt: new Date("2026-10-10") },
    });
    add({ entity: "submission", id: answered.id, ...scope, ownerUserId: mentorUser.id });
    const curatorsOwn = await db.questionnaireSubmission.create({
      data: { ...scope, templateId: platformQuestionnaire.id, versionId: version.id, userId: curator.id, draft: {} },
    });
    add({ entity: "submission", id: curatorsOwn.id, ...scope, ownerUserId: curator.id });
    const audit = await db.auditEvent.create({ data: { action: "test", entity: "School", entityId: scope.schoolId, ...scope } });
    add({ entity: "auditEvent", id: audit.id, ...scope });

    if (at.r === 0 && at.m === 0 && at.s === 0) {
      actors.SCHOOL_CURATOR = { role: "SCHOOL_CURATOR", userId: curator.id, ...scope };
      actors.MENTOR = { role: "MENTOR", userId: mentorUser.id, ...scope };
      actors.MENTEE = { role: "MENTEE", userId: menteeUser.id, ...scope };
    }
  }

  // Users and role assignments of the regions and municipalities (schools wrote theirs already).
  const schoolUsers = new Set((await db.user.findMany({ select: { id: true } })).map((u) => u.id));
  await db.user.createMany({ data: users.filter((u) => !schoolUsers.has(u.id)) });
  await db.roleAssignment.createMany({ data: assignments });
  add({ entity: "user", id: adminId, assignments: [{ regionId: null, municipalityId: null, schoolId: null }], participantIds: [] });
  return { records, actors, year, form };
}
