/**
 * Writes of meetings of pairs and groups. The scoping ids come from the pair; the linked plan
 * items must belong to the pair's plans.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { toDate } from "@/lib/pairs/schemas";
import { todayDate } from "@/lib/plans/dates";
import { scopeOf } from "@/lib/plans/tenant";
import { fail, parseInput } from "@/lib/validation";
import { MEETING_MESSAGES, ZCreateMeeting, ZDeleteMeeting, ZUpdateMeeting, type TMeetingFields } from "./schemas";

export type MeetingsContext = { ip?: string | null };

async function meetingColumns(tx: Prisma.TransactionClient, pairId: string, input: TMeetingFields) {
  const pair = await tx.mentoringPair.findUniqueOrThrow({ where: { id: pairId } });
  const heldOn = toDate(input.heldOn);
  if (heldOn > todayDate()) fail({ heldOn: [MEETING_MESSAGES.future] });
  if (heldOn < pair.startsOn) fail({ heldOn: [MEETING_MESSAGES.beforePair] });
  if (pair.endedOn && heldOn > pair.endedOn) fail({ heldOn: [MEETING_MESSAGES.afterPair] });
  const itemIds = [...new Set(input.planItemIds ?? [])];
  if (itemIds.length) {
    const found = await tx.planItem.count({ where: { id: { in: itemIds }, plan: { pairId: pair.id } } });
    if (found !== itemIds.length) fail({ planItemIds: [MEETING_MESSAGES.itemsOfOtherPair] });
  }
  return {
    pair,
    itemIds,
    columns: { heldOn, format: input.format, topic: input.topic.trim(), durationMinutes: input.durationMinutes, outcome: input.outcome?.trim() || null },
  };
}

export async function createMeeting(principal: Principal, raw: unknown, context: MeetingsContext = {}) {
  const input = parseInput(ZCreateMeeting, raw);
  if (!(await mayCreateUnder(principal, "meeting", input.pairId))) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const { pair, itemIds, columns } = await meetingColumns(tx, input.pairId, input);
    const scope = scopeOf(pair);
    const meeting = await tx.meeting.create({ data: { ...scope, ...columns, pairId: pair.id, createdById: principal.userId } });
    await tx.meetingPlanItem.createMany({ data: itemIds.map((planItemId) => ({ meetingId: meeting.id, planItemId, schoolId: pair.schoolId })) });
    await recordAudit(tx, { principal, ip: context.ip }, { action: "meeting.create", entity: "Meeting", entityId: meeting.id, scope, after: { pairId: pair.id, ...columns, planItemIds: itemIds } });
    return { id: meeting.id, pairId: pair.id, schoolId: pair.schoolId };
  });
}

async function meetingFor(principal: Principal, action: "update" | "delete", meetingId: string) {
  const found = await findAccessibleOrThrow(principal, action, "meeting", meetingId);
  assertCan(principal, action, "meeting", found);
  return db.meeting.findUniqueOrThrow({ where: { id: found.id }, include: { planItems: { select: { planItemId: true } } } });
}

export async function updateMeeting(principal: Principal, raw: unknown, context: MeetingsContext = {}) {
  const input = parseInput(ZUpdateMeeting, raw);
  const meeting = await meetingFor(principal, "update", input.meetingId);
  if (meeting.version !== input.version) throw new ConflictError(MEETING_MESSAGES.conflict);
  return db.$transaction(async (tx) => {
    const { itemIds, columns } = await meetingColumns(tx, meeting.pairId, input);
    const updated = await tx.meeting.updateMany({ where: { id: meeting.id, version: input.version }, data: { ...columns, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(MEETING_MESSAGES.conflict);
    await tx.meetingPlanItem.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingPlanItem.createMany({ data: itemIds.map((planItemId) => ({ meetingId: meeting.id, planItemId, schoolId: meeting.schoolId })) });
    const before = { ...meeting, planItemIds: meeting.planItems.map((link) => link.planItemId).sort() } as unknown as Record<string, unknown>;
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "meeting.update",
      entity: "Meeting",
      entityId: meeting.id,
      scope: scopeOf(meeting),
      ...changedFields(before, { ...columns, planItemIds: [...itemIds].sort() }),
    });
    return { id: meeting.id, version: input.version + 1 };
  });
}

export async function deleteMeeting(principal: Principal, raw: unknown, context: MeetingsContext = {}) {
  const input = parseInput(ZDeleteMeeting, raw);
  const meeting = await meetingFor(principal, "delete", input.meetingId);
  return db.$transaction(async (tx) => {
    const deleted = await tx.meeting.deleteMany({ where: { id: meeting.id, version: input.version } });
    if (deleted.count !== 1) throw new ConflictError(MEETING_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "meeting.delete",
      entity: "Meeting",
      entityId: meeting.id,
      scope: scopeOf(meeting),
      before: { pairId: meeting.pairId, heldOn: meeting.heldOn, topic: meeting.topic, durationMinutes: meeting.durationMinutes },
    });
    return { pairId: meeting.pairId, schoolId: meeting.schoolId };
  });
}
