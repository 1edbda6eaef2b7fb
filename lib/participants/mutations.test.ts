import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createParticipant as createParticipantRow, createSchool } from "@/tests/factories";
import { createSchoolWithCurator, studentForm, teacherForm } from "@/tests/factories-participants";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { createParticipant, setParticipantArchived, updateParticipant } from "./mutations";
import { getParticipant } from "./queries";
import { ZCreateParticipant, ZUpdateParticipant } from "./schemas";

const create = (schoolId: string, values = teacherForm()) => ZCreateParticipant.parse({ schoolId, ...values });

describe("participant rules", () => {
  it("creates a participant with scoping ids from the school, derived flags and an audit event", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const { participantId } = await createParticipant(curator, create(school.id), { ip: "10.0.0.7" });
    const row = await db.participant.findUniqueOrThrow({ where: { id: participantId } });
    expect(row).toMatchObject({ regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id, subjects: ["математика", "информатика"] });
    expect(row.externalKey).toBe("TEACHER:смирнова|ольга|викторовна");
    const card = await getParticipant(curator, participantId);
    expect(card?.flags).toEqual(expect.arrayContaining(["youngSpecialist", "under35"]));
    expect(await db.auditEvent.findMany({ where: { entityId: participantId }, select: { action: true, ip: true, schoolId: true } })).toEqual([
      { action: "participant.create", ip: "10.0.0.7", schoolId: school.id },
    ]);
  });

  it("asks for the guardian's name and the date of a minor's consent, beside those fields", () => {
    const result = ZCreateParticipant.safeParse({ schoolId: "s", ...studentForm({ consentGiven: true }) });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["consentDate", "Укажите дату согласия"],
        ["consentGivenBy", expect.stringContaining("родитель или законный представитель")],
      ]),
    );
    // An adult gives consent themselves: no guardian needed.
    expect(ZCreateParticipant.safeParse({ schoolId: "s", ...teacherForm() }).success).toBe(true);
    const ok = ZCreateParticipant.safeParse({ schoolId: "s", ...studentForm({ consentGiven: true, consentDate: "2025-09-02", consentGivenBy: "Кузнецова Ирина Павловна" }) });
    expect(ok.success).toBe(true);
  });

  it("refuses the second of two edits made from the same version, with a Russian message", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const { participantId } = await createParticipant(curator, create(school.id));
    const first = ZUpdateParticipant.parse({ participantId, version: 1, ...teacherForm({ experienceYears: "5" }) });
    const second = ZUpdateParticipant.parse({ participantId, version: 1, ...teacherForm({ position: "завуч" }) });
    expect(await updateParticipant(curator, first)).toMatchObject({ version: 2 });
    await expect(updateParticipant(curator, second)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("другой пользователь") });
    const row = await db.participant.findUniqueOrThrow({ where: { id: participantId } });
    expect(row).toMatchObject({ experienceYears: 5, position: "учитель математики", version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: participantId, action: "participant.update" } });
    expect(audit.before).toEqual({ experienceYears: 2 });
    expect(audit.after).toEqual({ experienceYears: 5 });
  });

  it("refuses a namesake without a birth date as a duplicate", async () => {
    const { school, curator } = await createSchoolWithCurator();
    await createParticipant(curator, create(school.id));
    await expect(createParticipant(curator, create(school.id))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("уже есть в базе") });
    await expect(createParticipant(curator, create(school.id, teacherForm({ birthDate: "1999-05-01" })))).resolves.toBeTruthy();
  });

  it("archives and restores, each once, with audit events", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const { participantId } = await createParticipant(curator, create(school.id));
    expect(await setParticipantArchived(curator, { participantId, archived: true })).toMatchObject({ changed: true });
    expect(await setParticipantArchived(curator, { participantId, archived: true })).toMatchObject({ changed: false });
    expect(await setParticipantArchived(curator, { participantId, archived: false })).toMatchObject({ changed: true });
    const actions = await db.auditEvent.findMany({ where: { entityId: participantId }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["participant.create", "participant.archive", "participant.restore"]);
  });

  it("keeps other schools' participants out of reach and lets no mentor create one", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const other = await createSchool();
    const victim = await createParticipantRow(other.school, { lastName: "Чужая" });
    expect(await getParticipant(curator, victim.id)).toBeNull();
    const edit = ZUpdateParticipant.parse({ participantId: victim.id, version: 1, ...teacherForm() });
    await expect(updateParticipant(curator, edit)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setParticipantArchived(curator, { participantId: victim.id, archived: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createParticipant(curator, create(other.school.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    await expect(createParticipant(mentor.principal, create(school.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.participant.count({ where: { schoolId: school.id } })).toBe(0);
    expect((await db.participant.findUniqueOrThrow({ where: { id: victim.id } })).archivedAt).toBeNull();
  });

  it("records a read of a minor's card", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const { participantId } = await createParticipant(curator, create(school.id, studentForm()));
    expect((await db.participant.findUniqueOrThrow({ where: { id: participantId } })).isMinor).toBe(true);
    await getParticipant(curator, participantId);
    expect(await db.auditEvent.count({ where: { entityId: participantId, action: "participant.read_minor" } })).toBe(1);
  });
});
