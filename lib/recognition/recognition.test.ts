/**
 * Trainings and awards on a real database: who may record them, for whom, and how an award's
 * status moves; another school's people and records stay out of reach.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAcademicYear, createParticipant, createSchool } from "@/tests/factories";
import { createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { createTrainingRow } from "@/tests/factories-programs";
import { addTraining, proposeAward, setAwardStatus } from "./mutations";
import { listSchoolRecognition } from "./queries";
import { ZAddTraining, ZProposeAward, ZSetAwardStatus } from "./schemas";

const yearPromise = createAcademicYear();

async function world() {
  const year = await yearPromise;
  const { school, municipality } = await createSchool();
  const neighbour = await createSchoolIn(municipality);
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
  const mentor = await createParticipant(school, { lastName: "Наставникова" });
  const stranger = await createParticipant(neighbour);
  return { year, school, neighbour, curator, mentor, stranger };
}

const training = (schoolId: string, trainee: string, extra: Record<string, unknown> = {}) =>
  ZAddTraining.parse({ schoolId, trainee, courseTitle: "Реализация технологий наставничества", provider: "ИРО Оренбургской области", hours: 36, startsOn: "2026-03-16", endsOn: "2026-03-27", certificateNumber: "ПК 56-2026/0101", ...extra });
const award = (schoolId: string, participantId: string) =>
  ZProposeAward.parse({ schoolId, participantId, kind: "HONORARY_MENTOR_BADGE", level: "REGION", title: "Знак «Почётный наставник» Оренбургской области", proposedOn: "2026-11-20", note: "" });

describe("trainings and awards", () => {
  it("records a mentor's and a curator's training with an audit event", async () => {
    const w = await world();
    const forMentor = await addTraining(w.curator.principal, training(w.school.id, `participant:${w.mentor.id}`));
    const forCurator = await addTraining(w.curator.principal, training(w.school.id, `user:${w.curator.user.id}`, { hours: 72, certificateNumber: "" }));
    const { trainings } = await listSchoolRecognition(w.curator.principal, w.school.id);
    expect(trainings.map((t) => [t.id, t.participant?.id ?? null, t.user?.id ?? null, t.hours])).toEqual(
      expect.arrayContaining([
        [forMentor.id, w.mentor.id, null, 36],
        [forCurator.id, null, w.curator.user.id, 72],
      ]),
    );
    expect(await db.training.findUniqueOrThrow({ where: { id: forCurator.id } })).toMatchObject({ schoolId: w.school.id, municipalityId: w.school.municipalityId, certificateNumber: null });
    expect(await db.auditEvent.count({ where: { action: "training.create", schoolId: w.school.id } })).toBe(2);
  });

  it("validates trainings in Russian and refuses people of another school", async () => {
    const w = await world();
    const bad = ZAddTraining.safeParse({ schoolId: w.school.id, trainee: "", courseTitle: "", provider: "", hours: 0, startsOn: "2026-05-01", endsOn: "2026-04-01", certificateNumber: "" });
    expect(Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]))).toMatchObject({
      trainee: "Выберите, кто прошёл обучение",
      courseTitle: "Введите название курса",
      hours: "Не меньше 1 часа",
      endsOn: "Окончание раньше начала",
    });
    await expect(addTraining(w.curator.principal, training(w.school.id, `participant:${w.stranger.id}`))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { trainee: [expect.any(String)] } });
    const foreignCurator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(w.neighbour));
    await expect(addTraining(w.curator.principal, training(w.school.id, `user:${foreignCurator.user.id}`))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addTraining(w.curator.principal, training(w.neighbour.id, `participant:${w.stranger.id}`))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: w.school.regionId, municipalityId: w.school.municipalityId });
    await expect(addTraining(municipal.principal, training(w.school.id, `participant:${w.mentor.id}`))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.training.count({ where: { schoolId: { in: [w.school.id, w.neighbour.id] } } })).toBe(0);
  });

  it("proposes an award by the signed-in curator and moves its status forward only", async () => {
    const w = await world();
    const { id } = await proposeAward(w.curator.principal, award(w.school.id, w.mentor.id));
    expect(await db.award.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PROPOSED", proposedById: w.curator.user.id, academicYearId: w.year.id, schoolId: w.school.id });
    const { awards } = await listSchoolRecognition(w.curator.principal, w.school.id);
    expect(awards[0]).toMatchObject({ id, proposedBy: w.curator.user.fullName });

    await expect(setAwardStatus(w.curator.principal, ZSetAwardStatus.parse({ awardId: id, status: "AWARDED", awardedOn: "2026-12-01" }))).rejects.toMatchObject({ code: "VALIDATION" });
    await setAwardStatus(w.curator.principal, ZSetAwardStatus.parse({ awardId: id, status: "APPROVED", awardedOn: "" }));
    await expect(setAwardStatus(w.curator.principal, ZSetAwardStatus.parse({ awardId: id, status: "AWARDED", awardedOn: "2026-11-01" }))).rejects.toMatchObject({
      fieldErrors: { awardedOn: ["Дата вручения раньше даты представления"] },
    });
    await setAwardStatus(w.curator.principal, ZSetAwardStatus.parse({ awardId: id, status: "AWARDED", awardedOn: "2026-12-01" }));
    expect(await db.award.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "AWARDED", awardedOn: new Date("2026-12-01T00:00:00Z") });
    await expect(setAwardStatus(w.curator.principal, ZSetAwardStatus.parse({ awardId: id, status: "DECLINED", awardedOn: "" }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(ZSetAwardStatus.safeParse({ awardId: id, status: "AWARDED", awardedOn: "" }).error?.issues[0].message).toBe("Укажите дату вручения");
    expect(await db.auditEvent.findMany({ where: { entityId: id }, select: { action: true }, orderBy: [{ at: "asc" }, { id: "asc" }] })).toEqual([
      { action: "award.propose" },
      { action: "award.set_status" },
      { action: "award.set_status" },
    ]);
  });

  it("keeps another school's awards and trainings out of reach", async () => {
    const w = await world();
    const victim = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(w.neighbour));
    const victimAward = await proposeAward(victim.principal, award(w.neighbour.id, w.stranger.id));
    await createTrainingRow(w.neighbour, w.stranger.id);
    await expect(proposeAward(w.curator.principal, award(w.school.id, w.stranger.id))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setAwardStatus(w.curator.principal, ZSetAwardStatus.parse({ awardId: victimAward.id, status: "DECLINED", awardedOn: "" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seen = await listSchoolRecognition(w.curator.principal, w.neighbour.id);
    expect(seen).toEqual({ trainings: [], awards: [] });
    expect((await db.award.findUniqueOrThrow({ where: { id: victimAward.id } })).status).toBe("PROPOSED");
    // The municipality reads both schools' records but does not change them.
    const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: w.school.regionId, municipalityId: w.school.municipalityId });
    expect((await listSchoolRecognition(municipal.principal, w.neighbour.id)).awards).toHaveLength(1);
    await expect(setAwardStatus(municipal.principal, ZSetAwardStatus.parse({ awardId: victimAward.id, status: "DECLINED", awardedOn: "" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
