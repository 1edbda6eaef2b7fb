/**
 * Who may invite whom, across roles and tenants (lib/access/grants.ts, through the mutations that
 * use it). Attacker and victim: a foreign id is "not found", a role above one's own is "forbidden",
 * and nothing is written either way.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { grantableRoles, mayGrantRole } from "@/lib/access";
import { createParticipant, createSchool } from "@/tests/factories";
import { createMailbox, createMunicipalityIn, createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { inviteUser, setUserActive } from "./mutations";
import { listInvitableParticipants, listUsers } from "./queries";
import { ZInviteUser, type TInviteUserInput } from "./schemas";

let counter = 0;
function invitation(role: TInviteUserInput["role"], targetId = "", extra: Record<string, unknown> = {}) {
  counter += 1;
  return ZInviteUser.parse({ email: `person${counter}@example.ru`, fullName: `Человек ${counter}`, role, targetId, ...extra });
}
const mail = () => ({ sendMail: createMailbox().sendMail });

describe("who may invite whom", () => {
  it("offers each role exactly the roles it may grant", async () => {
    const { school } = await createSchool();
    const roles = {
      ADMIN: (await createUserWithRole("ADMIN")).principal,
      REGIONAL_COORDINATOR: (await createUserWithRole("REGIONAL_COORDINATOR", { regionId: school.regionId })).principal,
      MUNICIPAL_CURATOR: (await createUserWithRole("MUNICIPAL_CURATOR", { regionId: school.regionId, municipalityId: school.municipalityId })).principal,
      SCHOOL_CURATOR: (await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school))).principal,
      MENTOR: (await createUserWithRole("MENTOR", scopeOfSchool(school))).principal,
      MENTEE: (await createUserWithRole("MENTEE", scopeOfSchool(school))).principal,
    };
    expect(Object.fromEntries(Object.entries(roles).map(([role, principal]) => [role, grantableRoles(principal)]))).toEqual({
      ADMIN: ["ADMIN", "REGIONAL_COORDINATOR", "MUNICIPAL_CURATOR", "SCHOOL_CURATOR", "MENTOR", "MENTEE"],
      REGIONAL_COORDINATOR: ["REGIONAL_COORDINATOR", "MUNICIPAL_CURATOR"],
      MUNICIPAL_CURATOR: ["SCHOOL_CURATOR"],
      SCHOOL_CURATOR: ["MENTOR", "MENTEE"],
      MENTOR: [],
      MENTEE: [],
    });
    // A target must carry exactly the ids its role needs: a mentor without a participant is no target.
    expect(mayGrantRole(roles.SCHOOL_CURATOR, "MENTOR", { ...scopeOfSchool(school), participantId: null } as never)).toBe(false);
    expect(mayGrantRole(roles.ADMIN, "ADMIN", { regionId: school.regionId, municipalityId: null, schoolId: null })).toBe(false);
  });

  it("keeps a school curator inside their own school: another school's participant is not found", async () => {
    const { school, municipality } = await createSchool();
    const neighbour = await createSchoolIn(municipality); // same municipality, another school
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const ownTeacher = await createParticipant(school);
    const foreignTeacher = await createParticipant(neighbour);

    await expect(inviteUser(curator.principal, invitation("MENTOR", foreignTeacher.id), mail())).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The school's own id is no participant either: mentor roles link a person of the school's base.
    await expect(inviteUser(curator.principal, invitation("MENTEE", school.id), mail())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inviteUser(curator.principal, invitation("SCHOOL_CURATOR", neighbour.id), mail())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteUser(curator.principal, invitation("SCHOOL_CURATOR", school.id), mail())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { roleAssignments: { some: { createdById: curator.user.id } } } })).toBe(0);

    const picker = await listInvitableParticipants(curator.principal, neighbour.id);
    expect(picker).toEqual([]);
    expect((await listInvitableParticipants(curator.principal, school.id)).map((p) => p.id)).toEqual([ownTeacher.id]);

    await inviteUser(curator.principal, invitation("MENTOR", ownTeacher.id), mail());
    expect(await listInvitableParticipants(curator.principal, school.id)).toEqual([]); // linked now
  });

  it("derives the scope of the new role from the database, whatever else the form sends", async () => {
    const { school } = await createSchool();
    const elsewhere = await createSchool();
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const teacher = await createParticipant(school);
    const forged = invitation("MENTOR", teacher.id, { schoolId: elsewhere.school.id, regionId: elsewhere.region.id });
    const { userId } = await inviteUser(curator.principal, forged, mail());
    expect(await db.roleAssignment.findMany({ where: { userId }, select: { regionId: true, municipalityId: true, schoolId: true } })).toEqual([
      scopeOfSchool(school),
    ]);
  });

  it("lets a municipal curator appoint school curators of their municipality only, and never an admin", async () => {
    const { school, municipality, region } = await createSchool();
    const { school: otherMunicipalitySchool } = await createMunicipalityIn(region);
    const curator = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id });

    await expect(inviteUser(curator.principal, invitation("ADMIN"), mail())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteUser(curator.principal, invitation("REGIONAL_COORDINATOR", region.id), mail())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inviteUser(curator.principal, invitation("MENTOR", (await createParticipant(school)).id), mail())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(inviteUser(curator.principal, invitation("SCHOOL_CURATOR", otherMunicipalitySchool.id), mail())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const { userId } = await inviteUser(curator.principal, invitation("SCHOOL_CURATOR", school.id), mail());
    expect(await db.roleAssignment.findFirst({ where: { userId } })).toMatchObject({ role: "SCHOOL_CURATOR", ...scopeOfSchool(school) });
  });

  it("lets a regional coordinator appoint municipal curators and coordinators of their own region only", async () => {
    const { municipality, region } = await createSchool();
    const foreign = await createSchool();
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });

    await expect(inviteUser(coordinator.principal, invitation("MUNICIPAL_CURATOR", foreign.municipality.id), mail())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(inviteUser(coordinator.principal, invitation("REGIONAL_COORDINATOR", foreign.region.id), mail())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(inviteUser(coordinator.principal, invitation("SCHOOL_CURATOR", foreign.school.id), mail())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const curator = await inviteUser(coordinator.principal, invitation("MUNICIPAL_CURATOR", municipality.id), mail());
    const colleague = await inviteUser(coordinator.principal, invitation("REGIONAL_COORDINATOR", region.id), mail());
    expect(await db.roleAssignment.findFirst({ where: { userId: curator.userId } })).toMatchObject({
      regionId: region.id,
      municipalityId: municipality.id,
      schoolId: null,
    });
    expect(await db.roleAssignment.findFirst({ where: { userId: colleague.userId } })).toMatchObject({
      regionId: region.id,
      municipalityId: null,
      schoolId: null,
    });
  });

  it("lets the admin grant any role anywhere, and mentors and mentees nothing", async () => {
    const { school } = await createSchool();
    const admin = await createUserWithRole("ADMIN");
    const { userId } = await inviteUser(admin.principal, invitation("ADMIN"), mail());
    expect(await db.roleAssignment.findFirst({ where: { userId } })).toMatchObject({ role: "ADMIN", regionId: null, municipalityId: null, schoolId: null });
    await inviteUser(admin.principal, invitation("MENTEE", (await createParticipant(school)).id), mail());

    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    await expect(inviteUser(mentor.principal, invitation("MENTEE", (await createParticipant(school)).id), mail())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A mentor sees themselves (and the people of their pairs), and manages nobody.
    expect((await listUsers(mentor.principal, { page: 1 })).users).toMatchObject([{ id: mentor.user.id, manageable: false }]);
  });
});

describe("who may manage whose account", () => {
  it("lists only the users of one's scope, and lets one manage only those whose every role one could grant", async () => {
    const { school, municipality, region } = await createSchool();
    const foreign = await createSchool();
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const stranger = await createUserWithRole("MENTOR", scopeOfSchool(foreign.school));
    // A regional coordinator who also mentors at the school: visible there, but not the curator's to switch off.
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    await db.roleAssignment.create({ data: { userId: coordinator.user.id, role: "MENTOR", ...scopeOfSchool(school) } });

    const { users } = await listUsers(curator.principal, { page: 1 });
    const byId = new Map(users.map((u) => [u.id, u]));
    expect(byId.has(stranger.user.id)).toBe(false);
    expect(byId.get(mentor.user.id)).toMatchObject({ manageable: true, status: "active" });
    expect(byId.get(curator.user.id)).toMatchObject({ manageable: false });
    expect(byId.get(coordinator.user.id)).toMatchObject({ manageable: false, roles: [{ role: "MENTOR" }] });

    await expect(setUserActive(curator.principal, { userId: stranger.user.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUserActive(curator.principal, { userId: coordinator.user.id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserActive(curator.principal, { userId: curator.user.id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id });
    await expect(setUserActive(municipal.principal, { userId: mentor.user.id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { users: municipalView } = await listUsers(municipal.principal, { page: 1 });
    expect(municipalView.find((u) => u.id === curator.user.id)).toMatchObject({ manageable: true });
  });
});
