import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAcademicYear, createForm, createPair, createParticipant, createSchool } from "@/tests/factories";
import { getAdminHome, getPlatformOverview } from "./queries";
import { NotFoundError } from "@/lib/errors";

describe("the home page's overview", () => {
  it("counts active pairs of the current year by form, and lists forms nobody uses", async () => {
    const { school } = await createSchool();
    await createSchool();
    const current = await createAcademicYear({ startYear: 2026, isCurrent: true });
    const previous = await createAcademicYear({ startYear: 2025, isCurrent: false });
    const used = await createForm({ name: "учитель–учитель" });
    const unused = await createForm({ name: "работодатель–ученик" });
    const mentor = await createParticipant(school);
    const mentees = await Promise.all([1, 2, 3].map(() => createParticipant(school, { experienceYears: 1 })));

    await createPair({ school, academicYearId: current.id, formId: used.id, mentorId: mentor.id, menteeIds: [mentees[0].id] });
    await createPair({ school, academicYearId: current.id, formId: used.id, mentorId: mentor.id, menteeIds: [mentees[1].id] });
    // Not counted: a completed pair of this year and an active one of last year.
    await createPair({ school, academicYearId: current.id, formId: used.id, mentorId: mentor.id, menteeIds: [mentees[2].id], status: "COMPLETED" });
    await createPair({ school, academicYearId: previous.id, formId: unused.id, mentorId: mentor.id, menteeIds: [mentees[2].id] });

    const overview = await getPlatformOverview();
    expect(overview).toMatchObject({ academicYear: "2026–2027", regions: 2, municipalities: 2, schools: 2, activePairs: 2 });
    expect(overview.pairsByForm).toEqual([
      { formId: used.id, name: "учитель–учитель", activePairs: 2 },
      { formId: unused.id, name: "работодатель–ученик", activePairs: 0 },
    ]);
  });

  it("leaves schools outside the rollout out of the count", async () => {
    const before = (await getPlatformOverview()).schools;
    const { school } = await createSchool();
    await db.school.update({ where: { id: school.id }, data: { inRollout: false } });
    expect((await getPlatformOverview()).schools).toBe(before);
  });
});

describe("the admin's home", () => {
  it("opens for the platform admin only; a coordinator gets not found", async () => {
    const { createUserWithRole } = await import("@/tests/factories-users");
    const { school } = await createSchool();
    const admin = await createUserWithRole("ADMIN");
    const home = await getAdminHome(admin.principal);
    expect(home.mailConfigured).toBe(false); // no SMTP_URL in tests: the admin is told letters stay on the server
    expect(home.regions.map((r) => r.id)).toContain(school.regionId);
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: school.regionId });
    await expect(getAdminHome(coordinator.principal)).rejects.toBeInstanceOf(NotFoundError);
  });
});
