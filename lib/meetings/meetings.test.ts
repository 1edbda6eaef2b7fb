import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError } from "@/lib/errors";
import { createPlansWorld } from "@/tests/factories-plans";
import { createMeeting, deleteMeeting, updateMeeting } from "./mutations";
import { getMeeting, listMeetings } from "./queries";
import { MEETING_MESSAGES } from "./schemas";

const meetingForm = (overrides: Record<string, unknown> = {}) => ({
  heldOn: "2026-11-20",
  format: "ONLINE",
  topic: "Формирующее оценивание",
  durationMinutes: 45,
  outcome: "Договорились о заданиях",
  planItemIds: [],
  ...overrides,
});

describe("meetings", () => {
  it("logs a meeting with linked plan items of the pair; the mentee sees it, the other pair does not", async () => {
    const world = await createPlansWorld();
    const items = world.planA.items.slice(0, 2).map((i) => i.id);
    const { id } = await createMeeting(world.mentorA.principal, { pairId: world.pairA.id, ...meetingForm({ planItemIds: items }) });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id }, include: { planItems: true } });
    expect(meeting).toMatchObject({ format: "ONLINE", durationMinutes: 45, schoolId: world.school.id, createdById: world.mentorA.user.id });
    expect(meeting.planItems.map((l) => l.planItemId).sort()).toEqual([...items].sort());
    expect(await db.auditEvent.count({ where: { action: "meeting.create", entityId: id } })).toBe(1);
    expect((await listMeetings(world.menteeA.principal)).map((m) => m.id)).toEqual([id]);
    expect(await getMeeting(world.menteeA.principal, id)).toMatchObject({ capabilities: { edit: false } });
    expect(await getMeeting(world.mentorB.principal, id)).toBeNull();
    expect(await listMeetings(world.menteeB.principal)).toEqual([]);
  });

  it("refuses items of another pair, a duration out of bounds and a date before the pair", async () => {
    const world = await createPlansWorld();
    const log = (overrides: Record<string, unknown>) => createMeeting(world.mentorA.principal, { pairId: world.pairA.id, ...meetingForm(overrides) }).catch((e: AppError) => e.fieldErrors);
    expect(await log({ planItemIds: [world.planB.items[0].id] })).toEqual({ planItemIds: [MEETING_MESSAGES.itemsOfOtherPair] });
    expect(await log({ durationMinutes: 2 })).toEqual({ durationMinutes: ["Не меньше 5 минут"] });
    expect(await log({ heldOn: "2026-09-01" })).toEqual({ heldOn: [MEETING_MESSAGES.beforePair] });
  });

  it("changes the linked items with a version check, and removes the meeting; each audited", async () => {
    const world = await createPlansWorld();
    const { id } = await createMeeting(world.mentorA.principal, { pairId: world.pairA.id, ...meetingForm({ planItemIds: [world.planA.items[0].id] }) });
    await updateMeeting(world.mentorA.principal, { meetingId: id, version: 1, ...meetingForm({ planItemIds: [world.planA.items[2].id], durationMinutes: 60 }) });
    await expect(updateMeeting(world.curator.principal, { meetingId: id, version: 1, ...meetingForm() })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.meetingPlanItem.findMany({ where: { meetingId: id } })).map((l) => l.planItemId)).toEqual([world.planA.items[2].id]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.update", entityId: id } });
    expect(audit).toMatchObject({ before: { durationMinutes: 45, planItemIds: [world.planA.items[0].id] }, after: { durationMinutes: 60, planItemIds: [world.planA.items[2].id] } });
    await deleteMeeting(world.curator.principal, { meetingId: id, version: 2 });
    expect(await db.auditEvent.count({ where: { action: "meeting.delete", entityId: id } })).toBe(1);
  });
});
